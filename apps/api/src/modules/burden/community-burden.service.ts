// What each community carries (A17.1): signboards (机制牌子), certificates it still issues (证明事项, refused
// when on a no-longer-issued list), the apps/accounts/groups it must serve (指尖上的形式主义), assigned
// matters, each against the limits the nearest list owner set (burden_settings, defaults in the domain).
import type { AbolishedCertificate, Certificate, CommunityBurden, Limits, Platform, Signboard } from '@cwp/contracts/burden.contract';
import { msg } from '@cwp/contracts/messages';
import { abolishedCertificate, limitsFor, platformsServedBy, type PlatformKind, type SignboardKind } from '@cwp/domain/burden';
import type { z } from 'zod';
import type { certificateInput, limitsInput, platformInput, signboardInput } from '@cwp/contracts/burden.contract';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { unitNames } from '../workflow/workflow.queries.ts';
import { assignmentCounts } from './matters.queries.ts';
import * as q from './community-burden.queries.ts';

async function communityInScope(db: Db, actor: Actor, code: string) {
  const unit = await findUnitInScope(db, code, actor.scopeCode);
  if (!unit || unit.level !== 'community') throw notFound(UNIT_NOT_FOUND);
  return unit;
}

async function unitInScope(db: Db, actor: Actor, code: string) {
  const unit = await findUnitInScope(db, code, actor.scopeCode);
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return unit;
}

const asLimits = (rows: Awaited<ReturnType<typeof q.settingsOnPath>>) => rows.map((r) => ({ ownerCode: r.ownerCode, maxExternalSignboards: r.maxExternalSignboards, maxCertificates: r.maxCertificates, maxPlatforms: r.maxPlatforms }));

/** Per community under a unit: counts against the limits, with words for what is over. */
export async function overview(opts: { db: Db; actor: Actor; org: string }): Promise<CommunityBurden[]> {
  const { db, actor } = opts;
  const unit = await unitInScope(db, actor, opts.org);
  const communities = await q.communitiesUnder(db, unit.code);
  const { boards, certs } = await q.countsUnder(db, unit.code);
  const tasks = await assignmentCounts(db, unit.code);
  const platforms = await q.platformsVisible(db, unit.code);
  // Settings of every owner on the path of any community below: those above the unit and those inside it.
  const settings = asLimits([...(await q.settingsOnPath(db, unit.code)), ...(await q.settingsUnder(db, unit.code))]);
  return communities.map((c) => {
    const b = boards.get(c.code);
    const t = tasks.get(c.code) ?? { responsible: 0, assist: 0 };
    const limits = limitsFor(settings, c.code);
    const row = {
      code: c.code,
      name: c.name,
      assignments: t.responsible + t.assist,
      responsible: t.responsible,
      assist: t.assist,
      signboards: Number(b?.n ?? 0),
      externalSignboards: b?.external ?? 0,
      unapprovedSignboards: b?.unapproved ?? 0,
      certificates: certs.get(c.code) ?? 0,
      platforms: platformsServedBy(platforms, c.code),
      limits,
    };
    const flags: string[] = [];
    if (row.externalSignboards > limits.maxExternalSignboards) flags.push(msg(`外挂牌子 ${row.externalSignboards} 块，超过上限 ${limits.maxExternalSignboards} 块`, `${row.externalSignboards} external signboards, over the limit of ${limits.maxExternalSignboards}`));
    if (row.unapprovedSignboards > 0) flags.push(msg(`${row.unapprovedSignboards} 块牌子未经审批`, `${row.unapprovedSignboards} signboards not approved`));
    if (row.certificates > limits.maxCertificates) flags.push(msg(`出具证明 ${row.certificates} 项，超过上限 ${limits.maxCertificates} 项`, `Issues ${row.certificates} certificates, over the limit of ${limits.maxCertificates}`));
    if (row.platforms > limits.maxPlatforms) flags.push(msg(`需服务的应用、公众号和工作群 ${row.platforms} 个，超过上限 ${limits.maxPlatforms} 个`, `Must serve ${row.platforms} apps and groups, over the limit of ${limits.maxPlatforms}`));
    return { ...row, flags };
  });
}

export async function listSignboards(db: Db, actor: Actor, community: string): Promise<Signboard[]> {
  const unit = await communityInScope(db, actor, community);
  return (await q.signboardsOf(db, unit.code)).map((s) => ({ id: s.id, communityCode: s.communityCode, communityName: unit.name, name: s.name, issuingDept: s.issuingDept, kind: s.kind as SignboardKind, approved: s.approved, recordedByName: s.recordedByName }));
}

export async function addSignboard(db: Db, actor: Actor, input: z.infer<typeof signboardInput>): Promise<Signboard> {
  const unit = await communityInScope(db, actor, input.communityCode);
  const row = await db.transaction(async (tx) => {
    const s = await q.insertSignboard(tx, { ...input, communityCode: unit.code, recordedByName: actor.displayName });
    await auditSuccess(tx, actor, 'burden_signboard_add', 'org_unit', unit.code, { id: s.id, name: s.name, kind: s.kind, approved: s.approved });
    return s;
  });
  return { ...input, id: row.id, communityName: unit.name, recordedByName: row.recordedByName };
}

