import { and, asc, count, desc, eq, ilike, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, populationFacts, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

export async function findUnitInScope(db: Db, code: string, scopeCode: string) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.code, code), withinScope(orgUnits.code, scopeCode)))
    .limit(1);
  return row;
}

/** Names along the path; ancestors outside the scope are named but never opened. */
export async function findUnitsByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.code, codes));
}

export async function listChildren(db: Db, parentCode: string | null, scopeCode: string) {
  return db
    .select()
    .from(orgUnits)
    .where(and(parentCode === null ? isNull(orgUnits.parentCode) : eq(orgUnits.parentCode, parentCode), withinScope(orgUnits.code, scopeCode)))
    .orderBy(asc(orgUnits.code));
}

export async function countChildren(db: Db, parentCodes: string[]): Promise<Map<string, number>> {
  if (parentCodes.length === 0) return new Map();
  const rows = await db
    .select({ parent: orgUnits.parentCode, n: count() })
    .from(orgUnits)
    .where(inArray(orgUnits.parentCode, parentCodes))
    .groupBy(orgUnits.parentCode);
  return new Map(rows.map((r) => [r.parent!, r.n]));
}

export async function searchUnits(db: Db, q: string, scopeCode: string, limit: number) {
  const byCode = /^\d+$/.test(q) ? like(orgUnits.code, `${q}%`) : undefined;
  const byName = ilike(orgUnits.name, `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return db
    .select()
    .from(orgUnits)
    .where(and(withinScope(orgUnits.code, scopeCode), byCode ? or(byCode, byName) : byName))
    .orderBy(sql`length(${orgUnits.code})`, asc(orgUnits.code))
    .limit(limit);
}

export async function countActiveWorkersUnder(db: Db, code: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(workers)
    .where(and(withinScope(workers.communityCode, code), ne(workers.status, '已退出')));
  return row?.n ?? 0;
}

export async function listPopulationFacts(db: Db, code: string) {
  return db
    .select()
    .from(populationFacts)
    .where(eq(populationFacts.orgCode, code))
    .orderBy(desc(populationFacts.year), desc(populationFacts.recordedAt), desc(populationFacts.id));
}

export async function insertPopulationFact(db: Db, v: typeof populationFacts.$inferInsert) {
  const [row] = await db.insert(populationFacts).values(v).returning();
  return row!;
}
