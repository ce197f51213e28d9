// Economic responsibility audits (经济责任审计, A11.3) of community party secretaries and committee
// directors: the audit with its findings, each finding's rectification (整改) by a deadline, overdue
// rectifications flagged, and everyone who left such a post without a 离任 audit listed.
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { AuditList, DepartureWithoutAudit, EconomicAudit, Finding, auditInput, rectificationInput } from '@cwp/contracts/supervision.contract';
import { todayIso } from '@cwp/domain/dates';
import { AUDITED_POSITIONS, departuresWithoutExitAudit, positionsEnded, rectificationOverdue, type AuditedPosition, type RectificationStatus } from '@cwp/domain/supervision';
import type { Db } from '../../db/database.ts';
import type { auditFindings } from '../../db/schema-supervision.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as q from './audits.queries.ts';
import { unitInScope } from './talks.service.ts';

const presentFinding = (f: typeof auditFindings.$inferSelect, today: string): Finding => ({
  id: f.id,
  auditId: f.auditId,
  category: f.category as Finding['category'],
  description: f.description,
  amount: f.amount,
  rectifyBy: f.rectifyBy,
  status: f.status as RectificationStatus,
  evidence: f.evidence,
  rectifiedOn: f.rectifiedOn,
  overdue: rectificationOverdue({ status: f.status as RectificationStatus, rectifyBy: f.rectifyBy }, today),
});

async function present(db: Db, rows: q.AuditRow[], today: string): Promise<EconomicAudit[]> {
  const findings = await q.findingsOf(db, rows.map((r) => r.a.id));
  return rows.map(({ a, workerName, communityName }) => ({
    id: a.id,
    workerId: a.workerId,
    workerName,
    communityCode: a.communityCode,
    communityName,
    position: a.position as AuditedPosition,
    kind: a.kind as EconomicAudit['kind'],
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    auditBody: a.auditBody,
    startedOn: a.startedOn,
    reportedOn: a.reportedOn,
    recordedBy: a.recordedBy,
    findings: findings.filter((f) => f.auditId === a.id).map((f) => presentFinding(f, today)),
  }));
}

/** Records an audit with its findings; each finding starts 整改中 until evidence of rectification comes in. */
export async function recordAudit(opts: { db: Db; actor: Actor; input: z.infer<typeof auditInput> }): Promise<EconomicAudit> {
  const { db, actor, input } = opts;
  const w = await findWorkerInScope(db, actor, input.workerId);
  if (!w) throw notFound();
  // A 任中 audit is of someone holding the post now; a 离任 audit may come after the post (or the job) ended.
  if (input.kind === '任中' && (w.worker.status === '已退出' || !w.worker.positions.includes(input.position))) {
    const m = msg('任中审计的对象须现任该职务', 'A mid-term audit is of someone holding the post now');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'position', message: m }]);
  }
  const id = await db.transaction(async (tx) => {
    const { findings, ...audit } = input;
    const row = await q.insertAudit(tx, { ...audit, communityCode: w.worker.communityCode, recordedBy: actor.displayName });
    await q.insertFindings(tx, findings.map((f) => ({ ...f, auditId: row.id, status: '整改中', updatedBy: actor.displayName })));
    await auditSuccess(tx, actor, 'economic_audit_record', 'economic_audit', row.id, { workerId: input.workerId, kind: input.kind, findings: findings.length });
    return row.id;
  });
  return (await present(db, await q.listAudits(db, { scopeCode: actor.scopeCode, id }), todayIso()))[0]!;
}

/** Moves a finding's rectification on; the audit row keeps the before and after status. */
export async function updateRectification(opts: { db: Db; actor: Actor; id: number; input: z.infer<typeof rectificationInput> }): Promise<Finding> {
  const { db, actor, input } = opts;
  const f = await q.findFindingInScope(db, opts.id, actor.scopeCode);
  if (!f) throw notFound();
  if (input.rectifiedOn && input.rectifiedOn > todayIso()) {
    const m = msg('整改完成日期不能晚于今天', 'The rectification date cannot be in the future');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'rectifiedOn', message: m }]);
  }
  const next = { status: input.status, evidence: input.evidence, rectifiedOn: input.status === '已整改' ? input.rectifiedOn : null, updatedBy: actor.displayName, updatedAt: new Date() };
  await db.transaction(async (tx) => {
    await q.updateFinding(tx, f.id, next);
    await auditSuccess(tx, actor, 'audit_finding_rectify', 'audit_finding', f.id, { from: f.status, to: input.status });
  });
  return presentFinding({ ...f, ...next }, todayIso());
}

/** Departures from an audited post under a unit (left the job, or the post removed from their positions). */
async function departures(db: Db, actor: Actor, org: string): Promise<DepartureWithoutAudit[]> {
  const out: DepartureWithoutAudit[] = [];
  for (const e of await q.exitedPrincipals(db, { scopeCode: actor.scopeCode, org })) {
    for (const position of AUDITED_POSITIONS.filter((p) => e.positions.includes(p))) {
      if (e.leftOn) out.push({ workerId: e.workerId, name: e.name, communityCode: e.communityCode, communityName: e.communityName, position, leftOn: e.leftOn, how: 'exited' });
    }
  }
  for (const h of await q.positionChanges(db, { scopeCode: actor.scopeCode, org })) {
    const c = (h.changes as { field: string; before: unknown; after: unknown }[]).find((x) => x.field === 'positions');
    const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
    for (const position of positionsEnded(list(c?.before), list(c?.after))) {
      out.push({ workerId: h.workerId, name: h.name, communityCode: h.communityCode, communityName: h.communityName, position, leftOn: h.occurredOn, how: 'position_changed' });
    }
  }
  const audits = await q.auditsOfWorkers(db, [...new Set(out.map((d) => d.workerId))]);
  return departuresWithoutExitAudit(out, audits).sort((a, b) => (a.leftOn < b.leftOn ? 1 : a.leftOn > b.leftOn ? -1 : 0));
}

export async function listAudits(opts: { db: Db; actor: Actor; org: string; overdueOnly?: boolean }): Promise<AuditList> {
  const { db, actor } = opts;
  await unitInScope(db, actor, opts.org);
  const today = todayIso();
  const all = await present(db, await q.listAudits(db, { scopeCode: actor.scopeCode, org: opts.org }), today);
  const overdueFindings = all.reduce((n, a) => n + a.findings.filter((f) => f.overdue).length, 0);
  return { items: opts.overdueOnly ? all.filter((a) => a.findings.some((f) => f.overdue)) : all, overdueFindings, departuresWithoutAudit: await departures(db, actor, opts.org) };
}
