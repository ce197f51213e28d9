import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Personal numbers (公民身份号码, phone) are encrypted with SM4-CBC under a key id so keys can rotate, and
 * looked up through SM3-HMAC blind indexes. The HMAC key never rotates: rotating it would break uniqueness.
 */
export interface PiiCrypto {
  /** The key file, for worker threads that seal data themselves. */
  readonly keyFile: string;
  readonly activeKeyId: string;
  encrypt(plain: string): { cipher: string; keyId: string };
  decrypt(cipher: string, keyId: string): string;
  blindIndex(kind: 'id' | 'id4' | 'id6' | 'phone', value: string): string;
}

const keyFileSchema = z.object({
  active: z.string().min(1),
  sm4: z.record(z.string(), z.string().regex(/^[0-9a-f]{32}$/)),
  hmac: z.string().regex(/^[0-9a-f]{64}$/),
});

export function loadPiiCrypto(keyFile: string): PiiCrypto {
  if (!existsSync(keyFile)) {
    const fresh = { active: 'k1', sm4: { k1: randomBytes(16).toString('hex') }, hmac: randomBytes(32).toString('hex') };
    writeFileSync(keyFile, JSON.stringify(fresh, null, 2) + '\n', { mode: 0o600 });
  }
  const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(keyFile, 'utf8')));
  if (!parsed.success || !parsed.data.sm4[parsed.data.active]) {
    throw new Error(`个人信息密钥文件无效 / invalid PII key file: ${keyFile}`);
  }
  const { active, sm4, hmac } = parsed.data;
  const keys = new Map(Object.entries(sm4).map(([id, hex]) => [id, Buffer.from(hex, 'hex')]));
  const hmacKey = Buffer.from(hmac, 'hex');

  // IVs come from a pool refilled 256 at a time: one CSPRNG call per IV costs more than the SM4 itself
  // when a bulk import seals a million rows. Each IV is still used once.
  let ivPool = Buffer.alloc(0);
  let ivAt = 0;
  const nextIv = () => {
    if (ivAt + 16 > ivPool.length) {
      ivPool = randomBytes(16 * 256);
      ivAt = 0;
    }
    ivAt += 16;
    return ivPool.subarray(ivAt - 16, ivAt);
  };

  return {
    keyFile,
    activeKeyId: active,
    encrypt(plain) {
      const iv = nextIv();
      const c = createCipheriv('sm4-cbc', keys.get(active)!, iv);
      const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return { cipher: Buffer.concat([iv, ct]).toString('base64'), keyId: active };
    },
    decrypt(cipher, keyId) {
      let key = keys.get(keyId);
      if (!key) {
        // A key added by `keys rotate` after this process started (another process re-sealed values with
        // it): read the file again rather than fail; the key this process seals with stays as it was.
        const reread = keyFileSchema.safeParse(JSON.parse(readFileSync(keyFile, 'utf8')));
        if (reread.success) for (const [id, hex] of Object.entries(reread.data.sm4)) if (!keys.has(id)) keys.set(id, Buffer.from(hex, 'hex'));
        key = keys.get(keyId);
      }
      if (!key) throw new Error(`unknown PII key id ${keyId}`);
      const buf = Buffer.from(cipher, 'base64');
      const d = createDecipheriv('sm4-cbc', key, buf.subarray(0, 16));
      return Buffer.concat([d.update(buf.subarray(16)), d.final()]).toString('utf8');
    },
    blindIndex(kind, value) {
      return createHmac('sm3', hmacKey).update(`${kind}:${value}`).digest('hex');
    },
  };
}
