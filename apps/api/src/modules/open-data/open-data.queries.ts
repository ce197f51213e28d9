import { and, asc, count, desc, eq, gt, max, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.ts';
import { openApiCalls, openApiKeys } from '../../db/schema-open-data.ts';
import { orgUnits, workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';
import { resultRows } from '../stats/stats.queries.ts';

export type ApiKeyRow = typeof openApiKeys.$inferSelect;

export async function insertKey(db: Db, v: typeof openApiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(openApiKeys).values(v).returning();
  return row!;
}

/** Keys with their use, newest first; counts come from the call log so nothing is updated per call. */
export async function listKeys(db: Db, where?: SQL) {
  const use = db
    .select({ keyId: openApiCalls.keyId, calls: count().as('calls'), lastUsedAt: max(openApiCalls.at).as('last_used_at') })
    .from(openApiCalls)
    .groupBy(openApiCalls.keyId)
    .as('use');
  return db
    .select({ k: openApiKeys, scopeName: orgUnits.name, calls: use.calls, lastUsedAt: use.lastUsedAt })
    .from(openApiKeys)
    .innerJoin(orgUnits, eq(orgUnits.code, openApiKeys.scopeCode))
    .leftJoin(use, eq(use.keyId, openApiKeys.id))
    .where(where)
    .orderBy(desc(openApiKeys.id));
}
export type ListedKey = Awaited<ReturnType<typeof listKeys>>[number];

export const keyById = (id: number) => eq(openApiKeys.id, id);

export async function findKeyByHash(db: Db, secretHash: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(openApiKeys).where(eq(openApiKeys.secretHash, secretHash)).limit(1);
  return row;
}

/** Revokes unless already revoked; returns whether this call did it. */
export async function revokeKey(db: Db, id: number, byName: string): Promise<boolean> {
  const rows = await db
    .update(openApiKeys)
    .set({ revokedAt: sql`now()`, revokedByName: byName })
    .where(and(eq(openApiKeys.id, id), sql`${openApiKeys.revokedAt} is null`))
    .returning({ id: openApiKeys.id });
  return rows.length > 0;
}

export async function insertCall(db: Db, v: typeof openApiCalls.$inferInsert): Promise<void> {
  await db.insert(openApiCalls).values(v);
}

export async function listCalls(db: Db, keyId: number, limit: number, offset: number) {
  const where = eq(openApiCalls.keyId, keyId);
  const [rows, [total]] = await Promise.all([
    db.select().from(openApiCalls).where(where).orderBy(desc(openApiCalls.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(openApiCalls).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

const community = alias(orgUnits, 'c');
const street = alias(orgUnits, 's');

/** A worker with the names of their community and street; never the ciphertexts. */
function workerSelect(db: Db) {
  return db
    .select({
      id: workers.id,
      name: workers.name,
      gender: workers.gender,
      birthDate: workers.birthDate,
      ethnicity: workers.ethnicity,
      communityCode: workers.communityCode,
      communityName: community.name,
      streetCode: workers.streetCode,
      streetName: street.name,
      category: workers.category,
      positions: workers.positions,
      postClass: workers.postClass,
      grade: workers.grade,
      education: workers.education,
      inServiceEducation: workers.inServiceEducation,
      politicalStatus: workers.politicalStatus,
      swQualification: workers.swQualification,
      sourceChannel: workers.sourceChannel,
      status: workers.status,
      exitType: workers.exitType,
      exitDate: workers.exitDate,
      workStartDate: workers.workStartDate,
      communityStartDate: workers.communityStartDate,
      contractStart: workers.contractStart,
      contractEnd: workers.contractEnd,
      idNumberMasked: workers.idNumberMasked,
      phoneMasked: workers.phoneMasked,
    })
    .from(workers)
    .innerJoin(community, eq(community.code, workers.communityCode))
    .innerJoin(street, eq(street.code, workers.streetCode));
}
export type OpenWorkerRow = Awaited<ReturnType<ReturnType<typeof workerSelect>['execute']>>[number];

export async function pageWorkers(db: Db, f: { scopeCode: string; org?: string; status?: string; afterId: number; limit: number }): Promise<OpenWorkerRow[]> {
  const conds = [withinScope(workers.communityCode, f.scopeCode), gt(workers.id, f.afterId)];
  if (f.org) conds.push(withinScope(workers.communityCode, f.org));
  if (f.status) conds.push(eq(workers.status, f.status));
  return workerSelect(db)
    .where(and(...conds))
    .orderBy(asc(workers.id))
    .limit(f.limit);
}

export async function findWorker(db: Db, scopeCode: string, id: number): Promise<OpenWorkerRow | undefined> {
  const [row] = await workerSelect(db)
    .where(and(eq(workers.id, id), withinScope(workers.communityCode, scopeCode)))
    .limit(1);
  return row;
}

export interface ChangeRow {
  id: number;
  xid: string;
  worker_id: number;
  kind: string;
  occurred_on: string;
  recorded_at: string | Date;
  changes: unknown;
  community_code: string;
  in_scope: boolean;
}

/**
 * The archive in commit-safe order (A17.4). Ordered by (xid, id) and limited to transactions older than
 * the oldest one still running (pg_snapshot_xmin): every such transaction has finished, so no row can
 * later appear before the cursor. A plain `id > cursor` would skip an id taken by a transaction that
 * commits after a higher id was already read. A long transaction only delays rows, never loses them.
 *
 * Scope: rows of workers now inside the scope, and the transfer that took a worker out of it (so the
 * consumer learns they left); later rows of such a worker are not theirs to see.
 */
export async function pageChanges(
  db: Db,
  f: { scopeCode: string; after: { xid: string; id: number } | null; since?: string; limit: number },
): Promise<{ rows: ChangeRow[]; xmin: string }> {
  const inScope = withinScope(sql`w.community_code`, f.scopeCode);
  const leftScope =
    f.scopeCode === ''
      ? sql`false`
      : sql`(h.kind = 'transferred' and exists (select 1 from jsonb_array_elements(h.changes) c
          where c->>'field' = 'communityCode' and (c->'before'->>'code') collate "C" like ${`${f.scopeCode}%`}))`;
  const conds: SQL[] = [sql`h.xid < s.xmin`, sql`(${inScope} or ${leftScope})`];
  if (f.after) conds.push(sql`(h.xid, h.id) > (${f.after.xid}::xid8, ${f.after.id}::bigint)`);
  else if (f.since) conds.push(sql`h.recorded_at >= ${f.since}::timestamptz`);
  // One statement, one snapshot: the boundary and the rows below it are read together. The outer row
  // exists even when no change qualifies, so the caller still learns the boundary.
  const res = await db.execute(sql`
    with s as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
    select s.xmin::text as xmin, r.* from s left join lateral (
      select h.id, h.xid::text as xid, h.worker_id, h.kind, h.occurred_on::text as occurred_on, h.recorded_at, h.changes,
        w.community_code, ${inScope} as in_scope
      from worker_history h join workers w on w.id = h.worker_id
      where ${sql.join(conds, sql` and `)}
      order by h.xid, h.id
      limit ${f.limit}
    ) r on true
    order by r.xid::xid8, r.id`);
  const all = resultRows<ChangeRow & { xmin: string }>(res);
  const rows = all.filter((r) => r.id !== null).map((r) => ({ ...r, id: Number(r.id), worker_id: Number(r.worker_id) }));
  return { rows, xmin: all[0]!.xmin };
}
