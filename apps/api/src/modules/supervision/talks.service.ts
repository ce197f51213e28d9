// 谈心谈话 (A11.1): records of talks held with workers and the early-warning list. Only roles holding
// supervision:talks reach these functions (the routes check it); the list never carries the content, and
// each read of one talk's content writes an audit row, so who looked at what stays answerable.
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { EarlyWarning, Talk, TalkSummary, talkInput } from '@cwp/contracts/supervision.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { earlyWarnings, WARNING_LOOKBACK_DAYS, type TalkKind } from '@cwp/domain/supervision';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as q from './talks.queries.ts';

const TALK_NOT_FOUND = msg('谈话记录不存在或不在您的数据范围内', 'This talk record does not exist or is outside your data scope');

export async function unitInScope(db: Db, actor: Actor, org: string) {
  const unit = await findUnitInScope(db, org, actor.scopeCode);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return unit;
}

const summary = (x: q.TalkRow): TalkSummary => ({
  id: x.t.id,
  workerId: x.t.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  talkedOn: x.t.talkedOn,
  talkerName: x.t.talkerName,
  talkerRole: x.t.talkerRole,
  kind: x.t.kind as TalkKind,
  topics: x.t.topics,
  nextTalkOn: x.t.nextTalkOn,
  recordedBy: x.t.recordedBy,
});

/** Records a talk; the audit row names the worker and kind, never the content. */
export async function recordTalk(opts: { db: Db; actor: Actor; input: z.infer<typeof talkInput> }): Promise<Talk> {
  const { db, actor, input } = opts;
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  if (input.talkedOn > todayIso()) throw new AppError('VALIDATION_FAILED', msg('谈话日期不能晚于今天', 'The talk date cannot be in the future'), [{ path: 'talkedOn', message: msg('谈话日期不能晚于今天', 'The talk date cannot be in the future') }]);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertTalk(tx, { ...input, recordedBy: actor.displayName });
    await auditSuccess(tx, actor, 'supervision_talk_record', 'supervision_talk', row.id, { workerId: input.workerId, kind: input.kind });
    return row.id;
  });
  const [row] = await q.listTalks(db, { scopeCode: actor.scopeCode, id });
  return { ...summary(row!), content: row!.t.content, followUp: row!.t.followUp, recordedAt: row!.t.recordedAt.toISOString() };
}

export async function listTalks(opts: { db: Db; actor: Actor; org: string; workerId?: number; year?: number }): Promise<TalkSummary[]> {
  await unitInScope(opts.db, opts.actor, opts.org);
  const range = opts.year ? { from: `${opts.year}-01-01`, to: `${opts.year}-12-31` } : {};
  return (await q.listTalks(opts.db, { scopeCode: opts.actor.scopeCode, org: opts.org, workerId: opts.workerId, ...range })).map(summary);
}

/** One talk with its content; the read is audited in the same transaction as the select. */
export async function readTalk(opts: { db: Db; actor: Actor; id: number }): Promise<Talk> {
  const { db, actor } = opts;
  return db.transaction(async (tx) => {
    const [row] = await q.listTalks(tx, { scopeCode: actor.scopeCode, id: opts.id });
    if (!row) throw notFound(TALK_NOT_FOUND);
    await auditSuccess(tx, actor, 'supervision_talk_read', 'supervision_talk', row.t.id, { workerId: row.t.workerId });
    return { ...summary(row), content: row.t.content, followUp: row.t.followUp, recordedAt: row.t.recordedAt.toISOString() };
  });
}

/** Workers in post under a unit with at least one warning reason, the most recent reason first. */
export async function listWarnings(opts: { db: Db; actor: Actor; org: string; today?: string }): Promise<EarlyWarning[]> {
  await unitInScope(opts.db, opts.actor, opts.org);
  const today = opts.today ?? todayIso();
  const facts = await q.warningFacts(opts.db, { scopeCode: opts.actor.scopeCode, org: opts.org, since: addDaysIso(today, -WARNING_LOOKBACK_DAYS) });
  const reasons = earlyWarnings({ today, talks: facts.talks.map((t) => ({ ...t, kind: t.kind as TalkKind })), conduct: facts.conduct });
  const people = new Map([...facts.talks, ...facts.conduct].map((p) => [p.workerId, p]));
  return [...reasons.entries()]
    .map(([workerId, rs]) => {
      const p = people.get(workerId)!;
      return { workerId, name: p.name, communityCode: p.communityCode, communityName: p.communityName, reasons: rs };
    })
    .sort((a, b) => (a.communityCode < b.communityCode ? -1 : a.communityCode > b.communityCode ? 1 : a.name.localeCompare(b.name, 'zh')));
}
