import type { StatsNode, StatsTrendPoint } from '@cwp/contracts/stats.contract';
import { todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { findUnitInScope, listChildren } from '../org/org.queries.ts';
import { ensureCountersCurrent } from './stats-maintenance.ts';
import { counterMap, presentStats, presentTrendPoint } from './stats.presenter.ts';
import * as q from './stats.queries.ts';

export const NATION = { code: '', name: '全国', level: 'nation' };

/** The node a stats request is about: 'root' is the nation and only for a national scope. */
export async function loadStatsNode(db: Db, actor: Actor, code: string) {
  if (code === '' || code === 'root') {
    if (actor.scopeCode !== '') throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
    return NATION;
  }
  const unit = await findUnitInScope(db, code, actor.scopeCode);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return { code: unit.code, name: unit.name, level: unit.level };
}

export async function getStats(opts: { db: Db; actor: Actor; code: string }): Promise<StatsNode> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  const asOf = await ensureCountersCurrent(opts.db);
  return presentStats(node, counterMap(await q.readCounters(opts.db, [node.code])), asOf);
}

/** Same numbers for each child, for drill-down. */
export async function getChildStats(opts: { db: Db; actor: Actor; code: string }): Promise<StatsNode[]> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  const asOf = await ensureCountersCurrent(opts.db);
  const children = await listChildren(opts.db, node.code === '' ? null : node.code, opts.actor.scopeCode);
  const rows = await q.readCounters(opts.db, children.map((c) => c.code));
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.orgCode, [...(byCode.get(r.orgCode) ?? []), r]);
  return children.map((c) => presentStats({ code: c.code, name: c.name, level: c.level }, counterMap(byCode.get(c.code) ?? []), asOf));
}

export async function getTrend(opts: { db: Db; actor: Actor; code: string; months: number }): Promise<StatsTrendPoint[]> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  const today = todayIso();
  const since = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - opts.months, 1)).toISOString().slice(0, 10);
  // One point per period and kind (the latest), so repeated on-demand snapshots of a day show once.
  const seen = new Set<string>();
  const points = (await q.trendOf(opts.db, node.code, since)).filter((p) => {
    const key = `${p.period}|${p.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return points.map(presentTrendPoint).reverse();
}

/** The month a month-end snapshot taken today closes: today if it is the last day, the previous one early on. */
export function dueMonthEnd(today: string): string | null {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d === lastDay) return `${y}-${String(m).padStart(2, '0')}`;
  // Catch up a month end the server was not running for, within the first days of the next month.
  if (d <= 5) return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return null;
}

/**
 * Takes a snapshot of every node's counters: month-end ones (at most one per month, labelled with the month
 * they close) or on demand (labelled with the day).
 */
export async function takeSnapshot(opts: { db: Db; kind: 'month_end' | 'on_demand'; actor?: Actor; today?: string }) {
  const { db } = opts;
  const today = opts.today ?? todayIso();
  const period = opts.kind === 'month_end' ? dueMonthEnd(today) : today;
  if (period === null) return null;
  await ensureCountersCurrent(db, today);
  return db.transaction(async (tx) => {
    if (opts.kind === 'month_end' && (await q.monthEndSnapshotExists(tx, period))) return null;
    const snap = await q.insertSnapshot(tx, { period, kind: opts.kind, takenOn: today, takenByName: opts.actor?.displayName ?? '系统（月末自动）' });
    // An on-demand snapshot covers the caller's part of the tree; month ends cover everything.
    const nodes = await q.copyCountersIntoSnapshot(tx, snap.id, opts.kind === 'on_demand' ? (opts.actor?.scopeCode ?? '') : '');
    if (opts.actor) {
      await insertAudit(tx, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'stats_snapshot', objectType: 'stat_snapshot', objectId: String(snap.id), outcome: 'success' });
    }
    return { id: snap.id, period, kind: opts.kind, takenOn: today, nodes };
  });
}

/**
 * Rebuilds the trend of the months before the system existed from registry dates (进入社区工作时间, 退出日期):
 * for each of the last `months` month ends, who was in post then, with today's attributes. Marked
 * 'reconstructed' so nobody mistakes it for a snapshot taken at the time.
 */
export async function reconstructMonthEnds(db: Db, months: number, today = todayIso()): Promise<number> {
  const [y, m] = today.split('-').map(Number) as [number, number];
  let made = 0;
  for (let i = months; i >= 1; i--) {
    const end = new Date(Date.UTC(y, m - i, 0));
    const at = end.toISOString().slice(0, 10);
    const period = at.slice(0, 7);
    await db.transaction(async (tx) => {
      const snap = await q.insertSnapshot(tx, { period, kind: 'reconstructed', takenOn: at, takenByName: '系统（按档案日期回溯）' });
      await q.reconstructIntoSnapshot(tx, snap.id, at);
    });
    made++;
  }
  return made;
}
