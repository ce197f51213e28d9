import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, users, workers } from '../../db/schema.ts';
import { sessionsChanged } from '../auth/session-cache.ts';

export type UserRow = typeof users.$inferSelect;

export async function listUsers(db: Db, f: { q?: string; limit: number; offset: number }) {
  const where: SQL | undefined = f.q ? or(ilike(users.username, `%${f.q}%`), ilike(users.displayName, `%${f.q}%`)) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users, scopeName: orgUnits.name })
      .from(users)
      .leftJoin(orgUnits, eq(orgUnits.code, users.scopeCode))
      .where(where)
      .orderBy(asc(users.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findUser(db: Db, id: number) {
  const [row] = await db
    .select({ user: users, scopeName: orgUnits.name })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.code, users.scopeCode))
    .where(eq(users.id, id))
    .limit(1);
  return row;
}

export async function insertUser(db: Db, v: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(v).returning();
  return row!;
}

export async function updateUser(db: Db, id: number, v: Partial<typeof users.$inferInsert>): Promise<void> {
  // Role, scope, state and password decide what a signed-in session may do: no cached session outlives them.
  sessionsChanged();
  await db.update(users).set(v).where(eq(users.id, id));
}

/** A worker who has left keeps no working login (A9.3). */
export async function deactivateAccountsOfWorker(db: Db, workerId: number): Promise<void> {
  sessionsChanged();
  await db.update(users).set({ active: false }).where(and(eq(users.workerId, workerId), eq(users.active, true)));
}

export async function orgExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.code, code)).limit(1);
  return !!row;
}

/** The worker's status when the worker belongs to that community; undefined otherwise. */
export async function findWorkerStatusInCommunity(db: Db, workerId: number, communityCode: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: workers.status })
    .from(workers)
    .where(and(eq(workers.id, workerId), eq(workers.communityCode, communityCode)))
    .limit(1);
  return row?.status;
}
