// The matter-access list (事项准入, A17.1) and assignments to communities (A17.2). The list is kept by the
// social-work department of each level; every saved state is a version row, and departments ask to add a
// matter through the approval mechanism (kind `matter_add`, approved by the social-work department of the
// department's own level; the hook puts the matter on the list in the decision's transaction).
import type { Assignment, AssignInput, Matter, MatterInput, MatterRequest, MatterRequestInput, MatterUpdateInput } from '@cwp/contracts/burden.contract';
import { msg } from '@cwp/contracts/messages';
import { checkAssignment, findListedMatter, matterAddWorkflow, matterInForce, type AssignmentRole, type ListedMatter, type MatterArea, type MatterKind } from '@cwp/domain/burden';
import { todayIso } from '@cwp/domain/dates';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import type { DecisionHook } from '../workflow/workflow.service.ts';
import { present, submitRequest } from '../workflow/workflow.service.ts';
import { unitNames } from '../workflow/workflow.queries.ts';
import * as q from './matters.queries.ts';

const MATTER_NOT_FOUND = msg('事项不存在或不在您的数据范围内', 'This matter does not exist or is outside your data scope');

const asListed = (m: q.MatterRow): ListedMatter => ({ ...m, kind: m.kind as MatterKind, area: m.area as MatterArea });

async function presentMatters(db: Db, actor: Actor, rows: q.MatterRow[]): Promise<Matter[]> {
  const names = await unitNames(db, [...new Set(rows.map((r) => r.ownerCode).filter(Boolean))]);
  const today = todayIso();
  const canManage = actor.permissions.includes('burden:manage');
  return rows.map((m) => ({
    ...asListed(m),
    legalBasis: m.legalBasis,
    requestingDept: m.requestingDept,
    approvingBody: m.approvingBody,
    ownerName: m.ownerCode === '' ? '全国' : (names.get(m.ownerCode) ?? m.ownerCode),
    inForce: m.effectiveFrom <= today && (m.effectiveTo === null || today <= m.effectiveTo),
    version: m.version,
    editable: canManage && codeInScope(m.ownerCode, actor.scopeCode),
  }));
}

/** The lists that apply to the caller (issued above) and that they oversee (issued within), in force unless `all`. */
export async function listMatters(opts: { db: Db; actor: Actor; org?: string; kind?: string; q?: string; all?: boolean }): Promise<Matter[]> {
  const { db, actor } = opts;
  if (opts.org !== undefined && !(await findUnitInScope(db, opts.org, actor.scopeCode))) throw notFound(UNIT_NOT_FOUND);
  const out = await presentMatters(db, actor, await q.listMatters(db, { scopeCode: actor.scopeCode, org: opts.org, kind: opts.kind, q: opts.q }));
  return opts.all ? out : out.filter((m) => m.inForce);
}

async function ownerIn(db: Db, actor: Actor, ownerCode: string): Promise<void> {
  if (!codeInScope(ownerCode, actor.scopeCode) || (ownerCode !== '' && !(await findUnitInScope(db, ownerCode, actor.scopeCode)))) {
    throw new AppError('FORBIDDEN', msg('只能维护本级及下级发布的事项清单', 'You maintain the lists of your own level and below only'));
  }
}

export async function createMatter(opts: { db: Db; actor: Actor; input: MatterInput }): Promise<Matter> {
  const { db, actor, input } = opts;
  await ownerIn(db, actor, input.ownerCode);
  const { reason, ...fields } = input;
  const row = await db.transaction(async (tx) => {
    const m = await q.insertMatter(tx, fields);
    await q.insertVersion(tx, m, actor.displayName, reason);
    await auditSuccess(tx, actor, 'burden_matter_create', 'burden_matter', m.id, { name: m.name, kind: m.kind, ownerCode: m.ownerCode });
    return m;
  });
  return (await presentMatters(db, actor, [row]))[0]!;
}

/** Edits (including ending a matter by its 失效日期) write a new version; the caller names the version it saw. */
export async function updateMatter(opts: { db: Db; actor: Actor; id: number; input: MatterUpdateInput }): Promise<Matter> {
  const { db, actor, input } = opts;
  const found = await q.findMatter(db, opts.id, actor.scopeCode);
  if (!found) throw notFound(MATTER_NOT_FOUND);
  await ownerIn(db, actor, found.ownerCode);
  const { reason, version, ...fields } = input;
  const row = await db.transaction(async (tx) => {
    const m = await q.updateMatterAtVersion(tx, found.id, version, fields);
    if (!m) throw new AppError('VERSION_CONFLICT', msg('该事项已被他人修改，请刷新后再改', 'Someone else changed this matter; reload it'));
    await q.insertVersion(tx, m, actor.displayName, reason);
    await auditSuccess(tx, actor, 'burden_matter_update', 'burden_matter', m.id, { version: m.version, reason });
    return m;
  });
  return (await presentMatters(db, actor, [row]))[0]!;
}

export async function matterHistory(db: Db, actor: Actor, id: number) {
  if (!(await q.findMatter(db, id, actor.scopeCode))) throw notFound(MATTER_NOT_FOUND);
  return (await q.listVersions(db, id)).map((v) => ({ ...v, snapshot: v.snapshot as Record<string, unknown>, createdAt: v.createdAt.toISOString() }));
}

