import { and, asc, count, desc, eq, gt, gte, ilike, isNotNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditLog } from '../../db/schema.ts';
import { auditChainState } from '../../db/schema-audit.ts';
import type { Actor } from '../../security/actor.ts';
import { chainHash, GENESIS_HASH, normaliseDetail } from './audit-chain.ts';

export interface AuditEntry {
  actorUserId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  outcome: 'success' | 'failure';
  detail?: Record<string, unknown> | null;
}

export type ChainState = typeof auditChainState.$inferSelect;

function rowsOf<T>(res: unknown): T[] {
  return (res as { rows: T[] }).rows;
}

/**
 * Locks the chain's state row for the rest of the caller's transaction: the one point every audit writer
 * passes, so appends are linear under concurrency. Creates the row (chaining any records written before
 * the chain existed) on first use.
 */
export async function lockChainState(tx: Db): Promise<ChainState> {
  const [state] = await tx.select().from(auditChainState).where(eq(auditChainState.id, 1)).for('update');
  if (state) return state;
  await initialiseChain(tx);
  const [created] = await tx.select().from(auditChainState).where(eq(auditChainState.id, 1)).for('update');
  return created!;
}

const CHAIN_BATCH = 2000;

/**
 * Records written before the chain existed (an installation upgraded to this version) are chained once,
 * in id order, by the first writer or at start-up (ensureAuditChain); an advisory lock keeps two
 * starters from doing it twice.
 */
async function initialiseChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cwp.audit_chain.init'))`);
  const [again] = await tx.select({ id: auditChainState.id }).from(auditChainState).where(eq(auditChainState.id, 1));
  if (again) return;
  const [firstHashed] = await tx.select().from(auditLog).where(isNotNull(auditLog.hash)).orderBy(asc(auditLog.id)).limit(1);
  if (firstHashed) {
    // Chained records but no state row: the row was removed. Never re-hash (that would launder any
    // tampering); take the ends from the records as they are and let `audit verify` judge them.
    const [lastHashed] = await tx.select().from(auditLog).where(isNotNull(auditLog.hash)).orderBy(desc(auditLog.id)).limit(1);
    await tx.insert(auditChainState).values({ id: 1, headId: lastHashed!.id, headHash: lastHashed!.hash!, anchorId: firstHashed.id - 1, anchorHash: firstHashed.prevHash ?? GENESIS_HASH });
    return;
  }
  let prev = GENESIS_HASH;
  let headId = 0;
  for (;;) {
    const batch = await tx.select().from(auditLog).where(gt(auditLog.id, headId)).orderBy(asc(auditLog.id)).limit(CHAIN_BATCH);
    if (batch.length === 0) break;
    const values = batch.map((r) => {
      const hash = chainHash(prev, { ...r, detail: r.detail ?? null });
      const v = sql`(${r.id}::bigint, ${prev}, ${hash})`;
      prev = hash;
      return v;
    });
    await tx.execute(sql`update audit_log set prev_hash = v.p, hash = v.h from (values ${sql.join(values, sql`, `)}) as v(id, p, h) where audit_log.id = v.id`);
    headId = batch[batch.length - 1]!.id;
  }
  await tx.insert(auditChainState).values({ id: 1, headId, headHash: prev, anchorId: 0, anchorHash: GENESIS_HASH });
}

/** Start-up step: makes sure the chain state exists (and chains pre-existing records) before serving. */
export async function ensureAuditChain(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await lockChainState(tx);
  });
}

/**
 * Call inside the transaction of the change it records, so the change and its audit row land together.
 * The append is chained: SM3(previous hash ‖ this record), under the chain lock held until that
 * transaction ends (a savepoint when called inside one, its own transaction otherwise).
 */
