import { aliasedTable, and, asc, desc, eq, isNotNull, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { affairsDisclosures, communityPublicPages, dutyDisclosures, serviceCommitments } from '../../db/schema-supervision.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');

// ── commitments, duties, publication ──
export async function listCommitments(db: Db, opts: { communityCode: string; current?: { on: string } }) {
  const c: SQL[] = [eq(serviceCommitments.communityCode, opts.communityCode)];
  // In force on a day: effective by then and not withdrawn.
  if (opts.current) c.push(lte(serviceCommitments.effectiveFrom, opts.current.on), isNull(serviceCommitments.withdrawnOn));
  return db.select().from(serviceCommitments).where(and(...c)).orderBy(asc(serviceCommitments.effectiveFrom), asc(serviceCommitments.id));
}

export async function findCommitmentInScope(db: Db, id: number, scopeCode: string) {
  const [row] = await db.select().from(serviceCommitments).where(and(eq(serviceCommitments.id, id), withinScope(serviceCommitments.communityCode, scopeCode)));
  return row;
}

export async function insertCommitment(db: Db, v: typeof serviceCommitments.$inferInsert) {
  const [row] = await db.insert(serviceCommitments).values(v).returning();
  return row!;
}

export async function withdrawCommitment(db: Db, id: number, on: string): Promise<boolean> {
  const rows = await db.update(serviceCommitments).set({ withdrawnOn: on }).where(and(eq(serviceCommitments.id, id), isNull(serviceCommitments.withdrawnOn))).returning({ id: serviceCommitments.id });
  return rows.length > 0;
}

/** Workers in post in one community with their published duty (only those who have one, for the public page). */
export async function communityDuties(db: Db, communityCode: string, onlyPublished: boolean) {
  const c: SQL[] = [eq(workers.communityCode, communityCode), ne(workers.status, '已退出')];
  if (onlyPublished) c.push(isNotNull(dutyDisclosures.workerId));
  return db
    .select({ workerId: workers.id, name: workers.name, positions: workers.positions, post: dutyDisclosures.post, duty: dutyDisclosures.duty, updatedBy: dutyDisclosures.updatedBy })
    .from(workers)
    .leftJoin(dutyDisclosures, eq(dutyDisclosures.workerId, workers.id))
    .where(and(...c))
    // Principals (who hold a named position) first, then by post class and name.
    .orderBy(sql`cardinality(${workers.positions}) = 0`, workers.postClass, workers.name);
}

export async function upsertDuty(db: Db, v: { workerId: number; post: string; duty: string; updatedBy: string }) {
  await db
    .insert(dutyDisclosures)
    .values(v)
    .onConflictDoUpdate({ target: dutyDisclosures.workerId, set: { post: v.post, duty: v.duty, updatedBy: v.updatedBy, updatedAt: sql`now()` } });
}

export async function isPublished(db: Db, communityCode: string): Promise<boolean> {
  const [row] = await db.select({ published: communityPublicPages.published }).from(communityPublicPages).where(eq(communityPublicPages.communityCode, communityCode));
  return row?.published ?? false;
}

export async function setPublished(db: Db, communityCode: string, published: boolean, by: string) {
  await db
    .insert(communityPublicPages)
    .values({ communityCode, published, changedBy: by })
    .onConflictDoUpdate({ target: communityPublicPages.communityCode, set: { published, changedBy: by, changedAt: sql`now()` } });
}

/** A published community with its street's name, for the public page. */
export async function publishedCommunity(db: Db, code: string) {
  const street = aliasedTable(orgUnits, 'street');
  const [row] = await db
    .select({ code: orgUnits.code, name: orgUnits.name, streetName: street.name })
    .from(orgUnits)
    .innerJoin(communityPublicPages, and(eq(communityPublicPages.communityCode, orgUnits.code), eq(communityPublicPages.published, true)))
    .innerJoin(street, eq(street.code, orgUnits.parentCode))
    .where(and(eq(orgUnits.code, code), eq(orgUnits.level, 'community')));
  return row;
}

// ── 三务公开 ──
const disclosureColumns = { d: affairsDisclosures, communityName: community.name };
export type DisclosureRow = { d: typeof affairsDisclosures.$inferSelect; communityName: string };

export async function listDisclosures(db: Db, opts: { scopeCode: string; org?: string; year?: number; id?: number }): Promise<DisclosureRow[]> {
  const c: SQL[] = [withinScope(affairsDisclosures.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(affairsDisclosures.communityCode, opts.org));
  if (opts.year) c.push(sql`${affairsDisclosures.period} like ${`${opts.year}-Q%`}`);
  if (opts.id) c.push(eq(affairsDisclosures.id, opts.id));
  return db
    .select(disclosureColumns)
    .from(affairsDisclosures)
    .innerJoin(community, eq(community.code, affairsDisclosures.communityCode))
    .where(and(...c))
    .orderBy(desc(affairsDisclosures.period), sql`${affairsDisclosures.communityCode} collate "C"`, affairsDisclosures.kind, desc(affairsDisclosures.id));
}

export async function insertDisclosure(db: Db, v: typeof affairsDisclosures.$inferInsert) {
  const [row] = await db.insert(affairsDisclosures).values(v).returning();
  return row!;
}

export async function checkDisclosure(db: Db, id: number, v: { checkedOn: string; checkedBy: string; checkResult: string; checkNote: string }) {
  await db.update(affairsDisclosures).set(v).where(eq(affairsDisclosures.id, id));
}

/** Communities under a unit, in code order: the set every quarter's disclosures are expected from. */
export async function communitiesUnder(db: Db, org: string, scopeCode: string) {
  return db
    .select({ code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'community'), withinScope(orgUnits.code, org), withinScope(orgUnits.code, scopeCode)))
    .orderBy(sql`${orgUnits.code} collate "C"`);
}

