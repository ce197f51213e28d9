// Training compliance (A8.2, A8.3) of everyone in post under a unit, judged per worker by the domain rules
// from their role spans (rebuilt from the archive) and completed programmes. Three queries per unit, then
// pure computation; a county's few thousand workers take milliseconds.
import type { ComplianceItem, ComplianceList } from '@cwp/contracts/training.contract';
import { todayIso } from '@cwp/domain/dates';
import { countyOrAbove, roleSpans, trainingCompliance, type CompletedTraining, type PositionChange, type TrainingPolicy } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../security/actor.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import * as q from './compliance.queries.ts';

function groupBy<T extends { workerId: number }, U>(rows: T[], map: (r: T) => U): Map<number, U[]> {
  const out = new Map<number, U[]>();
  for (const r of rows) {
    const list = out.get(r.workerId) ?? [];
    list.push(map(r));
    out.set(r.workerId, list);
  }
  return out;
}

export async function complianceOf(db: Db, only: { orgCode: string } | { workerId: number }, policy: TrainingPolicy, today: string): Promise<ComplianceItem[]> {
  const [people, changes, trainings] = await Promise.all([q.inPostWorkers(db, only), q.positionChanges(db, only), q.completedTrainings(db, only)]);
  const changesBy = groupBy(changes, (c): PositionChange => ({ on: c.on, before: c.before ?? [], after: c.after ?? [] }));
  const trainingsBy = groupBy(trainings, (t): CompletedTraining => ({ on: t.on, countyOrAbove: countyOrAbove(t.organiserCode) }));
  return people.map((w) => {
    const spans = roleSpans(w.communityStartDate, w.positions, changesBy.get(w.id) ?? []);
    const r = trainingCompliance({ today, communityStartDate: w.communityStartDate, spans, trainings: trainingsBy.get(w.id) ?? [], policy });
    return { workerId: w.id, name: w.name, communityName: w.communityName, positions: w.positions, ...r };
  });
}

const ORDER = { overdue: 0, due: 1, ok: 2 } as const;

export async function getCompliance(opts: {
  db: Db;
  actor: Actor;
  policy: TrainingPolicy;
  query: { org: string; status?: ComplianceItem['status']; rule?: ComplianceItem['rule']; page: number; pageSize: number };
}): Promise<ComplianceList> {
  const { query } = opts;
  const node = await loadStatsNode(opts.db, opts.actor, query.org);
  const today = todayIso();
  const all = await complianceOf(opts.db, { orgCode: node.code }, opts.policy, today);
  const count = (s: ComplianceItem['status']) => all.filter((i) => i.status === s).length;
  const key = all.filter((i) => i.rule === 'A8.2');
  const filtered = all
    .filter((i) => (!query.status || i.status === query.status) && (!query.rule || i.rule === query.rule))
    // Most urgent first: overdue, then due soon, each by deadline.
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: filtered.slice(start, start + query.pageSize),
    total: filtered.length,
    summary: {
      workers: all.length,
      ok: count('ok'),
      due: count('due'),
      overdue: count('overdue'),
      keyRoleWorkers: key.length,
      keyRoleOk: key.filter((i) => i.status !== 'overdue').length,
      rate: all.length ? Math.round(((all.length - count('overdue')) / all.length) * 10000) / 10000 : null,
    },
    asOf: today,
  };
}