export async function insertAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    const state = await lockChainState(tx);
    // The id is drawn only now, under the lock, so id order is chain order.
    const [next] = rowsOf<{ id: string | number }>(await tx.execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`));
    const id = Number(next!.id);
    const fields = {
      at: new Date(),
      actorUserId: e.actorUserId,
      actorName: e.actorName,
      ip: e.ip,
      action: e.action,
      objectType: e.objectType ?? null,
      objectId: e.objectId ?? null,
      outcome: e.outcome,
      detail: normaliseDetail(e.detail),
    };
    const hash = chainHash(state.headHash, fields);
    await tx.insert(auditLog).values({ id, ...fields, prevHash: state.headHash, hash });
    await tx.update(auditChainState).set({ headId: id, headHash: hash }).where(eq(auditChainState.id, 1));
  });
}

/** A successful action by the acting user on one object: the common case of insertAudit. */
export function auditSuccess(db: Db, actor: Actor, action: string, objectType: string, objectId: number | string, detail: Record<string, unknown> = {}): Promise<void> {
  return insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action, objectType, objectId: String(objectId), outcome: 'success', detail });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  /** Object type, or `type#id` for one object. */
  object?: string;
  outcome?: 'success' | 'failure';
  /** Client address: an exact address or its beginning (a subnet such as 10.1.). */
  ip?: string;
  from?: string;
  to?: string;
}

export function auditWhere(f: AuditFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.actor) conds.push(ilike(auditLog.actorName, `%${escapeLike(f.actor)}%`));
  if (f.object) {
    const [type, id] = f.object.split('#', 2);
    if (type) conds.push(eq(auditLog.objectType, type));
    if (id) conds.push(eq(auditLog.objectId, id));
  }
  if (f.outcome) conds.push(eq(auditLog.outcome, f.outcome));
  if (f.ip) conds.push(or(eq(auditLog.ip, f.ip), like(auditLog.ip, `${escapeLike(f.ip)}%`))!);
  if (f.from) conds.push(gte(auditLog.at, new Date(`${f.from}T00:00:00+08:00`)));
  if (f.to) conds.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  return conds.length ? and(...conds) : undefined;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listAudit(db: Db, f: AuditFilter & { limit: number; offset: number }) {
  const where = auditWhere(f);
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** One page of a search, newest first, below `beforeId` (keyset paging for exports of any size). */
export function auditPageBefore(db: Db, f: AuditFilter, beforeId: number | null, limit: number) {
  const where = and(auditWhere(f), beforeId === null ? undefined : lt(auditLog.id, beforeId));
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit);
}

/** Records after `afterId` up to `throughId` in id (= chain) order, for verification. */
export function chainBatch(db: Db, afterId: number, throughId: number, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(gt(auditLog.id, afterId), lte(auditLog.id, throughId)))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

export async function readChainState(db: Db): Promise<ChainState | null> {
  const [state] = await db.select().from(auditChainState).where(eq(auditChainState.id, 1));
  return state ?? null;
}

export async function findByHash(db: Db, hash: string): Promise<{ id: number } | null> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.hash, hash)).limit(1);
  return row ?? null;
}

export async function hashOfRecord(db: Db, id: number): Promise<string | null> {
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, id)).limit(1);
  return row?.hash ?? null;
}

export async function firstIdAfter(db: Db, afterId: number): Promise<number | null> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(1);
  return row?.id ?? null;
}

/** The last record of the purgeable prefix: everything after the anchor written before `cutoff`. */
export async function lastIdBefore(db: Db, anchorId: number, headId: number, cutoff: Date): Promise<number> {
  const [younger] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(gt(auditLog.id, anchorId), lte(auditLog.id, headId), gte(auditLog.at, cutoff)))
    .orderBy(asc(auditLog.id))
    .limit(1);
  if (younger) {
    const [prev] = await db.select({ id: auditLog.id }).from(auditLog).where(and(gt(auditLog.id, anchorId), lt(auditLog.id, younger.id))).orderBy(desc(auditLog.id)).limit(1);
    return prev?.id ?? anchorId;
  }
  return headId;
}

export async function deleteThrough(db: Db, throughId: number): Promise<number> {
  const res = await db.execute(sql`delete from audit_log where id <= ${throughId}`);
  return (res as { rowCount?: number; affectedRows?: number }).rowCount ?? (res as { affectedRows?: number }).affectedRows ?? 0;
}

export async function setAnchor(db: Db, anchor: { anchorId: number; anchorHash: string; purgedBefore: Date }): Promise<void> {
  await db.update(auditChainState).set({ ...anchor, purgedAt: new Date() }).where(eq(auditChainState.id, 1));
}
