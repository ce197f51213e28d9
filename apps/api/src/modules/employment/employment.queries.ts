import { aliasedTable, and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { employmentTerms, labourContracts, probationScreenings } from '../../db/schema-employment.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
const employer = aliasedTable(orgUnits, 'employer');

// ── Probation ──

/** Workers on probation (status 试用) under a code; few per county, so standing is computed by the caller. */
export async function listOnProbation(db: Db, scopeCode: string, org: string) {
  return db
    .select({ id: workers.id, name: workers.name, communityCode: workers.communityCode, communityName: community.name, communityStartDate: workers.communityStartDate, probationEnd: workers.probationEnd })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(eq(workers.status, '试用'), withinScope(workers.communityCode, scopeCode), withinScope(workers.communityCode, org)))
    .orderBy(sql`${workers.communityCode} collate "C"`, asc(workers.id));
}

export type ScreeningRow = typeof probationScreenings.$inferSelect;

export async function insertScreening(db: Db, v: typeof probationScreenings.$inferInsert): Promise<ScreeningRow> {
  const [row] = await db.insert(probationScreenings).values(v).returning();
  return row!;
}

export async function findScreening(db: Db, workerId: number): Promise<ScreeningRow | undefined> {
  const [row] = await db.select().from(probationScreenings).where(eq(probationScreenings.workerId, workerId)).limit(1);
  return row;
}

// ── Labour contracts ──

const contractColumns = { c: labourContracts, employerName: employer.name, renewed: sql<boolean>`exists (select 1 from labour_contracts s where s.previous_id = ${labourContracts.id})` };
export type ContractRow = { c: typeof labourContracts.$inferSelect; employerName: string; renewed: boolean };

export async function listContractsOfWorker(db: Db, workerId: number): Promise<ContractRow[]> {
  return db.select(contractColumns).from(labourContracts).innerJoin(employer, eq(employer.code, labourContracts.employerCode)).where(eq(labourContracts.workerId, workerId)).orderBy(asc(labourContracts.startDate), asc(labourContracts.id));
}

export async function insertContract(db: Db, v: typeof labourContracts.$inferInsert) {
  const [row] = await db.insert(labourContracts).values(v).returning();
  return row!;
}

/** The contract without a successor is a worker's current one (one chain per worker, see the unique index). */
const isCurrent = sql`not exists (select 1 from labour_contracts s where s.previous_id = ${labourContracts.id})`;

export type ContractFilter = 'expiring' | 'expired' | 'none' | 'not_applicable' | 'flagged';

function contractWhere(scopeCode: string, org: string, filter: ContractFilter | undefined, today: string, warnUntil: string): SQL {
  const applicable = sql`coalesce(${employmentTerms.applicable}, true)`;
  const expiring = sql`(${labourContracts.endDate} >= ${today} and ${labourContracts.endDate} <= ${warnUntil} and ${labourContracts.startDate} <= ${today})`;
  const expired = sql`${labourContracts.endDate} < ${today}`;
  const none = sql`${labourContracts.id} is null`;
  const byFilter: Record<ContractFilter, SQL> = {
    expiring: sql`${applicable} and ${expiring}`,
    expired: sql`${applicable} and ${expired}`,
    none: sql`${applicable} and ${none}`,
    not_applicable: sql`not ${applicable}`,
    flagged: sql`${applicable} and (${expiring} or ${expired} or ${none})`,
  };
  return and(ne(workers.status, '已退出'), withinScope(workers.communityCode, scopeCode), withinScope(workers.communityCode, org), ...(filter ? [byFilter[filter]] : []))!;
}

export async function listContractStanding(db: Db, q: { scopeCode: string; org: string; filter?: ContractFilter; today: string; warnUntil: string; limit: number; offset: number }) {
  return db
    .select({ w: { id: workers.id, name: workers.name, category: workers.category }, communityName: community.name, contract: labourContracts, employerName: sql<string | null>`(select e.name from org_units e where e.code = ${labourContracts.employerCode})`, terms: employmentTerms })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .leftJoin(labourContracts, and(eq(labourContracts.workerId, workers.id), isCurrent))
    .leftJoin(employmentTerms, eq(employmentTerms.workerId, workers.id))
    .where(contractWhere(q.scopeCode, q.org, q.filter, q.today, q.warnUntil))
    .orderBy(sql`${labourContracts.endDate} asc nulls first`, sql`${workers.communityCode} collate "C"`, asc(workers.id))
    .limit(q.limit)
    .offset(q.offset);
}

export async function countContractStanding(db: Db, q: { scopeCode: string; org: string; filter?: ContractFilter; today: string; warnUntil: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(workers)
    .leftJoin(labourContracts, and(eq(labourContracts.workerId, workers.id), isCurrent))
    .leftJoin(employmentTerms, eq(employmentTerms.workerId, workers.id))
    .where(contractWhere(q.scopeCode, q.org, q.filter, q.today, q.warnUntil));
  return row?.n ?? 0;
}

// ── 五险一金 ──

export type TermsRow = typeof employmentTerms.$inferSelect;

export async function findTerms(db: Db, workerId: number): Promise<TermsRow | undefined> {
  const [row] = await db.select().from(employmentTerms).where(eq(employmentTerms.workerId, workerId)).limit(1);
  return row;
}

export async function upsertTerms(db: Db, v: typeof employmentTerms.$inferInsert): Promise<void> {
  const { workerId: _id, ...set } = v;
  await db.insert(employmentTerms).values(v).onConflictDoUpdate({ target: employmentTerms.workerId, set: { ...set, updatedAt: new Date() } });
}

