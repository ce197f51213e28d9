import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { gradingPacks } from '../../db/schema.ts';

export type PackRow = typeof gradingPacks.$inferSelect;

export async function listPacks(db: Db): Promise<PackRow[]> {
  return db.select().from(gradingPacks).orderBy(asc(gradingPacks.orgCode), asc(gradingPacks.id));
}

export async function findPack(db: Db, id: string): Promise<PackRow | undefined> {
  const [row] = await db.select().from(gradingPacks).where(eq(gradingPacks.id, id)).limit(1);
  return row;
}

/** Inserts a shipped pack unless one with its id exists (an edited pack is never overwritten). */
export async function insertPackIfMissing(db: Db, v: typeof gradingPacks.$inferInsert): Promise<void> {
  await db.insert(gradingPacks).values(v).onConflictDoNothing({ target: gradingPacks.id });
}

export async function publishedPacks(db: Db): Promise<PackRow[]> {
  return db.select().from(gradingPacks).where(sql`${gradingPacks.status} = 'published'`).orderBy(asc(gradingPacks.id));
}

export async function insertPack(db: Db, v: typeof gradingPacks.$inferInsert): Promise<PackRow> {
  const [row] = await db.insert(gradingPacks).values(v).returning();
  return row!;
}

/** Replaces a draft; returns undefined when the pack is not (or no longer) a draft. */
export async function updateDraft(db: Db, id: string, v: Partial<typeof gradingPacks.$inferInsert>): Promise<PackRow | undefined> {
  const [row] = await db
    .update(gradingPacks)
    .set({ ...v, updatedAt: new Date() })
    .where(sql`${gradingPacks.id} = ${id} and ${gradingPacks.status} = 'draft'`)
    .returning();
  return row;
}
