import { aliasedTable, and, count, desc, eq, gte, inArray, isNull, lt, lte, max, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { assistancePairs, firstInquiries, grids, householdVisits, proxyServices } from '../../db/schema-work-logs.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');

/**
 * Which ledger rows a caller sees: inside their scope (and the chosen unit), a worker only their own, with
 * the optional worker and date filters. Every list and every by-id lookup goes through it.
 */
export interface LedgerFilter {
  scopeCode: string;
  /** Set for the worker role: their own rows only. */
  ownWorkerId?: number;
  org?: string;
  workerId?: number;
  id?: number;
  from?: string;
  to?: string;
}

function where(t: { communityCode: AnyPgColumn; workerId: AnyPgColumn; id: AnyPgColumn }, day: AnyPgColumn, f: LedgerFilter, extra: SQL[] = []): SQL {
  const c: SQL[] = [withinScope(t.communityCode, f.scopeCode), ...extra];
  if (f.ownWorkerId !== undefined) c.push(eq(t.workerId, f.ownWorkerId));
  if (f.org) c.push(withinScope(t.communityCode, f.org));
  if (f.workerId) c.push(eq(t.workerId, f.workerId));
  if (f.id) c.push(eq(t.id, f.id));
  if (f.from) c.push(gte(day, f.from));
  if (f.to) c.push(lte(day, f.to));
  return and(...c)!;
}

export interface Paging {
  limit: number;
  offset: number;
}
const ALL: Paging = { limit: 1_000_000, offset: 0 };