/** A department asks its own level's social-work department to put a matter on the list. */
export async function requestMatter(opts: { db: Db; actor: Actor; input: MatterRequestInput }): Promise<MatterRequest> {
  const { db, actor, input } = opts;
  if (![2, 4, 6].includes(actor.scopeCode.length)) throw new AppError('FORBIDDEN', msg('增加准入事项由省、市、县级部门申请', 'Matters are requested by province, city or county departments'));
  const def = matterAddWorkflow(actor.scopeCode);
  const id = await db.transaction(async (tx) => {
    const req = await submitRequest(tx, actor, {
      kind: 'matter_add',
      definition: def,
      subjectCode: actor.scopeCode,
      title: `申请增加准入事项：${input.name}（${input.kind}）— ${actor.displayName}`,
      comment: input.reason,
    });
    await q.insertMatterRequest(tx, { requestId: req.id, kind: input.kind, name: input.name, area: input.area, legalBasis: input.legalBasis, requestingDept: input.requestingDept, ownerCode: actor.scopeCode, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo });
    return req.id;
  });
  return (await listMatterRequests(db, actor)).find((r) => r.requestId === id)!;
}

export async function listMatterRequests(db: Db, actor: Actor): Promise<MatterRequest[]> {
  const rows = await q.listMatterRequests(db, actor.scopeCode, actor.userId);
  const names = await unitNames(db, [...new Set(rows.map((r) => r.r.subjectCode))]);
  const today = todayIso();
  return rows.map(({ m, r }) => ({ requestId: m.requestId, kind: m.kind as MatterKind, name: m.name, area: m.area as MatterArea, requestingDept: m.requestingDept, ownerCode: m.ownerCode, matterId: m.matterId, request: present(r, actor, names, today) }));
}

/** On approval the requested matter joins the list, in the same transaction as the decision. */
export const matterAddHook: DecisionHook = async (tx, row, actor) => {
  if (row.status !== 'approved') return;
  const r = await q.findMatterRequest(tx, row.id);
  if (!r) throw notFound();
  const m = await q.insertMatter(tx, { kind: r.kind, name: r.name, area: r.area, legalBasis: r.legalBasis, requestingDept: r.requestingDept, approvingBody: actor.displayName, ownerCode: r.ownerCode, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo });
  await q.insertVersion(tx, m, actor.displayName, `部门申请经审批增加（申请 #${row.id}）`, row.id);
  await q.setRequestMatter(tx, row.id, m.id);
  await auditSuccess(tx, actor, 'burden_matter_create', 'burden_matter', m.id, { name: m.name, requestId: row.id });
};

function presentAssignment(x: Awaited<ReturnType<typeof q.listAssignments>>[number]): Assignment {
  const a = x.a;
  return { id: a.id, matterId: a.matterId, matterName: x.matterName, matterKind: x.matterKind as MatterKind, area: x.area as MatterArea, communityCode: a.communityCode, communityName: x.communityName, role: a.role as AssignmentRole, assignedByName: a.assignedByName, unitName: a.unitName, assignedOn: a.assignedOn, note: a.note };
}

/** A17.1/A17.2: hand a listed matter to a community in scope, or say why not. */
export async function assignMatter(opts: { db: Db; actor: Actor; input: AssignInput }): Promise<Assignment> {
  const { db, actor, input } = opts;
  const unit = await findUnitInScope(db, input.communityCode, actor.scopeCode);
  if (!unit || unit.level !== 'community') throw notFound(UNIT_NOT_FOUND);
  const today = todayIso();
  const onPath = (await q.mattersOnPath(db, unit.code)).map(asListed);
  let matter: ListedMatter | null;
  let name: string;
  if (input.matterId !== undefined) {
    const byId = onPath.find((m) => m.id === input.matterId);
    name = byId?.name ?? input.matterName ?? `#${input.matterId}`;
    matter = byId && matterInForce(byId, unit.code, today) ? byId : null;
  } else {
    name = input.matterName!;
    matter = findListedMatter(onPath, name, unit.code, today);
  }
  const verdict = checkAssignment({ matter, name, role: input.role, communityName: unit.name });
  if (!verdict.ok) throw new AppError('MATTER_NOT_ALLOWED', msg(verdict.reason, verdict.reasonEn), [{ path: verdict.code === 'forbidden_area' ? 'role' : 'matterName', message: msg(verdict.reason, verdict.reasonEn) }]);
  const id = await db.transaction(async (tx) => {
    const a = await q.insertAssignment(tx, { matterId: matter!.id, communityCode: unit.code, role: input.role, assignedByUserId: actor.userId, assignedByName: actor.username, unitName: actor.displayName, unitCode: actor.scopeCode, assignedOn: today, note: input.note ?? '' });
    await auditSuccess(tx, actor, 'burden_assign', 'burden_assignment', a.id, { matterId: matter!.id, communityCode: unit.code, role: input.role });
    return a.id;
  });
  return presentAssignment((await q.listAssignments(db, q.assignmentById(id)))[0]!);
}

/** Assignments under a unit; a department sees the ones it made. */
export async function listAssignments(opts: { db: Db; actor: Actor; org: string }): Promise<Assignment[]> {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw notFound(UNIT_NOT_FOUND);
  const where = and(q.assignmentsUnder(actor.scopeCode), q.assignmentsUnder(opts.org), ...(actor.role === 'department' ? [q.assignmentsBy(actor.userId)] : []))!;
  return (await q.listAssignments(db, where)).map(presentAssignment);
}
