import { aliasedTable, and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, specialAllowances, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
const columns = { a: specialAllowances, workerName: workers.name, communityCode: workers.communityCode, communityName: community.name };

export type SpecialAllowanceRow = typeof specialAllowances.$inferSelect;
export type ListedAllowance = { a: SpecialAllowanceRow; workerName: string; communityCode: string; communityName: string };

export async function insertSpecialAllowance(db: Db, v: typeof specialAllowances.$inferInsert): Promise<SpecialAllowanceRow> {
  const [row] = await db.insert(specialAllowances).values(v).returning();
  return row!;
}

/** Records paid in a month to workers now under a unit, inside the caller's scope; revoked ones included. */
export async function listForMonth(db: Db, opts: { orgCode: string; scopeCode: string; month: string }): Promise<ListedAllowance[]> {
  return db
    .select(columns)
    .from(specialAllowances)
    .innerJoin(workers, eq(workers.id, specialAllowances.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(eq(specialAllowances.payMonth, opts.month), withinScope(workers.communityCode, opts.orgCode), withinScope(workers.communityCode, opts.scopeCode)))
    .orderBy(sql`${workers.communityCode} collate "C"`, asc(workers.name), asc(specialAllowances.id));
}

export async function findInScope(db: Db, id: number, scopeCode: string): Promise<ListedAllowance | undefined> {
  const [row] = await db
    .select(columns)
    .from(specialAllowances)
    .innerJoin(workers, eq(workers.id, specialAllowances.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(eq(specialAllowances.id, id), withinScope(workers.communityCode, scopeCode)))
    .limit(1);
  return row;
}

/** Marks a record revoked unless it already is; false when someone revoked it first. */
export async function revoke(db: Db, id: number, by: string, reason: string): Promise<SpecialAllowanceRow | undefined> {
  const [row] = await db
    .update(specialAllowances)
    .set({ revokedAt: sql`now()`, revokedBy: by, revokeReason: reason })
    .where(and(eq(specialAllowances.id, id), isNull(specialAllowances.revokedAt)))
    .returning();
  return row;
}