export async function removeSignboard(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const s = await q.deleteSignboard(tx, id, actor.scopeCode);
    if (!s) throw notFound();
    await auditSuccess(tx, actor, 'burden_signboard_remove', 'org_unit', s.communityCode, { id, name: s.name });
  });
}

export async function listCertificates(db: Db, actor: Actor, community: string): Promise<Certificate[]> {
  const unit = await communityInScope(db, actor, community);
  return (await q.certificatesOf(db, unit.code)).map((c) => ({ id: c.id, communityCode: c.communityCode, communityName: unit.name, name: c.name, basis: c.basis, recordedByName: c.recordedByName }));
}

/** Recording a certificate that a list in force says communities no longer issue is refused, naming the list. */
export async function addCertificate(db: Db, actor: Actor, input: z.infer<typeof certificateInput>): Promise<Certificate> {
  const unit = await communityInScope(db, actor, input.communityCode);
  const hit = abolishedCertificate(input.name, await q.abolishedOnPath(db, unit.code));
  if (hit) {
    const m = msg(`“${input.name}”已列入《${hit.listName}》，社区不再出具；请告知办事群众向主管部门核实，或以个人承诺代替`, `"${input.name}" is on the list "${hit.listName}": communities no longer issue it; send the resident to the department concerned or accept a personal undertaking`);
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'name', message: m }]);
  }
  const row = await db.transaction(async (tx) => {
    const c = await q.insertCertificate(tx, { ...input, communityCode: unit.code, recordedByName: actor.displayName });
    await auditSuccess(tx, actor, 'burden_certificate_add', 'org_unit', unit.code, { id: c.id, name: c.name });
    return c;
  });
  return { ...input, id: row.id, communityName: unit.name, recordedByName: row.recordedByName };
}

export async function removeCertificate(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await q.deleteCertificate(tx, id, actor.scopeCode);
    if (!c) throw notFound();
    await auditSuccess(tx, actor, 'burden_certificate_remove', 'org_unit', c.communityCode, { id, name: c.name });
  });
}

export async function abolishedLists(db: Db, actor: Actor): Promise<AbolishedCertificate[]> {
  return q.abolishedVisible(db, actor.scopeCode);
}

export async function listPlatforms(db: Db, actor: Actor, org: string): Promise<Platform[]> {
  const unit = await unitInScope(db, actor, org);
  const rows = await q.platformsVisible(db, unit.code);
  const names = await unitNames(db, [...new Set(rows.map((r) => r.servedPrefix))]);
  const counts = new Map<string, number>();
  for (const p of new Set(rows.map((r) => r.servedPrefix))) counts.set(p, await q.communityCountUnder(db, p));
  return rows.map((p) => ({ id: p.id, kind: p.kind as PlatformKind, name: p.name, ownerDept: p.ownerDept, purpose: p.purpose, servedPrefix: p.servedPrefix, servedName: names.get(p.servedPrefix) ?? p.servedPrefix, communities: counts.get(p.servedPrefix) ?? 0, recordedByName: p.recordedByName }));
}

export async function addPlatform(db: Db, actor: Actor, input: z.infer<typeof platformInput>): Promise<Platform> {
  const unit = await unitInScope(db, actor, input.servedPrefix);
  const row = await db.transaction(async (tx) => {
    const p = await q.insertPlatform(tx, { ...input, recordedByName: actor.displayName });
    await auditSuccess(tx, actor, 'burden_platform_add', 'burden_platform', p.id, { name: p.name, kind: p.kind, servedPrefix: p.servedPrefix });
    return p;
  });
  return { ...input, id: row.id, servedName: unit.name, communities: await q.communityCountUnder(db, unit.code), recordedByName: row.recordedByName };
}

export async function removePlatform(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const p = await q.deletePlatform(tx, id, actor.scopeCode);
    if (!p) throw notFound();
    await auditSuccess(tx, actor, 'burden_platform_remove', 'burden_platform', id, { name: p.name });
  });
}

/** The limits that apply at a unit and who set them. */
export async function getLimits(db: Db, actor: Actor, org: string): Promise<Limits> {
  const unit = await unitInScope(db, actor, org);
  const l = limitsFor(asLimits(await q.settingsOnPath(db, unit.code)), unit.code);
  const names = await unitNames(db, l.ownerCode ? [l.ownerCode] : []);
  return { ...l, ownerName: l.ownerCode === null ? msg('系统默认', 'System default') : l.ownerCode === '' ? '全国' : (names.get(l.ownerCode) ?? l.ownerCode) };
}

/** The list owner (a province, city or county in scope) sets the limits for the communities below it. */
export async function setLimits(db: Db, actor: Actor, org: string, input: z.infer<typeof limitsInput>): Promise<Limits> {
  const unit = await unitInScope(db, actor, org);
  if (!['province', 'city', 'county'].includes(unit.level) || !codeInScope(unit.code, actor.scopeCode)) throw new AppError('VALIDATION_FAILED', msg('上限由省、市、县级设定', 'Limits are set by a province, city or county'));
  await db.transaction(async (tx) => {
    await q.upsertSettings(tx, { ownerCode: unit.code, ...input, updatedByName: actor.displayName });
    await auditSuccess(tx, actor, 'burden_limits_set', 'org_unit', unit.code, input);
  });
  return getLimits(db, actor, org);
}
