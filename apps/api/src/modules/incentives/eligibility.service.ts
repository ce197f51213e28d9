// 事业编 eligibility (A13.2) of everyone in post under a unit: continuous community service rebuilt from the
// archive (an exit closes it, a return opens a new stretch), secretary terms from the recorded position
// changes, and published assessment results; each decision explained by the domain rule.
import { careerEligibility, type CareerPolicy, type Period } from '@cwp/domain/career';
import { todayIso } from '@cwp/domain/dates';
import { roleSpans, type PositionChange } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../security/actor.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import * as q from './eligibility.queries.ts';

type Event = Awaited<ReturnType<typeof q.serviceEvents>>[number];

function byWorker<T extends { workerId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.workerId);
    if (list) list.push(r);
    else out.set(r.workerId, [r]);
  }
  return out;
}

/** Service periods from the start date through exits and returns, oldest first. */
export function servicePeriods(start: string, events: readonly Event[]): Period[] {
  const periods: Period[] = [];
  let open: string | null = start;
  for (const e of [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) {
    const status = e.changes.find((c) => c.field === 'status');
    if (e.kind === 'exited' && open) {
      periods.push({ from: open, to: e.on });
      open = null;
    } else if (e.kind === 'status_changed' && !open && status?.before === '已退出') open = e.on;
  }
  if (open) periods.push({ from: open, to: null });
  return periods;
}

export async function careerEligibilityList(opts: { db: Db; actor: Actor; org: string; eligibleOnly: boolean; policy: CareerPolicy }) {
  const node = await loadStatsNode(opts.db, opts.actor, opts.org);
  const today = todayIso();
  const [people, events, results] = await Promise.all([q.inPost(opts.db, node.code), q.serviceEvents(opts.db, node.code), q.results(opts.db, node.code)]);
  const eventsBy = byWorker(events);
  const resultsBy = byWorker(results);
  const items = people.map((w) => {
    const mine = eventsBy.get(w.id) ?? [];
    const changes: PositionChange[] = mine
      .filter((e) => e.kind === 'updated')
      .flatMap((e) => e.changes.filter((c) => c.field === 'positions').map((c) => ({ on: e.on, before: (c.before as string[] | null) ?? [], after: (c.after as string[] | null) ?? [] })));
    const secretary = roleSpans(w.communityStartDate, w.positions, changes, (ps) => ps.includes('党组织书记'))
      .filter((s) => s.key)
      .map(({ from, to }) => ({ from, to }));
    const rs = resultsBy.get(w.id) ?? [];
    // Each year's scheme names its own grades (优秀/称职… or 优秀/良好/合格/不合格): the rule needs only "top" and "failing".
    const named: Record<number, string> = Object.fromEntries(rs.map((r) => [r.year, r.top ? '优秀' : r.failing ? '不称职' : r.grade]));
    const d = careerEligibility({ today, service: servicePeriods(w.communityStartDate, mine), secretary, results: named, topGrade: '优秀', failingGrade: '不称职' }, opts.policy);
    return { workerId: w.id, name: w.name, communityName: w.communityName, ...d };
  });
  return { items: opts.eligibleOnly ? items.filter((i) => i.eligible) : items, policy: opts.policy };
}
