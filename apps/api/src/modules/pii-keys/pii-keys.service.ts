import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Database } from '../../db/database.ts';
import { loadPiiCrypto } from '../../security/pii-crypto.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as q from './pii-keys.queries.ts';

/**
 * Adds a new SM4 key to the key file and makes it the one new values are sealed with; the old keys stay so
 * existing values keep opening. Written to a temporary file and renamed, so a crash never leaves half a file.
 * The HMAC key of the blind indexes is kept: changing it would break lookups and uniqueness.
 */
export function rotateKeyFile(keyFile: string): { previous: string; active: string } {
  const current = JSON.parse(readFileSync(keyFile, 'utf8')) as { active: string; sm4: Record<string, string>; hmac: string };
  const next = Math.max(0, ...Object.keys(current.sm4).map((k) => Number(/^k(\d+)$/.exec(k)?.[1] ?? 0))) + 1;
  const active = `k${next}`;
  const updated = { ...current, active, sm4: { ...current.sm4, [active]: randomBytes(16).toString('hex') } };
  const tmp = `${keyFile}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(updated, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, keyFile);
  // Proves the file loads and the new key seals and opens before anything relies on it.
  const check = loadPiiCrypto(keyFile);
  const probe = check.encrypt('probe');
  if (check.decrypt(probe.cipher, probe.keyId) !== 'probe' || probe.keyId !== active) throw new Error('rotated key file does not round-trip');
  return { previous: current.active, active };
}

export interface ReencryptReport {
  active: string;
  rows: number;
  values: number;
  byKey: { keyId: string; ids: number; phones: number }[];
}

/**
 * Re-seals every worker's ID number and phone that is under an older key with the active one, `batch` rows
 * per transaction (row locks held only that long, so the system stays usable meanwhile). Values are only
 * re-encrypted, never changed: no history or version change. Safe to stop and run again.
 */
export async function reencryptAll(opts: { database: Database; keyFile: string; actorName: string; batch?: number; onProgress?: (rows: number) => void }): Promise<ReencryptReport> {
  const crypto = loadPiiCrypto(opts.keyFile);
  const { db } = opts.database;
  const active = crypto.activeKeyId;
  const batch = opts.batch ?? 500;
  let afterId = 0;
  let rows = 0;
  let values = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const found = await q.rowsNotUnder(tx, active, afterId, batch);
      const resealed = found.map((r) => {
        const out = { ...r };
        if (r.idNumberKeyId !== active) {
          ({ cipher: out.idNumberCipher, keyId: out.idNumberKeyId } = crypto.encrypt(crypto.decrypt(r.idNumberCipher, r.idNumberKeyId)));
          values += 1;
        }
        if (r.phoneCipher && r.phoneKeyId && r.phoneKeyId !== active) {
          ({ cipher: out.phoneCipher, keyId: out.phoneKeyId } = crypto.encrypt(crypto.decrypt(r.phoneCipher, r.phoneKeyId)));
          values += 1;
        }
        return out;
      });
      await q.writeResealed(tx, resealed);
      if (found.length) afterId = found[found.length - 1]!.id;
      return found.length;
    });
    rows += n;
    opts.onProgress?.(rows);
    if (n < batch) break;
  }
  const byKey = await q.countByKey(db);
  await insertAudit(db, { actorUserId: null, actorName: opts.actorName, ip: null, action: 'pii_reencrypt', objectType: 'pii_key', objectId: active, outcome: 'success', detail: { rows, values, byKey } });
  return { active, rows, values, byKey };
}
