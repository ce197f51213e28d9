import { aliasedTable, and, desc, eq, gte, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { conductNotes, orgUnits, workers } from '../../db/schema.ts';
import { supervisionTalks } from '../../db/schema-supervision.ts';
import { withinScope } from '../../db/scope.ts';

const community = aliasedTable(orgUnits, 'community');

const talkColumns = { t: supervisionTalks, workerName: workers.name, communityName: community.name };
export type TalkRow = { t: typeof supervisionTalks.$inferSelect; workerName: string; communityName: string };

/** Talks of workers whose current community lies in both the scope and the chosen unit. */
export async function listTalks(db: Db, opts: { scopeCode: string; org?: string; workerId?: number; id?: number; from?: string; to?: string }): Promise<TalkRow[]> {
  const c: SQL[] = [withinScope(workers.communityCode, opts.scopeCode)];
  if (opts.org) c.push(withinScope(workers.communityCode, opts.org));
  if (opts.workerId) c.push(eq(supervisionTalks.workerId, opts.workerId));
  if (opts.id) c.push(eq(supervisionTalks.id, opts.id));
  if (opts.from) c.push(gte(supervisionTalks.talkedOn, opts.from));
  if (opts.to) c.push(lte(supervisionTalks.talkedOn, opts.to));
  return db
    .select(talkColumns)
    .from(supervisionTalks)
    .innerJoin(workers, eq(workers.id, supervisionTalks.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(...c))
    .orderBy(desc(supervisionTalks.talkedOn), desc(supervisionTalks.id));
}

export async function insertTalk(db: Db, v: typeof supervisionTalks.$inferInsert) {
  const [row] = await db.insert(supervisionTalks).values(v).returning();
  return row!;
}

/** Facts for the warning list: every talk and every conduct note of workers in post under a unit. */
export async function warningFacts(db: Db, opts: { scopeCode: string; org: string; since: string }) {
  const inPost = and(withinScope(workers.communityCode, opts.scopeCode), withinScope(workers.communityCode, opts.org), ne(workers.status, '已退出'));
  const people = { workerId: workers.id, name: workers.name, communityCode: workers.communityCode, communityName: community.name };
  const talks = await db
    .select({ ...people, talkedOn: supervisionTalks.talkedOn, kind: supervisionTalks.kind, nextTalkOn: supervisionTalks.nextTalkOn })
    .from(supervisionTalks)
    .innerJoin(workers, eq(workers.id, supervisionTalks.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(inPost);
  const conduct = await db
    .select({ ...people, occurredOn: conductNotes.occurredOn, kind: conductNotes.kind, resolved: conductNotes.resolved })
    .from(conductNotes)
    .innerJoin(workers, eq(workers.id, conductNotes.workerId))
    .innerJoin(community, eq(community.code, workers.communityCode))
    .where(and(inPost, or(eq(conductNotes.resolved, false), gte(conductNotes.occurredOn, opts.since))));
  return { talks, conduct };
}

