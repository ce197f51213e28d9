// Probation screening (试用期考察, A9.3): the street records the result before the probation ends. 合格 moves the
// worker from 试用 to 在岗 through the worker-update path; 不合格 is an exit of type 试用期不合格 through the exit
// path. Both run inside this service's transaction (as savepoints), so the screening, the status change or
// exit, and their archive rows land together or not at all.
import { msg } from '@cwp/contracts/messages';
import type { ProbationItem, Screening, ScreeningInput } from '@cwp/contracts/employment.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { daysUntil, probationEndOf, probationStanding } from '@cwp/domain/employment';
import { AppError, isUniqueViolation, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { exitWorker } from '../workers/worker-moves.service.ts';
import * as wq from '../workers/workers.queries.ts';
import { actorLabel, loadWorkerInScope, updateWorker, type WorkerDeps } from '../workers/workers.service.ts';
import { assertStreetOrAbove } from './employment-access.ts';
import * as q from './employment.queries.ts';

export function presentScreening(r: q.ScreeningRow): Screening {
  return { id: r.id, workerId: r.workerId, result: r.result as Screening['result'], screenedOn: r.screenedOn, probationEnd: r.probationEnd, opinion: r.opinion, recordedBy: r.recordedByName };
}

/** Workers on probation under `org` with their end date and standing; `standing` narrows to due/overdue. */
export async function listProbation(opts: WorkerDeps & { actor: Actor; org: string; standing?: 'due' | 'overdue' | 'flagged'; months: number }) {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  const all: ProbationItem[] = (await q.listOnProbation(db, actor.scopeCode, opts.org)).map((w) => {
    const { end, recorded } = probationEndOf(w, opts.months);
    return {
      workerId: w.id,
      workerName: w.name,
      communityCode: w.communityCode,
      communityName: w.communityName,
      communityStartDate: w.communityStartDate,
      probationEnd: end,
      endRecorded: recorded,
      daysLeft: daysUntil(today, end),
      standing: probationStanding(end, today),
    };
  });
  const keep = (i: ProbationItem) => !opts.standing || (opts.standing === 'flagged' ? i.standing !== 'running' : i.standing === opts.standing);
  const items = all.filter(keep).sort((a, b) => a.daysLeft - b.daysLeft);
  return { items, due: all.filter((i) => i.standing === 'due').length, overdue: all.filter((i) => i.standing === 'overdue').length, months: opts.months };
}

const invalid = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', msg(zh, en), [{ path, message: msg(zh, en) }]);

/** Records the 考察 result and applies it to the worker (A9.3); nobody is deleted, history is kept. */
export async function recordScreening(opts: WorkerDeps & { actor: Actor; workerId: number; input: ScreeningInput; months: number }): Promise<Screening> {
  const { db, crypto, actor, input } = opts;
  assertStreetOrAbove(actor);
  const current = await loadWorkerInScope(db, actor, opts.workerId);
  const w = current.worker;
  if (w.status !== '试用') throw new AppError('INVALID_STATE', msg('该人员不在试用期，无需考察', 'This worker is not on probation'));
  const today = todayIso();
  if (input.screenedOn > today) throw invalid('screenedOn', '考察日期不能晚于今天', 'The screening date cannot be in the future');
  if (input.screenedOn < w.communityStartDate) throw invalid('screenedOn', '考察日期不能早于进入社区工作时间', 'The screening date is before the community start date');
  const exitDate = input.exitDate ?? input.screenedOn;
  if (input.result === '不合格' && exitDate > addDaysIso(today, 366)) throw invalid('exitDate', '退出日期不能晚于一年以后', 'The exit date cannot be more than a year ahead');
  const { end } = probationEndOf(w, opts.months);

  const row = await db.transaction(async (tx) => {
    // The unique index on worker_id answers a second, concurrent screening; the version check in the
    // update or exit below answers any other change made since the worker was read.
    const saved = await q.insertScreening(tx, {
      workerId: w.id,
      communityCode: w.communityCode,
      result: input.result,
      screenedOn: input.screenedOn,
      probationEnd: end,
      opinion: input.opinion,
      recordedByUserId: actor.userId,
      recordedByName: actorLabel(actor),
    });
    // The archive keeps the opinion itself; the status change or exit below adds its own typed row.
    await wq.insertHistory(tx, {
      workerId: w.id,
      kind: 'probation_screened',
      occurredOn: input.screenedOn,
      actorUserId: actor.userId,
      actorName: actorLabel(actor),
      source: 'manual',
      summary: `试用期考察${input.result}（试用期至 ${end}）。意见：${input.opinion}`,
      changes: [],
    });
    if (input.result === '合格') {
      await updateWorker({ db: tx, crypto, actor, id: w.id, input: { status: '在岗', version: w.version } });
    } else {
      await exitWorker({ db: tx, crypto, actor, id: w.id, input: { exitType: '试用期不合格', exitDate, reason: `试用期考察不合格：${input.opinion}` } });
    }
    await auditSuccess(tx, actor, 'probation_screening', 'worker', w.id, { result: input.result, probationEnd: end });
    return saved;
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', msg('该人员的试用期考察结果已经记录', 'The screening of this worker is already recorded'));
    throw err;
  });
  return presentScreening(row);
}

/** A worker's probation as the worker page shows it. */
export async function probationOf(opts: WorkerDeps & { actor: Actor; workerId: number; months: number }) {
  const found = await wq.findWorkerInScope(opts.db, opts.actor, opts.workerId);
  if (!found) throw notFound();
  const w = found.worker;
  const screening = await q.findScreening(opts.db, w.id);
  const inProbation = w.status === '试用';
  if (!inProbation) return { inProbation, probationEnd: screening?.probationEnd ?? w.probationEnd, standing: null, daysLeft: null, screening: screening ? presentScreening(screening) : null };
  const today = todayIso();
  const { end } = probationEndOf(w, opts.months);
  return { inProbation, probationEnd: end, standing: probationStanding(end, today), daysLeft: daysUntil(today, end), screening: null };
}
