// Key management for the open data API (A17.4), by the system administrator (openapi:manage). A key is
// one consuming system: its scope, its field set and an optional expiry. The secret is returned once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { msg } from '@cwp/contracts/messages';
import { OPEN_FIELDS, type ApiCallItem, type ApiKeyItem, type CreateApiKeyInput, type CreatedApiKey, type OpenField } from '@cwp/contracts/open-data.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as q from './open-data.queries.ts';

export const SECRET_PREFIX = 'cwp_';

/** SHA-256 of the secret: 256 random bits need no salt or slow hash to stay unguessable. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time equality of two hex digests (the lookup is by hash; this guards the final comparison). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function keyState(k: Pick<q.ApiKeyRow, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiKeyItem['state'] {
  if (k.revokedAt) return 'revoked';
  if (k.expiresAt && k.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function present(x: q.ListedKey): ApiKeyItem {
  const k = x.k;
  return {
    id: k.id,
    name: k.name,
    contact: k.contact,
    scopeCode: k.scopeCode,
    scopeName: x.scopeName,
    fields: OPEN_FIELDS.filter((f) => k.fields.includes(f)),
    hint: k.hint,
    expiresAt: iso(k.expiresAt),
    createdAt: iso(k.createdAt)!,
    createdByName: k.createdByName,
    revokedAt: iso(k.revokedAt),
    revokedByName: k.revokedByName,
    state: keyState(k),
    lastUsedAt: iso(x.lastUsedAt),
    calls: Number(x.calls ?? 0),
  };
}

export async function listKeys(db: Db): Promise<ApiKeyItem[]> {
  return (await q.listKeys(db)).map(present);
}

async function loadKey(db: Db, id: number): Promise<ApiKeyItem> {
  const [row] = await q.listKeys(db, q.keyById(id));
  if (!row) throw notFound();
  return present(row);
}

/**
 * Creates a key for a consuming system and returns its secret, the only time it is ever available.
 * The expiry date is inclusive: the key works through that day (China time).
 */
export async function createKey(opts: { db: Db; actor: Actor; input: CreateApiKeyInput }): Promise<CreatedApiKey> {
  const { db, actor, input } = opts;
  const unit = await findUnitInScope(db, input.scopeCode, actor.scopeCode);
  if (!unit) {
    const m = msg('数据范围应为本系统中存在的区划单位', 'The scope must be a unit that exists in the org tree');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'scopeCode', message: m }]);
  }
  if (input.expiresOn && input.expiresOn < todayIso()) {
    const m = msg('有效期不能早于今天', 'The expiry date cannot be in the past');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'expiresOn', message: m }]);
  }
  const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
  const fields: OpenField[] = OPEN_FIELDS.filter((f) => input.fields.includes(f));
  const id = await db.transaction(async (tx) => {
    const row = await q.insertKey(tx, {
      name: input.name,
      contact: input.contact,
      scopeCode: unit.code,
      fields,
      secretHash: hashSecret(secret),
      hint: `${secret.slice(0, SECRET_PREFIX.length + 6)}…`,
      expiresAt: input.expiresOn ? new Date(`${addDaysIso(input.expiresOn, 1)}T00:00:00+08:00`) : null,
      createdByUserId: actor.userId,
      createdByName: actor.displayName,
    });
    await auditSuccess(tx, actor, 'openapi_key_create', 'openapi_key', row.id, { name: input.name, scopeCode: unit.code, fields, expiresOn: input.expiresOn ?? null });
    return row.id;
  });
  return { key: await loadKey(db, id), secret };
}

/** Revokes a key; the next call with it is refused (keys are checked on every call, nothing is cached). */
export async function revokeKey(opts: { db: Db; actor: Actor; id: number }): Promise<ApiKeyItem> {
  const { db, actor, id } = opts;
  await loadKey(db, id);
  await db.transaction(async (tx) => {
    if (!(await q.revokeKey(tx, id, actor.displayName))) throw new AppError('INVALID_STATE', msg('该密钥已停用', 'This key has already been revoked'));
    await auditSuccess(tx, actor, 'openapi_key_revoke', 'openapi_key', id);
  });
  return loadKey(db, id);
}

export async function listCalls(opts: { db: Db; id: number; page: number; pageSize: number }): Promise<{ items: ApiCallItem[]; total: number }> {
  await loadKey(opts.db, opts.id);
  const { rows, total } = await q.listCalls(opts.db, opts.id, opts.pageSize, (opts.page - 1) * opts.pageSize);
  return {
    total,
    items: rows.map((r) => ({ id: r.id, at: iso(r.at)!, method: r.method, path: r.path, status: r.status, rows: r.rows, ip: r.ip, durationMs: r.durationMs })),
  };
}
