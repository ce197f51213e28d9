// Political vetting at entry (A2.1), the reserve pool for secretaries and 两委 posts (A2.2), and honours,
// nominations and career moves (A13.1, A13.3). Vetting and events are archive rows (A9.5) written in the
// same transaction as the record and its audit row.
import { and } from 'drizzle-orm';
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { careerEvent, careerEventInput, ReserveCandidate, reserveInput, reserveUpdateInput, vetting, vettingInput } from '@cwp/contracts/incentives.contract';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope, insertHistory } from '../workers/workers.queries.ts';
import * as q from './incentives.queries.ts';


async function workerInScope(db: Db, actor: Actor, id: number) {
  const found = await findWorkerInScope(db, actor, id);
  if (!found) throw notFound();
  return found;
}

export const presentVetting = (v: Awaited<ReturnType<typeof q.workerVettings>>[number]): z.infer<typeof vetting> => ({
  id: v.id,
  workerId: v.workerId,
  vettedOn: v.vettedOn,
  vettingBody: v.vettingBody,
  conductRecord: v.conductRecord,
  result: v.result as '通过' | '不通过',
  notes: v.notes,
  recordedBy: v.recordedBy,
  recordedAt: v.recordedAt.toISOString(),
});

export async function recordVetting(opts: { db: Db; actor: Actor; input: z.infer<typeof vettingInput> }): Promise<z.infer<typeof vetting>> {
  const { db, actor, input } = opts;
  await workerInScope(db, actor, input.workerId);
  const row = await db.transaction(async (tx) => {
    const row = await q.insertVetting(tx, { ...input, recordedBy: actor.displayName });
    await insertHistory(tx, { workerId: input.workerId, kind: 'vetting', occurredOn: input.vettedOn, actorUserId: actor.userId, actorName: actor.displayName, source: `vetting:${row.id}`, summary: `政治把关：${input.result}（${input.vettingBody}）`, changes: [] });
    await audit(tx, actor, 'vetting_record', 'worker', input.workerId, { id: row.id, result: input.result });
    return row;
  });
  return presentVetting(row);
}

export function presentReserve(x: q.ReserveRow): ReserveCandidate {
  const r = x.r;
  return {
    id: r.id,
    communityCode: r.communityCode,
    communityName: x.communityName,
    workerId: r.workerId,
    name: r.name,
    gender: r.gender,
    birthYear: r.birthYear,
    education: r.education,
    politicalStatus: r.politicalStatus,
    source: r.source as ReserveCandidate['source'],
    targetPost: r.targetPost as ReserveCandidate['targetPost'],
    nominatedOn: r.nominatedOn,
    nominatedBy: r.nominatedBy,
    measures: r.measures as ReserveCandidate['measures'],
    status: r.status as ReserveCandidate['status'],
    review: r.review,
    reviewedOn: r.reviewedOn,
    version: r.version,
  };
}

export async function listReserve(opts: { db: Db; actor: Actor; org: string; status?: string; targetPost?: string }) {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const rows = await q.listReserve(opts.db, and(q.reserveUnder(opts.actor.scopeCode), q.reserveUnder(opts.org), ...q.reserveFilter(opts))!);
  const items = rows.map(presentReserve);
  const bySource: Record<string, number> = {};
  for (const i of items) bySource[i.source] = (bySource[i.source] ?? 0) + 1;
  return { items, summary: { total: items.length, fromStaff: items.filter((i) => i.workerId !== null).length, bySource } };
}

