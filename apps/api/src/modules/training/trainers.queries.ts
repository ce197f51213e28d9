import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnits, trainers, trainingProgrammes } from '../../db/schema.ts';
import { onPathOf, visibleOwners } from '../../db/scope.ts';

export type TrainerRow = typeof trainers.$inferSelect;
export type ListedTrainer = { t: TrainerRow; orgName: string; programmes: number };

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Programmes that name the trainer, counting only those the scope can see (the same path rule). */
const programmeCount = (scopeCode: string) =>
  sql<number>`(select count(*) from ${trainingProgrammes} where ${trainers.id} = any(${trainingProgrammes.trainerIds}) and ${onPathOf(trainingProgrammes.organiserCode, scopeCode)})`.mapWith(Number);

const columns = (scopeCode: string) => ({ t: trainers, orgName: orgUnits.name, programmes: programmeCount(scopeCode) });

export interface TrainerFilter {
  scopeCode: string;
  org?: string;
  topic?: string;
  q?: string;
  activeOnly?: boolean;
}

export async function listTrainers(db: Db, f: TrainerFilter): Promise<ListedTrainer[]> {
  const c: SQL[] = [visibleOwners(trainers.orgCode, f.scopeCode, f.org)];
  if (f.topic) c.push(sql`${f.topic} = any(${trainers.topics})`);
  if (f.q) c.push(or(ilike(trainers.name, `%${escapeLike(f.q)}%`), ilike(trainers.affiliation, `%${escapeLike(f.q)}%`))!);
  if (f.activeOnly) c.push(eq(trainers.active, true));
  return db
    .select(columns(f.scopeCode))
    .from(trainers)
    .innerJoin(orgUnits, eq(orgUnits.code, trainers.orgCode))
    .where(and(...c))
    .orderBy(desc(trainers.active), sql`${trainers.orgCode} collate "C"`, asc(trainers.name), asc(trainers.id));
}

/** One trainer the scope can see (its own pool or a pool above it). */
export async function findVisibleTrainer(db: Db, id: number, scopeCode: string): Promise<ListedTrainer | undefined> {
  const [row] = await db
    .select(columns(scopeCode))
    .from(trainers)
    .innerJoin(orgUnits, eq(orgUnits.code, trainers.orgCode))
    .where(and(eq(trainers.id, id), visibleOwners(trainers.orgCode, scopeCode)))
    .limit(1);
  return row;
}

export async function insertTrainer(db: Db, v: typeof trainers.$inferInsert): Promise<TrainerRow> {
  const [row] = await db.insert(trainers).values(v).returning();
  return row!;
}

export async function updateTrainer(db: Db, id: number, v: Omit<typeof trainers.$inferInsert, 'id' | 'createdBy' | 'createdAt'>): Promise<TrainerRow | undefined> {
  const [row] = await db.update(trainers).set(v).where(eq(trainers.id, id)).returning();
  return row;
}
