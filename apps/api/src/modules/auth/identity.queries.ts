import { and, desc, eq, gt, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { loginThrottle, passwordHistory } from '../../db/schema-identity.ts';
import { sessions } from '../../db/schema.ts';
import { sessionsChanged } from './session-cache.ts';

/** The newest `depth` passwords of the account ("not one of the last N", the current one included). */
export async function recentPasswordHashes(db: Db, userId: number, depth: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(depth);
  return rows.map((r) => r.hash);
}

/** Remembers a password just set and forgets all but the newest `depth` (the policy's history depth). */
export async function rememberPassword(db: Db, userId: number, passwordHash: string, depth: number): Promise<void> {
  await db.insert(passwordHistory).values({ userId, passwordHash });
  const keep = db
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.id))
    .limit(depth);
  await db.delete(passwordHistory).where(and(eq(passwordHistory.userId, userId), sql`${passwordHistory.id} not in (${keep})`));
}

export type ThrottleKind = 'account' | 'address';
export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

/** The latest lock end among the keys that is still in the future, if any. */
export async function activeLock(db: Db, keys: ThrottleKey[], now: Date): Promise<{ kind: ThrottleKind; until: Date } | undefined> {
  if (keys.length === 0) return undefined;
  const rows = await db
    .select({ kind: loginThrottle.kind, until: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(and(or(...keys.map((k) => and(eq(loginThrottle.kind, k.kind), eq(loginThrottle.key, k.key)))), gt(loginThrottle.lockedUntil, now)))
    .orderBy(desc(loginThrottle.lockedUntil))
    .limit(1);
  const r = rows[0];
  return r?.until ? { kind: r.kind as ThrottleKind, until: r.until } : undefined;
}

/**
 * Counts one failure atomically (concurrent attempts cannot slip past the limit); a count older than the
 * window restarts at 1. When the count reaches `max` the key is locked until `now + windowMs` and the count
 * restarts. Answers whether this failure locked the key.
 */
export async function countFailure(db: Db, k: ThrottleKey, now: Date, max: number, windowMs: number): Promise<boolean> {
  const cutoff = new Date(now.getTime() - windowMs).toISOString();
  const [row] = await db
    .insert(loginThrottle)
    .values({ kind: k.kind, key: k.key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: [loginThrottle.kind, loginThrottle.key],
      set: {
        failures: sql`case when login_throttle.last_failure_at < ${cutoff}::timestamptz then 1 else login_throttle.failures + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: loginThrottle.failures });
  if ((row?.failures ?? 0) < max) return false;
  await db
    .update(loginThrottle)
    .set({ failures: 0, lockedUntil: new Date(now.getTime() + windowMs) })
    .where(and(eq(loginThrottle.kind, k.kind), eq(loginThrottle.key, k.key)));
  return true;
}

/** A successful login clears its username's and address's counters; stale rows of others go at the same time. */
export async function clearFailures(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db
    .delete(loginThrottle)
    .where(
      or(
        ...keys.map((k) => and(eq(loginThrottle.kind, k.kind), eq(loginThrottle.key, k.key))),
        and(lt(loginThrottle.lastFailureAt, dayAgo), or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now))),
      ),
    );
}

/** The user's sessions that still work: not ended, not past their absolute end, not idle too long. */
export async function listLiveSessions(db: Db, userId: number, now: Date, idleMs: number) {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends the user's open session whose public id (the first 16 hex digits of the token hash) is `id`. */
export async function revokeSessionById(db: Db, userId: number, id: string): Promise<boolean> {
  sessionsChanged();
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), like(sessions.tokenHash, `${id}%`)))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length > 0;
}