// ── 上门走访 ──
export async function listVisits(db: Db, f: LedgerFilter, p: Paging = ALL) {
  const w = where(householdVisits, householdVisits.visitedOn, f);
  const [items, [total]] = await Promise.all([
    db
      .select({ v: householdVisits, workerName: workers.name, communityName: community.name, gridName: grids.name })
      .from(householdVisits)
      .innerJoin(workers, eq(workers.id, householdVisits.workerId))
      .innerJoin(community, eq(community.code, householdVisits.communityCode))
      .leftJoin(grids, eq(grids.id, householdVisits.gridId))
      .where(w)
      .orderBy(desc(householdVisits.visitedOn), desc(householdVisits.id))
      .limit(p.limit)
      .offset(p.offset),
    db.select({ n: count() }).from(householdVisits).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}
export type VisitRow = Awaited<ReturnType<typeof listVisits>>['items'][number];

export async function insertVisit(db: Db, v: typeof householdVisits.$inferInsert) {
  const [row] = await db.insert(householdVisits).values(v).returning();
  return row!;
}

// ── 结对帮扶 ──
/** Pairs with the visits linked to them; `activeOn` keeps pairs running on that day. */
export async function listPairs(db: Db, f: LedgerFilter & { activeOn?: string }, p: Paging = ALL) {
  // The date filter of a pair is its start; a running pair is one started by the day and not ended before it.
  const extra = f.activeOn ? [lte(assistancePairs.startedOn, f.activeOn)] : [];
  const w = where(assistancePairs, assistancePairs.startedOn, f, extra);
  const running = f.activeOn ? and(w, isNull(assistancePairs.endedOn))! : w;
  const visits = db
    .select({ pairId: householdVisits.pairId, n: count().as('n'), last: max(householdVisits.visitedOn).as('last') })
    .from(householdVisits)
    .groupBy(householdVisits.pairId)
    .as('pv');
  const [items, [total]] = await Promise.all([
    db
      .select({ p: assistancePairs, workerName: workers.name, communityName: community.name, visits: visits.n, lastVisitOn: visits.last })
      .from(assistancePairs)
      .innerJoin(workers, eq(workers.id, assistancePairs.workerId))
      .innerJoin(community, eq(community.code, assistancePairs.communityCode))
      .leftJoin(visits, eq(visits.pairId, assistancePairs.id))
      .where(running)
      .orderBy(desc(assistancePairs.startedOn), desc(assistancePairs.id))
      .limit(p.limit)
      .offset(p.offset),
    db.select({ n: count() }).from(assistancePairs).where(running),
  ]);
  return { items, total: total?.n ?? 0 };
}
export type PairRow = Awaited<ReturnType<typeof listPairs>>['items'][number];

export async function insertPair(db: Db, v: typeof assistancePairs.$inferInsert) {
  const [row] = await db.insert(assistancePairs).values(v).returning();
  return row!;
}

export async function endPair(db: Db, id: number, endedOn: string): Promise<boolean> {
  const rows = await db.update(assistancePairs).set({ endedOn }).where(and(eq(assistancePairs.id, id), isNull(assistancePairs.endedOn))).returning({ id: assistancePairs.id });
  return rows.length > 0;
}

// ── 代办服务 ──
/** `overdueBefore`: open ones accepted before that day (today − PROXY_DUE_DAYS). */
export async function listProxies(db: Db, f: LedgerFilter & { status?: string; overdueBefore?: string }, p: Paging = ALL) {
  const extra: SQL[] = [];
  if (f.status) extra.push(eq(proxyServices.status, f.status));
  if (f.overdueBefore) extra.push(inArray(proxyServices.status, ['受理', '办理中']), lt(proxyServices.acceptedOn, f.overdueBefore));
  const w = where(proxyServices, proxyServices.acceptedOn, f, extra);
  const [items, [total]] = await Promise.all([
    db
      .select({ s: proxyServices, workerName: workers.name, communityName: community.name })
      .from(proxyServices)
      .innerJoin(workers, eq(workers.id, proxyServices.workerId))
      .innerJoin(community, eq(community.code, proxyServices.communityCode))
      .where(w)
      .orderBy(desc(proxyServices.acceptedOn), desc(proxyServices.id))
      .limit(p.limit)
      .offset(p.offset),
    db.select({ n: count() }).from(proxyServices).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}
export type ProxyRow = Awaited<ReturnType<typeof listProxies>>['items'][number];

export async function insertProxy(db: Db, v: typeof proxyServices.$inferInsert) {
  const [row] = await db.insert(proxyServices).values(v).returning();
  return row!;
}

/** Moves a proxy service on from the status it must still be in; false when someone moved it first. */
export async function moveProxy(db: Db, id: number, from: string, v: { status: string; completedOn: string | null; outcome: string }): Promise<boolean> {
  const rows = await db
    .update(proxyServices)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(proxyServices.id, id), eq(proxyServices.status, from)))
    .returning({ id: proxyServices.id });
  return rows.length > 0;
}

// ── 首问负责 ──
export async function listInquiries(db: Db, f: LedgerFilter & { openOnly?: boolean }, p: Paging = ALL) {
  const w = where(firstInquiries, firstInquiries.receivedOn, f, f.openOnly ? [isNull(firstInquiries.closedOn)] : []);
  const [items, [total]] = await Promise.all([
    db
      .select({ i: firstInquiries, workerName: workers.name, communityName: community.name })
      .from(firstInquiries)
      .innerJoin(workers, eq(workers.id, firstInquiries.workerId))
      .innerJoin(community, eq(community.code, firstInquiries.communityCode))
      .where(w)
      .orderBy(desc(firstInquiries.receivedOn), desc(firstInquiries.id))
      .limit(p.limit)
      .offset(p.offset),
    db.select({ n: count() }).from(firstInquiries).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}
export type InquiryRow = Awaited<ReturnType<typeof listInquiries>>['items'][number];

export async function insertInquiry(db: Db, v: typeof firstInquiries.$inferInsert) {
  const [row] = await db.insert(firstInquiries).values(v).returning();
  return row!;
}

export async function closeInquiry(db: Db, id: number, v: { closedOn: string; resolution: string; referredTo: string }): Promise<boolean> {
  const rows = await db.update(firstInquiries).set(v).where(and(eq(firstInquiries.id, id), isNull(firstInquiries.closedOn))).returning({ id: firstInquiries.id });
  return rows.length > 0;
}
