import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { preparedOnce } from '../../db/prepared.ts';
import { sessionsChanged } from './session-cache.ts';
import { orgUnits, sessions, users } from '../../db/schema.ts';

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return row;
}

export async function findUserById(db: Db, id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db.insert(sessions).values(s);
}

const liveSession = (db: Db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(sessions.revokedAt), eq(users.active, true), eq(users.authorized, true)))
    .limit(1)
    .prepare('cwp_live_session');

/** The live session for a token with its user, or nothing when revoked, expired or the user was disabled. Runs on every request, hence prepared. */
export async function findLiveSession(db: Db, tokenHash: string) {
  const [row] = await preparedOnce(db, 'cwp_live_session', liveSession).execute({ tokenHash });
  return row;
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(db: Db, tokenHash: string): Promise<void> {
  sessionsChanged();
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Db, userId: number, exceptTokenHash?: string): Promise<void> {
  sessionsChanged();
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptTokenHash ? sql`${sessions.tokenHash} <> ${exceptTokenHash}` : undefined,
      ),
    );
}

export async function setPassword(db: Db, userId: number, passwordHash: string, mustChange: boolean): Promise<void> {
  sessionsChanged();
  await db.update(users).set({ passwordHash, mustChangePassword: mustChange }).where(eq(users.id, userId));
}

export async function recordLogin(db: Db, userId: number): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
}

export async function findOrgName(db: Db, code: string) {
  const [row] = await db.select({ name: orgUnits.name, level: orgUnits.level }).from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  return row;
}
