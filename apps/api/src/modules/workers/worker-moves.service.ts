import { msg } from '@cwp/contracts/messages';
import type { ExitWorkerInput, TransferWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { recordWorkerChange } from '../stats/stats-maintenance.ts';
import { deactivateAccountsOfWorker } from '../users/users.queries.ts';
import { change } from './worker-fields.ts';
import { invalid } from './worker-rules.ts';
import * as q from './workers.queries.ts';
import { actorLabel, getWorker, loadTargetCommunity, loadWorkerInScope, type WorkerDeps } from './workers.service.ts';

const ALREADY_EXITED = msg('该人员已退出，不能再办理调动或退出', 'This worker has already left');
const VERSION_CONFLICT = msg('该人员信息已被他人修改，请刷新页面后重试', 'Someone else changed this record; reload and try again');
const FAR_FUTURE = msg('生效日期不能晚于一年以后', 'The effective date cannot be more than a year ahead');

/**
 * Moves a worker to another community (A3.2). The employing street follows the community; the source and
 * destination both have to be inside the actor's scope, so a street can only move people within itself.
 */
export async function transferWorker(opts: WorkerDeps & { actor: Actor; id: number; input: TransferWorkerInput }): Promise<WorkerDetail> {
  const { db, actor, input } = opts;
  const current = await loadWorkerInScope(db, actor, opts.id);
  const w = current.worker;
  if (w.status === '已退出') throw new AppError('INVALID_STATE', ALREADY_EXITED);
  const target = await loadTargetCommunity(db, actor, input.toCommunityCode, 'toCommunityCode');
  if (target.code === w.communityCode) {
    throw invalid([{ path: 'toCommunityCode', message: msg('调入社区与当前所在社区相同', 'The destination is the current community') }]);
  }
  if (input.effectiveDate < w.workStartDate) {
    throw invalid([{ path: 'effectiveDate', message: msg('生效日期不能早于参加工作时间', 'The effective date cannot be before the work start date') }]);
  }
  if (input.effectiveDate > addDaysIso(todayIso(), 366)) throw invalid([{ path: 'effectiveDate', message: FAR_FUTURE }]);

  const streetCode = target.code.slice(0, 9);
  const changes = [change('communityCode', { code: w.communityCode, name: current.communityName }, { code: target.code, name: target.name })];
  if (streetCode !== w.streetCode) changes.push(change('streetCode', w.streetCode, streetCode));

  await db.transaction(async (tx) => {
    const row = await q.updateWorkerAtVersion(tx, w.id, w.version, { communityCode: target.code, streetCode });
    if (!row) throw new AppError('VERSION_CONFLICT', VERSION_CONFLICT);
    await recordWorkerChange(tx, w, row);
    await q.insertHistory(tx, {
      workerId: w.id,
      kind: 'transferred',
      occurredOn: input.effectiveDate,
      actorUserId: actor.userId,
      actorName: actorLabel(actor),
      source: 'manual',
      summary: `由${current.communityName}调至${target.name}。原因：${input.reason}`,
      changes,
    });
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_transfer', objectType: 'worker', objectId: String(w.id), outcome: 'success', detail: { from: w.communityCode, to: target.code } });
  });
  return getWorker({ ...opts, reveal: false });
}

type WorkerRow = Awaited<ReturnType<typeof loadWorkerInScope>>['worker'];

/** Whether a worker may leave this way on this date; shared by a direct exit and an exit request (A9.3). */
export function checkExit(w: WorkerRow, input: ExitWorkerInput): void {
  if (w.status === '已退出') throw new AppError('INVALID_STATE', ALREADY_EXITED);
  if (input.exitType === '试用期不合格' && w.status !== '试用') {
    throw invalid([{ path: 'exitType', message: msg('只有试用期人员才能以“试用期不合格”退出', 'Only workers on probation can leave for failing probation') }]);
  }
  if (input.exitDate < w.communityStartDate) {
    throw invalid([{ path: 'exitDate', message: msg('退出日期不能早于进入社区工作时间', 'The exit date cannot be before the community start date') }]);
  }
  if (input.exitDate > addDaysIso(todayIso(), 366)) throw invalid([{ path: 'exitDate', message: FAR_FUTURE }]);
}

/** Writes the exit inside the caller's transaction: the record at its version, the archive row, closed logins, audit. */
export async function recordExit(tx: Db, actor: Actor, w: WorkerRow, input: ExitWorkerInput, source = 'manual'): Promise<void> {
  const row = await q.updateWorkerAtVersion(tx, w.id, w.version, {
    status: '已退出',
    exitType: input.exitType,
    exitDate: input.exitDate,
    exitReason: input.reason,
  });
  if (!row) throw new AppError('VERSION_CONFLICT', VERSION_CONFLICT);
  await recordWorkerChange(tx, w, row);
  await q.insertHistory(tx, {
    workerId: w.id,
    kind: 'exited',
    occurredOn: input.exitDate,
    actorUserId: actor.userId,
    actorName: actorLabel(actor),
    source,
    summary: `${input.exitType}。原因：${input.reason}`,
    changes: [change('status', w.status, '已退出'), change('exitType', null, input.exitType), change('exitDate', null, input.exitDate), change('exitReason', null, input.reason)],
  });
  await deactivateAccountsOfWorker(tx, w.id);
  await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_exit', objectType: 'worker', objectId: String(w.id), outcome: 'success', detail: { exitType: input.exitType } });
}

/** Records a worker leaving (A9.3): nobody is deleted; the record becomes read-only and their login closes. */
export async function exitWorker(opts: WorkerDeps & { actor: Actor; id: number; input: ExitWorkerInput }): Promise<WorkerDetail> {
  const { db, actor, input } = opts;
  const w = (await loadWorkerInScope(db, actor, opts.id)).worker;
  checkExit(w, input);
  await db.transaction((tx) => recordExit(tx, actor, w, input));
  return getWorker({ ...opts, reveal: false });
}
