// A worker's incentives and care record on one page: vettings, honours and career events, reserve-pool
// entries, health checks, visits and difficulties. A worker sees their own (the worker scope filter).
import type { z } from 'zod';
import type { workerIncentives as workerIncentivesSchema } from '@cwp/contracts/incentives.contract';
import { todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as careQ from './care.queries.ts';
import { presentDifficulty, presentVisit } from './care.service.ts';
import * as q from './incentives.queries.ts';
import { presentEvent, presentReserve, presentVetting } from './incentives.service.ts';

export async function workerIncentives(opts: { db: Db; actor: Actor; id: number }): Promise<z.infer<typeof workerIncentivesSchema>> {
  const { db } = opts;
  const found = await findWorkerInScope(db, opts.actor, opts.id);
  if (!found) throw notFound();
  const id = found.worker.id;
  // The worker is inside the caller's scope, so their own community is scope enough for the joins below.
  const scope = found.worker.communityCode;
  const today = todayIso();
  const [vettings, events, reserve, checks, visits, difficulties] = await Promise.all([
    q.workerVettings(db, id),
    q.listEvents(db, { scopeCode: scope, workerId: id }),
    q.listReserve(db, q.reserveOfWorker(id)),
    careQ.workerHealthChecks(db, id),
    careQ.listVisits(db, { scopeCode: scope, workerId: id }),
    careQ.listDifficulties(db, { scopeCode: scope, workerId: id }),
  ]);
  return {
    vettings: vettings.map(presentVetting),
    events: events.map(presentEvent),
    reserve: reserve.map(presentReserve),
    healthChecks: checks.map((h) => ({ year: h.year, scheduledOn: h.scheduledOn, completedOn: h.completedOn, institution: h.institution })),
    visits: visits.map(presentVisit),
    difficulties: difficulties.map((d) => presentDifficulty(d, today)),
  };
}