/** A worker nominee takes name and background from the registry; anyone else is recorded as entered. */
export async function nominate(opts: { db: Db; actor: Actor; input: z.infer<typeof reserveInput> }): Promise<ReserveCandidate> {
  const { db, actor, input } = opts;
  if (!codeInScope(input.communityCode, actor.scopeCode) || !(await findUnitInScope(db, input.communityCode, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  let person = { name: input.name, gender: input.gender, birthYear: input.birthYear, education: input.education, politicalStatus: input.politicalStatus };
  if (input.workerId !== null) {
    const w = (await workerInScope(db, actor, input.workerId)).worker;
    person = { name: w.name, gender: w.gender as '男' | '女', birthYear: Number(w.birthDate.slice(0, 4)), education: w.education, politicalStatus: w.politicalStatus };
  }
  const row = await db.transaction(async (tx) => {
    const row = await q.insertReserve(tx, { communityCode: input.communityCode, workerId: input.workerId, ...person, source: input.source, targetPost: input.targetPost, nominatedOn: input.nominatedOn, nominatedBy: actor.displayName, status: '培养中' });
    await audit(tx, actor, 'reserve_nominate', 'reserve_candidate', row.id, { communityCode: input.communityCode, targetPost: input.targetPost, workerId: input.workerId });
    return row;
  });
  return presentReserve((await q.listReserve(db, q.reserveById(row.id)))[0]!);
}

/** Cultivation measures, review and status; optimistic on the version so two editors never overwrite. */
export async function updateReserve(opts: { db: Db; actor: Actor; id: number; input: z.infer<typeof reserveUpdateInput> }): Promise<ReserveCandidate> {
  const { db, actor, input } = opts;
  const [current] = await q.listReserve(db, and(q.reserveById(opts.id), q.reserveUnder(actor.scopeCode))!);
  if (!current) throw notFound();
  const measures = current.r.measures as ReserveCandidate['measures'];
  await db.transaction(async (tx) => {
    const row = await q.updateReserveAtVersion(tx, opts.id, input.version, {
      measures: input.addMeasure ? [...measures, { ...input.addMeasure, by: actor.displayName }] : measures,
      status: input.status ?? current.r.status,
      review: input.review ?? current.r.review,
      reviewedOn: input.reviewedOn ?? current.r.reviewedOn,
    });
    if (!row) throw new AppError('VERSION_CONFLICT', msg('该人选已被他人修改，请刷新后重试', 'Someone else changed this candidate; reload and try again'));
    await audit(tx, actor, 'reserve_update', 'reserve_candidate', opts.id, { status: input.status ?? null, measure: input.addMeasure ? true : false });
  });
  return presentReserve((await q.listReserve(db, q.reserveById(opts.id)))[0]!);
}

export const presentEvent = (x: q.EventRow): z.infer<typeof careerEvent> => ({
  id: x.e.id,
  workerId: x.e.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  kind: x.e.kind as z.infer<typeof careerEvent>['kind'],
  title: x.e.title,
  level: x.e.level as z.infer<typeof careerEvent>['level'],
  occurredOn: x.e.occurredOn,
  issuer: x.e.issuer,
  notes: x.e.notes,
  recordedBy: x.e.recordedBy,
});

export async function recordEvent(opts: { db: Db; actor: Actor; input: z.infer<typeof careerEventInput> }): Promise<z.infer<typeof careerEvent>> {
  const { db, actor, input } = opts;
  await workerInScope(db, actor, input.workerId);
  const row = await db.transaction(async (tx) => {
    const row = await q.insertEvent(tx, { ...input, recordedBy: actor.displayName });
    await insertHistory(tx, { workerId: input.workerId, kind: 'career_event', occurredOn: input.occurredOn, actorUserId: actor.userId, actorName: actor.displayName, source: `career_event:${row.id}`, summary: `${input.kind}：${input.title}（${input.level}，${input.issuer}）`, changes: [] });
    await audit(tx, actor, 'career_event_record', 'worker', input.workerId, { id: row.id, kind: input.kind });
    return row;
  });
  return presentEvent((await q.listEvents(db, { scopeCode: actor.scopeCode, workerId: row.workerId })).find((e) => e.e.id === row.id)!);
}

export async function listEvents(opts: { db: Db; actor: Actor; org: string; year?: number; kind?: string }) {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return (await q.listEvents(opts.db, { scopeCode: opts.actor.scopeCode, org: opts.org, year: opts.year, kind: opts.kind })).map(presentEvent);
}
