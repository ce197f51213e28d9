import type { findLiveSession } from './auth.queries.ts';

type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

// Bumped by every write that can end a session or change what its user may do (revocation, password, role,
// scope, disabling); an entry read before the latest bump is never served. Module-wide, so every app
// instance in the process (tests run several) sees it.
let epoch = 0;

/** Called by the queries that revoke sessions or change users. */
export function sessionsChanged(): void {
  epoch += 1;
}

/**
 * The session lookup that every authenticated request makes, remembered for `ttlMs` (issue 8 load goal: it
 * was one of the two database round trips of a worker detail read). Safety: a revocation, password change,
 * role grant or disabled account in this process invalidates every entry at once; a change made by another
 * API process or directly in the database is seen within `ttlMs` (default one second). The idle and absolute
 * expiry are still judged on each request from the remembered times. `ttlMs` 0 turns the cache off.
 */
export class SessionCache {
  private readonly entries = new Map<string, { row: LiveSession; epoch: number; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The epoch to pass to `remember` for a row read from now on. */
  readEpoch(): number {
    return epoch;
  }

  get(tokenHash: string, now: number): LiveSession | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (e.epoch !== epoch || now - e.at >= this.ttlMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e.row;
  }

  remember(tokenHash: string, row: LiveSession, readEpoch: number, now: number): void {
    if (!this.enabled || readEpoch !== epoch) return;
    if (this.entries.size >= this.maxEntries) this.prune(now);
    this.entries.set(tokenHash, { row, epoch: readEpoch, at: now });
  }

  /** After the request itself wrote lastSeenAt, so the next one does not write it again. */
  touched(tokenHash: string, at: Date): void {
    const e = this.entries.get(tokenHash);
    if (e) e.row = { ...e.row, session: { ...e.row.session, lastSeenAt: at } };
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  private prune(now: number): void {
    for (const [k, e] of this.entries) if (e.epoch !== epoch || now - e.at >= this.ttlMs) this.entries.delete(k);
    // Still full of fresh entries (more live sessions than the cap): start over rather than grow.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
  }
}
