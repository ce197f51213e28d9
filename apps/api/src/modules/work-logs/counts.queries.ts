// Counts for a period grouped by worker and community, in SQL; the rules are those of countWorkLogs in
// packages/domain/src/work-logs.ts (the API tests check both give the rows' numbers).
import { and, count, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { assistancePairs, firstInquiries, householdVisits, proxyServices } from '../../db/schema-work-logs.ts';
import { withinScope } from '../../db/scope.ts';

export interface CountsFilter {
  scopeCode: string;
  org: string;
  from: string;
  to: string;
  /** Open proxy services accepted before this day are overdue (as-of day − PROXY_DUE_DAYS). */
  overdueBefore: string;
  workerIds?: number[];
}

export interface CountCell {
  workerId: number;
  communityCode: string;
  visits: number;
  pairsActive: number;
  proxyDone: number;
  proxyOpen: number;
  proxyOverdue: number;
  firstInquiries: number;
}

const scoped = (code: Parameters<typeof withinScope>[0], workerId: Parameters<typeof eq>[0], f: CountsFilter): SQL[] => [
  withinScope(code, f.scopeCode),
  withinScope(code, f.org),
  ...(f.workerIds ? [inArray(workerId, f.workerIds.length ? f.workerIds : [-1])] : []),
];

/** One cell per (worker, community) that has anything in the period. */
export async function countCells(db: Db, f: CountsFilter): Promise<CountCell[]> {
  const open = inArray(proxyServices.status, ['受理', '办理中']);
  const [visits, pairs, proxies, inquiries] = await Promise.all([
    db
      .select({ workerId: householdVisits.workerId, communityCode: householdVisits.communityCode, n: count() })
      .from(householdVisits)
      .where(and(...scoped(householdVisits.communityCode, householdVisits.workerId, f), gte(householdVisits.visitedOn, f.from), lte(householdVisits.visitedOn, f.to)))
      .groupBy(householdVisits.workerId, householdVisits.communityCode),
    db
      .select({ workerId: assistancePairs.workerId, communityCode: assistancePairs.communityCode, n: count() })
      .from(assistancePairs)
      .where(and(...scoped(assistancePairs.communityCode, assistancePairs.workerId, f), lte(assistancePairs.startedOn, f.to), or(isNull(assistancePairs.endedOn), gte(assistancePairs.endedOn, f.from))))
      .groupBy(assistancePairs.workerId, assistancePairs.communityCode),
    db
      .select({
        workerId: proxyServices.workerId,
        communityCode: proxyServices.communityCode,
        done: sql<number>`count(*) filter (where ${proxyServices.status} = '办结' and ${proxyServices.completedOn} between ${f.from} and ${f.to})`.mapWith(Number),
        open: sql<number>`count(*) filter (where ${open} and ${proxyServices.acceptedOn} <= ${f.to})`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${open} and ${proxyServices.acceptedOn} <= ${f.to} and ${lt(proxyServices.acceptedOn, f.overdueBefore)})`.mapWith(Number),
      })
      .from(proxyServices)
      .where(and(...scoped(proxyServices.communityCode, proxyServices.workerId, f)))
      .groupBy(proxyServices.workerId, proxyServices.communityCode),
    db
      .select({ workerId: firstInquiries.workerId, communityCode: firstInquiries.communityCode, n: count() })
      .from(firstInquiries)
      .where(and(...scoped(firstInquiries.communityCode, firstInquiries.workerId, f), gte(firstInquiries.receivedOn, f.from), lte(firstInquiries.receivedOn, f.to)))
      .groupBy(firstInquiries.workerId, firstInquiries.communityCode),
  ]);
  const cells = new Map<string, CountCell>();
  const cell = (workerId: number, communityCode: string) => {
    const k = `${workerId}:${communityCode}`;
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { workerId, communityCode, visits: 0, pairsActive: 0, proxyDone: 0, proxyOpen: 0, proxyOverdue: 0, firstInquiries: 0 }));
    return c;
  };
  for (const r of visits) cell(r.workerId, r.communityCode).visits += r.n;
  for (const r of pairs) cell(r.workerId, r.communityCode).pairsActive += r.n;
  for (const r of proxies) {
    const c = cell(r.workerId, r.communityCode);
    c.proxyDone += r.done;
    c.proxyOpen += r.open;
    c.proxyOverdue += r.overdue;
  }
  for (const r of inquiries) cell(r.workerId, r.communityCode).firstInquiries += r.n;
  return [...cells.values()].filter((c) => c.visits + c.pairsActive + c.proxyDone + c.proxyOpen + c.firstInquiries > 0);
}

export async function workerNames(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: workers.id, name: workers.name, communityName: orgUnits.name })
    .from(workers)
    .innerJoin(orgUnits, eq(orgUnits.code, workers.communityCode))
    .where(inArray(workers.id, ids));
}

export async function unitNames(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.code, codes));
}
