// The read side of the open data API (A17.4): what a consuming system sees through its key. Every read is
// confined to the key's scope (outside it answers 404, like a missing record) and to its field set.
import { msg } from '@cwp/contracts/messages';
import type { OpenChange, OpenField, OpenWorker } from '@cwp/contracts/open-data.contract';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { getStats } from '../stats/stats.service.ts';
import { presentOpenChanges, presentOpenWorker } from './open-data-fields.ts';
import { hashSecret, keyState, sameHash, SECRET_PREFIX } from './open-data-keys.service.ts';
import * as q from './open-data.queries.ts';

/** What a request carries once its key is accepted. */
export interface OpenKey {
  id: number;
  name: string;
  scopeCode: string;
  fields: OpenField[];
}

const REFUSED = msg('开放接口密钥无效、已停用或已过期', 'The API key is invalid, revoked or expired');

/** Resolves `Authorization: Bearer cwp_…` to a usable key, read afresh on every call so revocation is immediate. */
export async function authenticateKey(db: Db, header: string | undefined): Promise<OpenKey> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const secret = m?.[1];
  if (!secret || !secret.startsWith(SECRET_PREFIX) || secret.length > 100) throw new AppError('UNAUTHENTICATED', REFUSED);
  const hash = hashSecret(secret);
  const row = await q.findKeyByHash(db, hash);
  if (!row || !sameHash(row.secretHash, hash) || keyState(row) !== 'active') throw new AppError('UNAUTHENTICATED', REFUSED);
  return { id: row.id, name: row.name, scopeCode: row.scopeCode, fields: row.fields as OpenField[] };
}

const INVALID_CURSOR = msg('游标无效，请使用上一页返回的 nextCursor', 'Invalid cursor; pass the nextCursor of the previous page');
const badCursor = () => new AppError('VALIDATION_FAILED', INVALID_CURSOR, [{ path: 'cursor', message: INVALID_CURSOR }]);

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
function decode(cursor: string, pattern: RegExp): RegExpExecArray {
  const m = pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badCursor();
  return m;
}

export async function listWorkers(opts: { db: Db; key: OpenKey; org?: string; status?: string; cursor?: string; limit: number }) {
  const { db, key } = opts;
  // A unit outside the key's scope reads as unknown, exactly like one that does not exist.
  if (opts.org && !opts.org.startsWith(key.scopeCode)) throw notFound(msg('该单位不存在或不在本密钥的数据范围内', 'This unit does not exist or is outside the key’s scope'));
  const afterId = opts.cursor ? Number(decode(opts.cursor, /^w:(\d{1,15})$/)[1]) : 0;
  const rows = await q.pageWorkers(db, { scopeCode: key.scopeCode, org: opts.org, status: opts.status, afterId, limit: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  const items: OpenWorker[] = page.map((r) => presentOpenWorker(r, key.fields));
  return { items, nextCursor: rows.length > opts.limit ? encode(`w:${page.at(-1)!.id}`) : null };
}

export async function getWorker(opts: { db: Db; key: OpenKey; id: number }): Promise<OpenWorker> {
  const row = await q.findWorker(opts.db, opts.key.scopeCode, opts.id);
  if (!row) throw notFound();
  return presentOpenWorker(row, opts.key.fields);
}

/** The stats module's numbers for a unit, as a reader whose scope is the key's (aggregates only, no persons). */
export async function unitStats(opts: { db: Db; key: OpenKey; code: string }): Promise<StatsNode> {
  const reader: Actor = { userId: 0, username: `openapi:${opts.key.id}`, displayName: opts.key.name, role: 'auditor', scopeCode: opts.key.scopeCode, workerId: null, permissions: [], ip: null };
  return getStats({ db: opts.db, actor: reader, code: opts.code });
}

/** The largest id a cursor can carry; a boundary cursor (xid, MAX) means "everything in that xid is read". */
const MAX_ID = Number.MAX_SAFE_INTEGER;

/**
 * The change feed: archive rows of the key's scope after the cursor, each exactly once, in (xid, id)
 * order (see pageChanges for why not id). When a page is not full, everything below the boundary has been
 * read, so the cursor moves up to it and later polls skip what was filtered out.
 */
export async function changes(opts: { db: Db; key: OpenKey; cursor?: string; since?: string; limit: number }) {
  const { db, key } = opts;
  let after: { xid: string; id: number } | null = null;
  if (opts.cursor) {
    const m = decode(opts.cursor, /^c:(\d{1,20})\.(\d{1,16})$/);
    after = { xid: m[1]!, id: Number(m[2]) };
  }
  const { rows, xmin } = await q.pageChanges(db, { scopeCode: key.scopeCode, after, since: opts.since, limit: opts.limit });
  const items: OpenChange[] = rows.map((r) => ({
    id: r.id,
    workerId: r.worker_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    recordedAt: new Date(r.recorded_at).toISOString(),
    communityCode: r.in_scope ? r.community_code : null,
    inScope: r.in_scope,
    changes: presentOpenChanges(r.changes, key.fields),
  }));
  const hasMore = rows.length === opts.limit;
  let next = after;
  if (rows.length) next = { xid: rows.at(-1)!.xid, id: rows.at(-1)!.id };
  if (!hasMore) {
    const boundary = { xid: (BigInt(xmin) - 1n).toString(), id: MAX_ID };
    if (!next || BigInt(boundary.xid) > BigInt(next.xid)) next = boundary;
  }
  return { items, hasMore, nextCursor: encode(`c:${next!.xid}.${next!.id}`) };
}
