import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, quotaCeilings, staffingRules } from '../../db/schema.ts';
import { resultRows } from '../stats/stats.queries.ts';

export interface LatestFact {
  orgCode: string;
  year: number;
  urbanPopulation: number | null;
  households: number | null;
  source: string;
}

/** The most recent figure of each unit under a prefix: latest year, then latest entry. */
export async function latestFactsUnder(db: Db, prefix: string): Promise<LatestFact[]> {
  const rows = await db.execute<{ org_code: string; year: number; urban_population: number | null; households: number | null; source: string }>(sql`
    select distinct on (org_code) org_code, year, urban_population, households, source
    from population_facts
    where org_code like ${prefix + '%'}
    order by org_code, year desc, recorded_at desc, id desc`);
  return resultRows<{ org_code: string; year: number; urban_population: number | null; households: number | null; source: string }>(rows).map((r) => ({
    orgCode: r.org_code,
    year: Number(r.year),
    urbanPopulation: r.urban_population === null ? null : Number(r.urban_population),
    households: r.households === null ? null : Number(r.households),
    source: r.source,
  }));
}

/**
 * Units needed to compute quotas under a prefix: everything when the prefix is a county or deeper;
 * above that the province/city/county levels plus any street or community that holds a figure.
 */
export async function unitsForStaffing(db: Db, prefix: string, factCodes: string[]) {
  const cols = { code: orgUnits.code, name: orgUnits.name, level: orgUnits.level, parentCode: orgUnits.parentCode };
  if (prefix.length >= 6) return db.select(cols).from(orgUnits).where(like(orgUnits.code, `${prefix}%`)).orderBy(asc(orgUnits.code));
  const deep = factCodes.filter((c) => c.length > 6);
  const extra = [...new Set(deep.flatMap((c) => (c.length === 12 ? [c, c.slice(0, 9)] : [c])))];
  return db
    .select(cols)
    .from(orgUnits)
    .where(
      and(
        like(orgUnits.code, `${prefix}%`),
        extra.length ? or(inArray(orgUnits.level, ['province', 'city', 'county']), inArray(orgUnits.code, extra)) : inArray(orgUnits.level, ['province', 'city', 'county']),
      ),
    )
    .orderBy(asc(orgUnits.code));
}

export async function allRules(db: Db) {
  return db.select().from(staffingRules).orderBy(asc(staffingRules.id));
}

export async function ceilingsFor(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(quotaCeilings).where(inArray(quotaCeilings.orgCode, codes)).orderBy(asc(quotaCeilings.id));
}

export async function insertRule(db: Db, v: typeof staffingRules.$inferInsert) {
  const [row] = await db.insert(staffingRules).values(v).returning();
  return row!;
}

export async function insertCeiling(db: Db, v: typeof quotaCeilings.$inferInsert) {
  const [row] = await db.insert(quotaCeilings).values(v).returning();
  return row!;
}

export async function rulesOf(db: Db, code: string) {
  return db.select().from(staffingRules).where(eq(staffingRules.orgCode, code)).orderBy(desc(staffingRules.id));
}

export async function ceilingsOf(db: Db, code: string) {
  return db.select().from(quotaCeilings).where(eq(quotaCeilings.orgCode, code)).orderBy(desc(quotaCeilings.id));
}

