import { aliasedTable, and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { AUDITED_POSITIONS } from '@cwp/domain/supervision';
import type { Db } from '../../db/database.ts';
import { orgUnits, workerHistory, workers } from '../../db/schema.ts';
import { auditFindings, economicAudits } from '../../db/schema-supervision.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
const AUDITED = sql`array[${sql.join(AUDITED_POSITIONS.map((p) => sql`${p}`), sql`, `)}]::text[]`;

export type AuditRow = { a: typeof economicAudits.$inferSelect; workerName: string; communityName: string };

/** Audits of the communities in scope (the audited community, which stays put when the person moves). */
export async function listAudits(db: Db, opts: { scopeCode: string; org?: string; id?: number }): Promise<AuditRow[]> {
  const c: SQL[] = [withinScope(economicAudits.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(economicAudits.communityCode, opts.org));
  if (opts.id) c.push(eq(economicAudits.id, opts.id));
  return db
    .select({ a: economicAudits, workerName: workers.name, communityName: community.name })
    .from(economicAudits)
    .innerJoin(workers, eq(workers.id, economicAudits.workerId))
    .innerJoin(community, eq(community.code, economicAudits.communityCode))
    .where(and(...c))
    .orderBy(desc(economicAudits.startedOn), desc(economicAudits.id));
}

export async function findingsOf(db: Db, auditIds: number[]) {
  if (!auditIds.length) return [];
  return db.select().from(auditFindings).where(inArray(auditFindings.auditId, auditIds)).orderBy(asc(auditFindings.id));
}

export async function insertAudit(db: Db, v: typeof economicAudits.$inferInsert) {
  const [row] = await db.insert(economicAudits).values(v).returning();
  return row!;
}

export async function insertFindings(db: Db, v: (typeof auditFindings.$inferInsert)[]) {
  if (v.length) await db.insert(auditFindings).values(v);
}

/** A finding with its audit's community, for the scope check before an update. */
export async function findFindingInScope(db: Db, id: number, scopeCode: string) {
  const [row] = await db
    .select({ f: auditFindings })
    .from(auditFindings)
    .innerJoin(economicAudits, eq(economicAudits.id, auditFindings.auditId))
    .where(and(eq(auditFindings.id, id), withinScope(economicAudits.communityCode, scopeCode)));
  return row?.f;
}

export async function updateFinding(db: Db, id: number, v: Partial<typeof auditFindings.$inferInsert>) {
  await db.update(auditFindings).set(v).where(eq(auditFindings.id, id));
}

/** Every 离任/任中 audit of the given people, whatever community it was in (the exit audit may be elsewhere). */
export async function auditsOfWorkers(db: Db, workerIds: number[]) {
  if (!workerIds.length) return [];
  return db.select({ workerId: economicAudits.workerId, kind: economicAudits.kind, periodTo: economicAudits.periodTo }).from(economicAudits).where(inArray(economicAudits.workerId, workerIds));
}

const person = { workerId: workers.id, name: workers.name, communityCode: workers.communityCode, communityName: community.name };

/** Holders of an audited post who left the workforce: the exit date ends the post. */
export async function exitedPrincipals(db: Db, opts: { scopeCode: string; org: string }) {
  return db
    .select({ ...person, positions: workers.positions, leftOn: workers.exitDate })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(withinScope(workers.communityCode, opts.scopeCode), withinScope(workers.communityCode, opts.org), eq(workers.status, '已退出'), sql`${workers.positions} && ${AUDITED}`));
}

/** Archive rows that changed someone's positions; the service keeps those that ended an audited post. */
export async function positionChanges(db: Db, opts: { scopeCode: string; org: string }) {
  return db
    .select({ ...person, occurredOn: workerHistory.occurredOn, changes: workerHistory.changes })
    .from(workerHistory)
    .innerJoin(workers, eq(workers.id, workerHistory.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(withinScope(workers.communityCode, opts.scopeCode), withinScope(workers.communityCode, opts.org), sql`${workerHistory.changes} @> '[{"field":"positions"}]'::jsonb`));
}
