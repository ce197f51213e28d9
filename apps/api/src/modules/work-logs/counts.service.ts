// Counts of the work ledgers (A9.1) for a period, per community and per worker: shown on the statistics
// dashboard, on the ledger page and as reference figures beside 工作实绩 on the assessment scoring sheet.
// Also the worker's own phone page: their grid, running pairs, recent entries and this month's counts.
import { msg } from '@cwp/contracts/messages';
import type { MyWorkLog, WorkLogCountsDto, WorkLogCountsReport } from '@cwp/contracts/work-logs.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { countsAsOf, PROXY_DUE_DAYS, ZERO_COUNTS, type GridRole } from '@cwp/domain/work-logs';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as c from './counts.queries.ts';
import { currentAssignmentOf } from './grids.queries.ts';
import * as q from './ledger.queries.ts';
import { presentInquiry, presentPair, presentProxy, presentVisit, seenBy } from './ledger.service.ts';

const pick = (x: WorkLogCountsDto): WorkLogCountsDto => ({ visits: x.visits, pairsActive: x.pairsActive, proxyDone: x.proxyDone, proxyOpen: x.proxyOpen, proxyOverdue: x.proxyOverdue, firstInquiries: x.firstInquiries });
function add(into: WorkLogCountsDto, x: WorkLogCountsDto) {
  for (const k of Object.keys(ZERO_COUNTS) as (keyof WorkLogCountsDto)[]) into[k] += x[k];
}

/** A period of at most ten years, so a typo cannot ask for a century of rows. */
function checkPeriod(from: string, to: string) {
  if (to < from || to > addDaysIso(from, 3660)) {
    const m = msg('统计期间应为开始不晚于结束、且不超过十年', 'The period must start before it ends and span at most ten years');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'to', message: m }]);
  }
}

export async function workLogCounts(opts: { db: Db; actor: Actor; org: string; from: string; to: string }): Promise<WorkLogCountsReport> {
  const { db, actor, org, from, to } = opts;
  if (!(await findUnitInScope(db, org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  checkPeriod(from, to);
  const asOf = countsAsOf(to, todayIso());
  const cells = await c.countCells(db, { scopeCode: actor.scopeCode, org, from, to, overdueBefore: addDaysIso(asOf, -PROXY_DUE_DAYS) });
  const totals = { ...ZERO_COUNTS };
  const byCommunity = new Map<string, WorkLogCountsDto>();
  const byWorker = new Map<number, WorkLogCountsDto>();
  for (const cell of cells) {
    add(totals, cell);
    if (!byCommunity.has(cell.communityCode)) byCommunity.set(cell.communityCode, { ...ZERO_COUNTS });
    add(byCommunity.get(cell.communityCode)!, cell);
    if (!byWorker.has(cell.workerId)) byWorker.set(cell.workerId, { ...ZERO_COUNTS });
    add(byWorker.get(cell.workerId)!, cell);
  }
  const communityNames = new Map((await c.unitNames(db, [...byCommunity.keys()])).map((u) => [u.code, u.name]));
  // Per worker only for a street or a community: a city's list would be thousands of rows nobody reads here.
  const workers = org.length >= 9 ? await c.workerNames(db, [...byWorker.keys()]) : [];
  return {
    org,
    from,
    to,
    asOf,
    totals,
    byCommunity: [...byCommunity]
      .map(([code, n]) => ({ communityCode: code, communityName: communityNames.get(code) ?? code, ...pick(n) }))
      .sort((a, b) => (a.communityCode < b.communityCode ? -1 : 1)),
    byWorker: workers.map((w) => ({ workerId: w.id, workerName: w.name, communityName: w.communityName, ...pick(byWorker.get(w.id)!) })).sort((a, b) => a.communityName.localeCompare(b.communityName, 'zh') || a.workerName.localeCompare(b.workerName, 'zh')),
  };
}

const RECENT = { limit: 20, offset: 0 };

/** The worker's own phone page (/my/work-log). */
export async function myWorkLog(opts: { db: Db; actor: Actor }): Promise<MyWorkLog> {
  const { db, actor } = opts;
  if (actor.role !== 'worker' || !actor.workerId) throw new AppError('FORBIDDEN', msg('只有社区工作者本人可以使用此页面', 'Only a community worker can use this page'));
  const found = await findWorkerInScope(db, actor, actor.workerId);
  if (!found) throw notFound();
  const f = { ...seenBy(actor), workerId: actor.workerId };
  const today = todayIso();
  const monthStart = `${today.slice(0, 8)}01`;
  const [grid, pairs, visits, proxies, inquiries, cells] = await Promise.all([
    currentAssignmentOf(db, actor.workerId),
    q.listPairs(db, { ...f, activeOn: today }),
    q.listVisits(db, f, RECENT),
    q.listProxies(db, f, RECENT),
    q.listInquiries(db, f, RECENT),
    c.countCells(db, { scopeCode: actor.scopeCode, org: actor.scopeCode, from: monthStart, to: today, overdueBefore: addDaysIso(today, -PROXY_DUE_DAYS), workerIds: [actor.workerId] }),
  ]);
  const month = { ...ZERO_COUNTS };
  for (const cell of cells) add(month, cell);
  return {
    workerId: actor.workerId,
    grid: grid ? { name: grid.gridName, role: grid.a.role as GridRole, households: grid.households } : null,
    pairs: pairs.items.map(presentPair),
    visits: visits.items.map(presentVisit),
    proxyServices: proxies.items.map((x) => presentProxy(x, today)),
    firstInquiries: inquiries.items.map(presentInquiry),
    month,
  };
}
