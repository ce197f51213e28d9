import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { burdenAbolishedCertificates, burdenCertificates, burdenPlatforms, burdenSettings, burdenSignboards } from '../../db/schema-burden.ts';
import { orgUnits } from '../../db/schema.ts';
import { onPathOf, visibleOwners, withinScope } from '../../db/scope.ts';

export async function communitiesUnder(db: Db, code: string) {
  return db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.level, 'community'), withinScope(orgUnits.code, code))).orderBy(asc(orgUnits.code)).limit(5000);
}

export async function signboardsOf(db: Db, communityCode: string) {
  return db.select().from(burdenSignboards).where(eq(burdenSignboards.communityCode, communityCode)).orderBy(asc(burdenSignboards.id));
}
export async function insertSignboard(db: Db, v: typeof burdenSignboards.$inferInsert) {
  const [row] = await db.insert(burdenSignboards).values(v).returning();
  return row!;
}
export async function deleteSignboard(db: Db, id: number, scopeCode: string) {
  const rows = await db.delete(burdenSignboards).where(and(eq(burdenSignboards.id, id), withinScope(burdenSignboards.communityCode, scopeCode))).returning();
  return rows[0];
}

export async function certificatesOf(db: Db, communityCode: string) {
  return db.select().from(burdenCertificates).where(eq(burdenCertificates.communityCode, communityCode)).orderBy(asc(burdenCertificates.id));
}
export async function insertCertificate(db: Db, v: typeof burdenCertificates.$inferInsert) {
  const [row] = await db.insert(burdenCertificates).values(v).returning();
  return row!;
}
export async function deleteCertificate(db: Db, id: number, scopeCode: string) {
  const rows = await db.delete(burdenCertificates).where(and(eq(burdenCertificates.id, id), withinScope(burdenCertificates.communityCode, scopeCode))).returning();
  return rows[0];
}

/** No-longer-issued certificate items that apply at a code (national and every list issued above it). */
export async function abolishedOnPath(db: Db, code: string) {
  return db.select().from(burdenAbolishedCertificates).where(onPathOf(burdenAbolishedCertificates.ownerCode, code)).orderBy(asc(burdenAbolishedCertificates.ownerCode), asc(burdenAbolishedCertificates.id));
}
/** Lists a caller sees: those that apply to them and those issued inside their scope. */
export async function abolishedVisible(db: Db, scopeCode: string) {
  return db.select().from(burdenAbolishedCertificates).where(visibleOwners(burdenAbolishedCertificates.ownerCode, scopeCode)).orderBy(asc(burdenAbolishedCertificates.ownerCode), asc(burdenAbolishedCertificates.id));
}

/** Platforms whose served units overlap the scope (serving all of it from above, or part of it). */
export async function platformsVisible(db: Db, scopeCode: string) {
  return db.select().from(burdenPlatforms).where(visibleOwners(burdenPlatforms.servedPrefix, scopeCode)).orderBy(asc(burdenPlatforms.kind), asc(burdenPlatforms.id));
}
export async function insertPlatform(db: Db, v: typeof burdenPlatforms.$inferInsert) {
  const [row] = await db.insert(burdenPlatforms).values(v).returning();
  return row!;
}
export async function deletePlatform(db: Db, id: number, scopeCode: string) {
  const rows = await db.delete(burdenPlatforms).where(and(eq(burdenPlatforms.id, id), withinScope(burdenPlatforms.servedPrefix, scopeCode))).returning();
  return rows[0];
}

/** Communities under each prefix (how many must serve a platform). */
export async function communityCountUnder(db: Db, prefix: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(orgUnits).where(and(eq(orgUnits.level, 'community'), withinScope(orgUnits.code, prefix)));
  return Number(row?.n ?? 0);
}

export async function settingsOnPath(db: Db, code: string) {
  return db.select().from(burdenSettings).where(onPathOf(burdenSettings.ownerCode, code)).orderBy(desc(sql`length(${burdenSettings.ownerCode})`));
}
export async function upsertSettings(db: Db, v: typeof burdenSettings.$inferInsert) {
  await db
    .insert(burdenSettings)
    .values(v)
    .onConflictDoUpdate({ target: burdenSettings.ownerCode, set: { maxExternalSignboards: v.maxExternalSignboards, maxCertificates: v.maxCertificates, maxPlatforms: v.maxPlatforms, updatedByName: v.updatedByName, updatedAt: sql`now()` } });
}

/** Signboards and certificates per community under a code, in two grouped queries. */
export async function countsUnder(db: Db, code: string) {
  const boards = await db
    .select({
      c: burdenSignboards.communityCode,
      n: count(),
      external: sql<number>`count(*) filter (where ${burdenSignboards.kind} = '外挂')`.mapWith(Number),
      unapproved: sql<number>`count(*) filter (where not ${burdenSignboards.approved})`.mapWith(Number),
    })
    .from(burdenSignboards)
    .where(withinScope(burdenSignboards.communityCode, code))
    .groupBy(burdenSignboards.communityCode);
  const certs = await db.select({ c: burdenCertificates.communityCode, n: count() }).from(burdenCertificates).where(withinScope(burdenCertificates.communityCode, code)).groupBy(burdenCertificates.communityCode);
  return { boards: new Map(boards.map((b) => [b.c, b])), certs: new Map(certs.map((c) => [c.c, Number(c.n)])) };
}

/** Settings issued inside a unit (a county's own figures when a city looks at its communities). */
export async function settingsUnder(db: Db, code: string) {
  return db.select().from(burdenSettings).where(and(withinScope(burdenSettings.ownerCode, code), sql`${burdenSettings.ownerCode} <> ${code}`));
}
