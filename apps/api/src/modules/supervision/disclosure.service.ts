// Service commitments and duty disclosure (服务承诺, 职责公开, A11.2): kept by the street, or by the
// community's own secretary for their community, and shown to residents on a public page per community
// once published. 三务公开 records with the street's check, and the quarters in which a kind went undisclosed.
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { Commitment, CommunityDisclosure, Disclosure, DisclosureList, DutyInput, PublicCommunity, commitmentInput, disclosureCheckInput, disclosureInput } from '@cwp/contracts/supervision.contract';
import { todayIso } from '@cwp/domain/dates';
import { endedQuarters, missingDisclosures } from '@cwp/domain/supervision';
import type { Db } from '../../db/database.ts';
import type { serviceCommitments } from '../../db/schema-supervision.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as q from './disclosure.queries.ts';
import { unitInScope } from './talks.service.ts';

const NOT_A_COMMUNITY = msg('请选择一个社区', 'Choose a community');

async function communityInScope(db: Db, actor: Actor, code: string) {
  const unit = await unitInScope(db, actor, code);
  if (unit.level !== 'community') throw new AppError('VALIDATION_FAILED', NOT_A_COMMUNITY, [{ path: 'code', message: NOT_A_COMMUNITY }]);
  return unit;
}

const presentCommitment = (c: typeof serviceCommitments.$inferSelect): Commitment => ({ id: c.id, communityCode: c.communityCode, content: c.content, effectiveFrom: c.effectiveFrom, withdrawnOn: c.withdrawnOn, recordedBy: c.recordedBy });

/** Everything the maintainers see for one community, including workers whose duties are not yet written. */
export async function communityDisclosure(opts: { db: Db; actor: Actor; code: string }): Promise<CommunityDisclosure> {
  const { db } = opts;
  const unit = await communityInScope(db, opts.actor, opts.code);
  const [commitments, duties, published] = [await q.listCommitments(db, { communityCode: unit.code }), await q.communityDuties(db, unit.code, false), await q.isPublished(db, unit.code)];
  return {
    communityCode: unit.code,
    communityName: unit.name,
    published,
    commitments: commitments.map(presentCommitment),
    workers: duties.map((d) => ({ workerId: d.workerId, name: d.name, positions: d.positions, post: d.post, duty: d.duty, updatedBy: d.updatedBy })),
  };
}

export async function addCommitment(opts: { db: Db; actor: Actor; code: string; input: z.infer<typeof commitmentInput> }): Promise<Commitment> {
  const { db, actor } = opts;
  const unit = await communityInScope(db, actor, opts.code);
  return db.transaction(async (tx) => {
    const row = await q.insertCommitment(tx, { communityCode: unit.code, ...opts.input, recordedBy: actor.displayName });
    await auditSuccess(tx, actor, 'service_commitment_add', 'org_unit', unit.code, { id: row.id });
    return presentCommitment(row);
  });
}

export async function withdrawCommitment(opts: { db: Db; actor: Actor; id: number }): Promise<Commitment> {
  const { db, actor } = opts;
  const row = await q.findCommitmentInScope(db, opts.id, actor.scopeCode);
  if (!row) throw notFound();
  const today = todayIso();
  await db.transaction(async (tx) => {
    if (!(await q.withdrawCommitment(tx, row.id, today))) throw new AppError('INVALID_STATE', msg('该承诺已撤下', 'This commitment has already been withdrawn'));
    await auditSuccess(tx, actor, 'service_commitment_withdraw', 'org_unit', row.communityCode, { id: row.id });
  });
  return presentCommitment({ ...row, withdrawnOn: today });
}

/** The duty a worker in post publishes; exited workers leave the page by themselves. */
export async function setDuty(opts: { db: Db; actor: Actor; workerId: number; input: DutyInput }) {
  const { db, actor } = opts;
  const w = await findWorkerInScope(db, actor, opts.workerId);
  if (!w) throw notFound();
  if (w.worker.status === '已退出') throw new AppError('INVALID_STATE', msg('该人员已退出，不再公开职责', 'This worker has left; duties are no longer published'));
  await db.transaction(async (tx) => {
    await q.upsertDuty(tx, { workerId: opts.workerId, ...opts.input, updatedBy: actor.displayName });
    await auditSuccess(tx, actor, 'duty_disclosure_set', 'worker', opts.workerId, { post: opts.input.post });
  });
  return { ok: true as const };
}

export async function setPublication(opts: { db: Db; actor: Actor; code: string; published: boolean }) {
  const { db, actor } = opts;
  const unit = await communityInScope(db, actor, opts.code);
  await db.transaction(async (tx) => {
    await q.setPublished(tx, unit.code, opts.published, actor.displayName);
    await auditSuccess(tx, actor, opts.published ? 'community_page_publish' : 'community_page_withdraw', 'org_unit', unit.code);
  });
  return communityDisclosure(opts);
}

