import { aliasedTable, and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { communityPlacements } from '../../db/schema-employment.ts';
import { orgUnits } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
export type PlacementRow = { p: typeof communityPlacements.$inferSelect; communityName: string };

export async function insertPlacement(db: Db, v: typeof communityPlacements.$inferInsert): Promise<number> {
  const [row] = await db.insert(communityPlacements).values(v).returning({ id: communityPlacements.id });
  return row!.id;
}

/** Standing is by date (A3.4: ended automatically), so the filter is a date comparison, not a stored status. */
export function placementWhere(scopeCode: string, org: string, standing: 'upcoming' | 'active' | 'ended' | undefined, today: string): SQL {
  const byStanding = {
    upcoming: sql`${communityPlacements.startDate} > ${today}`,
    active: sql`${communityPlacements.startDate} <= ${today} and ${communityPlacements.endDate} >= ${today}`,
    ended: sql`${communityPlacements.endDate} < ${today}`,
  };
  return and(withinScope(communityPlacements.communityCode, scopeCode), withinScope(communityPlacements.communityCode, org), ...(standing ? [byStanding[standing]] : []))!;
}

export async function listPlacements(db: Db, where: SQL): Promise<PlacementRow[]> {
  return db
    .select({ p: communityPlacements, communityName: community.name })
    .from(communityPlacements)
    .innerJoin(community, eq(community.code, communityPlacements.communityCode))
    .where(where)
    .orderBy(sql`${communityPlacements.communityCode} collate "C"`, desc(communityPlacements.endDate), asc(communityPlacements.id))
    .limit(2000);
}

export async function findPlacement(db: Db, id: number, scopeCode: string): Promise<PlacementRow | undefined> {
  const [row] = await listPlacements(db, and(eq(communityPlacements.id, id), withinScope(communityPlacements.communityCode, scopeCode))!);
  return row;
}

export async function updatePlacement(db: Db, id: number, v: { endDate: string; tasks: string }): Promise<void> {
  await db.update(communityPlacements).set({ ...v, updatedAt: sql`now()` }).where(eq(communityPlacements.id, id));
}
