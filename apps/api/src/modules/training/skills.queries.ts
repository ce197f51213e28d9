import { aliasedTable, and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { mentorships, orgUnits, postCertifications, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');
const mentor = aliasedTable(workers, 'mentor');
const mentee = aliasedTable(workers, 'mentee');

export async function inPostUnder(db: Db, orgCode: string, scopeCode: string) {
  return db
    .select({ id: workers.id, name: workers.name, communityName: community.name })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(withinScope(workers.communityCode, orgCode), withinScope(workers.communityCode, scopeCode), ne(workers.status, '已退出')))
    .orderBy(sql`${workers.communityCode} collate "C"`, asc(workers.name));
}

export async function certificationsUnder(db: Db, orgCode: string, scopeCode: string) {
  return db
    .select({ workerId: postCertifications.workerId, post: postCertifications.post, certifiedOn: postCertifications.certifiedOn })
    .from(postCertifications)
    .innerJoin(workers, eq(workers.id, postCertifications.workerId))
    .where(and(withinScope(workers.communityCode, orgCode), withinScope(workers.communityCode, scopeCode)));
}

export async function certify(db: Db, workerId: number, posts: string[], on: string, by: string): Promise<string[]> {
  const rows = await db
    .insert(postCertifications)
    .values(posts.map((post) => ({ workerId, post, certifiedOn: on, certifiedBy: by })))
    .onConflictDoNothing()
    .returning({ post: postCertifications.post });
  return rows.map((r) => r.post);
}

export async function revokeCertification(db: Db, workerId: number, post: string): Promise<boolean> {
  const rows = await db
    .delete(postCertifications)
    .where(and(eq(postCertifications.workerId, workerId), eq(postCertifications.post, post)))
    .returning({ post: postCertifications.post });
  return rows.length > 0;
}

const mentorshipColumns = { m: mentorships, mentorName: mentor.name, menteeName: mentee.name, communityName: community.name };
export type MentorshipRow = { m: typeof mentorships.$inferSelect; mentorName: string; menteeName: string; communityName: string };

/** Pairs whose mentee is inside the scope (and under `org` when given). */
export async function listMentorships(db: Db, where: SQL): Promise<MentorshipRow[]> {
  return db
    .select(mentorshipColumns)
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(community, eq(community.code, mentee.communityCode))
    .where(where)
    .orderBy(desc(mentorships.startOn), desc(mentorships.id));
}
export const menteeUnder = (code: string) => withinScope(mentee.communityCode, code);
export const mentorshipById = (id: number) => eq(mentorships.id, id);

/** An unfinished pair of the same mentee overlapping the dates (one mentor at a time). */
export async function overlappingPair(db: Db, menteeId: number, startOn: string, endOn: string): Promise<boolean> {
  const [row] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(and(eq(mentorships.menteeId, menteeId), sql`${mentorships.startOn} <= ${endOn}`, sql`${mentorships.endOn} >= ${startOn}`))
    .limit(1);
  return row !== undefined;
}

export async function insertMentorship(db: Db, v: typeof mentorships.$inferInsert) {
  const [row] = await db.insert(mentorships).values(v).returning();
  return row!;
}

export async function evaluateMentorship(db: Db, id: number, evaluation: string): Promise<void> {
  await db.update(mentorships).set({ evaluation }).where(eq(mentorships.id, id));
}
