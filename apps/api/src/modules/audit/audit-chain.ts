// The SM3 hash chain over audit records (等保 2.0 三级: audit records protected against change and deletion).
import { createHash } from 'node:crypto';

/** prev_hash of the very first record; also the anchor before anything was ever purged. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers. The id is not among them: the chain itself (prev_hash) fixes the order. */
export interface ChainedFields {
  at: Date;
  actorUserId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  detail: unknown;
}

/**
 * JSON with object keys sorted at every level. jsonb stores keys in its own order and drops nothing
 * JSON.stringify keeps, so the value read back from the database serialises to the same text.
 */
export function stableJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What is stored in jsonb for `detail`: a JSON round trip (Dates become strings, undefined disappears). */
export function normaliseDetail(detail: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  return detail == null ? null : (JSON.parse(JSON.stringify(detail)) as Record<string, unknown>);
}

export function canonicalRecord(r: ChainedFields): string {
  return stableJson([r.at.toISOString(), r.actorUserId, r.actorName, r.ip, r.action, r.objectType, r.objectId, r.outcome, r.detail ?? null]);
}

/** hash = SM3(prev_hash ‖ canonical record), lower-case hex. */
export function chainHash(prevHash: string, r: ChainedFields): string {
  return createHash('sm3').update(prevHash).update('\n').update(canonicalRecord(r)).digest('hex');
}