/**
 * The residents' page: name, street, commitments in force, and each published worker's name, post and
 * duty. Built field by field so nothing personal can leave through a spread.
 */
export async function publicCommunity(db: Db, code: string): Promise<PublicCommunity> {
  const unit = await q.publishedCommunity(db, code);
  if (!unit) throw notFound(msg('该社区的公开页不存在或已撤下', 'This community page does not exist or has been withdrawn'));
  const commitments = await q.listCommitments(db, { communityCode: unit.code, current: { on: todayIso() } });
  const workers = await q.communityDuties(db, unit.code, true);
  return {
    communityName: unit.name,
    streetName: unit.streetName,
    commitments: commitments.map((c) => ({ content: c.content, effectiveFrom: c.effectiveFrom })),
    workers: workers.map((w) => ({ name: w.name, post: w.post!, duty: w.duty! })),
  };
}

// ── 三务公开 ──
const presentDisclosure = (x: q.DisclosureRow): Disclosure => ({
  id: x.d.id,
  communityCode: x.d.communityCode,
  communityName: x.communityName,
  kind: x.d.kind as Disclosure['kind'],
  period: x.d.period,
  title: x.d.title,
  summary: x.d.summary,
  disclosedOn: x.d.disclosedOn,
  channel: x.d.channel as Disclosure['channel'],
  checkedOn: x.d.checkedOn,
  checkedBy: x.d.checkedBy,
  checkResult: x.d.checkResult as Disclosure['checkResult'],
  checkNote: x.d.checkNote,
  recordedBy: x.d.recordedBy,
});

export async function recordDisclosure(opts: { db: Db; actor: Actor; input: z.infer<typeof disclosureInput> }): Promise<Disclosure> {
  const { db, actor, input } = opts;
  await communityInScope(db, actor, input.communityCode);
  if (input.disclosedOn > todayIso()) throw new AppError('VALIDATION_FAILED', msg('公开日期不能晚于今天', 'The disclosure date cannot be in the future'), [{ path: 'disclosedOn', message: msg('公开日期不能晚于今天', 'The disclosure date cannot be in the future') }]);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertDisclosure(tx, { ...input, recordedBy: actor.displayName });
    await auditSuccess(tx, actor, 'affairs_disclosure_record', 'affairs_disclosure', row.id, { communityCode: input.communityCode, kind: input.kind, period: input.period });
    return row.id;
  });
  return presentDisclosure((await q.listDisclosures(db, { scopeCode: actor.scopeCode, id }))[0]!);
}

/** The street's check (居务监督); only the street or above, never the community checking itself. */
export async function checkDisclosure(opts: { db: Db; actor: Actor; id: number; input: z.infer<typeof disclosureCheckInput> }): Promise<Disclosure> {
  const { db, actor, input } = opts;
  const [row] = await q.listDisclosures(db, { scopeCode: actor.scopeCode, id: opts.id });
  if (!row) throw notFound();
  if (input.checkedOn < row.d.disclosedOn) throw new AppError('VALIDATION_FAILED', msg('检查日期不能早于公开日期', 'The check cannot predate the disclosure'), [{ path: 'checkedOn', message: msg('检查日期不能早于公开日期', 'The check cannot predate the disclosure') }]);
  await db.transaction(async (tx) => {
    await q.checkDisclosure(tx, opts.id, { checkedOn: input.checkedOn, checkedBy: actor.displayName, checkResult: input.result, checkNote: input.note });
    await auditSuccess(tx, actor, 'affairs_disclosure_check', 'affairs_disclosure', opts.id, { result: input.result });
  });
  return presentDisclosure((await q.listDisclosures(db, { scopeCode: actor.scopeCode, id: opts.id }))[0]!);
}

export async function listDisclosures(opts: { db: Db; actor: Actor; org: string; year: number; today?: string }): Promise<DisclosureList> {
  const { db, actor } = opts;
  await unitInScope(db, actor, opts.org);
  const rows = await q.listDisclosures(db, { scopeCode: actor.scopeCode, org: opts.org, year: opts.year });
  const communities = await q.communitiesUnder(db, opts.org, actor.scopeCode);
  const names = new Map(communities.map((c) => [c.code, c.name]));
  const missing = missingDisclosures({ communityCodes: communities.map((c) => c.code), quarters: endedQuarters(opts.year, opts.today ?? todayIso()), disclosures: rows.map((r) => r.d) });
  return { items: rows.map(presentDisclosure), missing: missing.map((m) => ({ ...m, communityName: names.get(m.communityCode) ?? m.communityCode })) };
}
