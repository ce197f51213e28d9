import { and, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, trainingResources } from '../../db/schema.ts';
import { visibleOwners } from '../../db/scope.ts';
import { escapeLike } from './trainers.queries.ts';

export type ResourceRow = typeof trainingResources.$inferSelect;
export type ListedResource = { r: ResourceRow; orgName: string };

const columns = { r: trainingResources, orgName: orgUnits.name };

export interface ResourceFilter {
  scopeCode: string;
  org?: string;
  kind?: string;
  topic?: string;
  q?: string;
}

/** Resources on the scope's path (the same rule as the trainer pool), newest first; removed ones never. */
export async function listResources(db: Db, f: ResourceFilter): Promise<ListedResource[]> {
  const c: SQL[] = [visibleOwners(trainingResources.orgCode, f.scopeCode, f.org), isNull(trainingResources.removedAt)];
  if (f.kind) c.push(eq(trainingResources.kind, f.kind));
  if (f.topic) c.push(sql`${f.topic} = any(${trainingResources.topics})`);
  if (f.q) c.push(or(ilike(trainingResources.title, `%${escapeLike(f.q)}%`), ilike(trainingResources.fileName, `%${escapeLike(f.q)}%`))!);
  return db
    .select(columns)
    .from(trainingResources)
    .innerJoin(orgUnits, eq(orgUnits.code, trainingResources.orgCode))
    .where(and(...c))
    .orderBy(desc(trainingResources.uploadedAt), desc(trainingResources.id));
}

/** A resource the scope can see and that has not been removed. */
export async function findVisibleResource(db: Db, id: number, scopeCode: string): Promise<ListedResource | undefined> {
  const [row] = await db
    .select(columns)
    .from(trainingResources)
    .innerJoin(orgUnits, eq(orgUnits.code, trainingResources.orgCode))
    .where(and(eq(trainingResources.id, id), visibleOwners(trainingResources.orgCode, scopeCode), isNull(trainingResources.removedAt)))
    .limit(1);
  return row;
}

export async function insertResource(db: Db, v: typeof trainingResources.$inferInsert): Promise<ResourceRow> {
  const [row] = await db.insert(trainingResources).values(v).returning();
  return row!;
}

/** Marks a resource removed unless someone removed it first (then undefined). */
export async function markRemoved(db: Db, id: number): Promise<ResourceRow | undefined> {
  const [row] = await db
    .update(trainingResources)
    .set({ removedAt: sql`now()` })
    .where(and(eq(trainingResources.id, id), isNull(trainingResources.removedAt)))
    .returning();
  return row;
}
