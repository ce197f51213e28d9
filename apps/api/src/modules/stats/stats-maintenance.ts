import { todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { ageBandBoundaries, mergeDeltas, rollupCodes, workerDeltas, type CounterDelta, type StatSubject } from './stats-dimensions.ts';
import * as q from './stats.queries.ts';

/**
 * Moves workers whose birthday pushed them into the next age band since the counters' as-of date.
 * Runs inside the caller's transaction under an exclusive lock on the as-of row, so it happens once.
 */
async function rollAgeBands(tx: Db, today: string): Promise<string> {
  const asOf = await q.getAsOf(tx, 'update');
  if (asOf === null) {
    await q.rebuildCounters(tx, today);
    return today;
  }
  if (asOf >= today) return asOf;
  const before = ageBandBoundaries(asOf);
  const after = ageBandBoundaries(today);
  const deltas: CounterDelta[] = [];
  for (let i = 0; i < before.length; i++) {
    const { band, next, latestBirth: from } = before[i]!;
    for (const { communityCode, n } of await q.countBornBetween(tx, from, after[i]!.latestBirth)) {
      for (const orgCode of rollupCodes(communityCode)) {
        deltas.push({ orgCode, dim: 'ageBand', value: band, n: -n }, { orgCode, dim: 'ageBand', value: next, n });
      }
    }
  }
  await q.applyDeltas(tx, mergeDeltas(deltas));
  await q.setAsOf(tx, today);
  return today;
}

/** Brings the counters to today (age bands) before they are read; cheap when already current. */
export async function ensureCountersCurrent(db: Db, today = todayIso()): Promise<string> {
  const asOf = await q.getAsOf(db);
  if (asOf !== null && asOf >= today) return asOf;
  return db.transaction((tx) => rollAgeBands(tx, today));
}

/**
 * Applies one worker change to the counters inside the change's own transaction (A16.1: the statistics
 * are always current). Age bands are taken as of the counters' own date, which a later roll-over moves
 * forward for everyone alike; the shared lock keeps that roll-over from interleaving with this change.
 */
export async function recordWorkerChange(tx: Db, before: StatSubject | null, after: StatSubject | null): Promise<void> {
  const asOf = await q.getAsOf(tx, 'share');
  // No as-of date means the counters were never built; the first read rebuilds them from the table.
  if (asOf === null) return;
  await q.applyDeltas(tx, workerDeltas(before, after, asOf));
}

export async function rebuildAllCounters(db: Db, today = todayIso()): Promise<void> {
  await db.transaction((tx) => q.rebuildCounters(tx, today));
}
