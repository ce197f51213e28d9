// `npm run cli -- keys status|rotate|reencrypt`: rotation of the SM4 keys that seal ID numbers and phones
// (issue 8). Rotate, restart the API processes (they seal with the key that was active when they started),
// then re-encrypt; afterwards an old key can be removed from the key file once `status` shows it holds nothing.
import { userInfo } from 'node:os';
import type { Database } from '../../db/database.ts';
import { loadPiiCrypto } from '../../security/pii-crypto.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { countByKey } from './pii-keys.queries.ts';
import { reencryptAll, rotateKeyFile } from './pii-keys.service.ts';

export const KEYS_USAGE = '  npm run cli -- keys status|rotate|reencrypt [--json]';

/** Returns the exit code. */
export async function runKeysCommand(sub: string, opts: { database: Database; keyFile: string; json: boolean }): Promise<number> {
  const actorName = `命令行（${userInfo().username}）`;
  const out = (zh: string, data: unknown) => console.log(opts.json ? JSON.stringify(data) : zh);
  if (sub === 'status') {
    const crypto = loadPiiCrypto(opts.keyFile);
    const byKey = await countByKey(opts.database.db);
    out(
      [`当前加密密钥 Active key: ${crypto.activeKeyId}`, ...byKey.map((k) => `  ${k.keyId}: 身份证号 ${k.ids}，电话 ${k.phones}${k.keyId === crypto.activeKeyId ? '' : '（待重新加密 to re-encrypt）'}`)].join('\n'),
      { active: crypto.activeKeyId, byKey },
    );
    return 0;
  }
  if (sub === 'rotate') {
    const r = rotateKeyFile(opts.keyFile);
    await insertAudit(opts.database.db, { actorUserId: null, actorName, ip: null, action: 'pii_key_rotate', objectType: 'pii_key', objectId: r.active, outcome: 'success', detail: { previous: r.previous } });
    out(
      [
        `已生成新密钥 ${r.active} 并设为当前密钥（原 ${r.previous} 保留用于解密）。New key ${r.active} is active.`,
        '下一步 Next: 1) 备份新的密钥文件 back up the key file；2) 重启所有服务进程 restart every API process；3) npm run cli -- keys reencrypt',
      ].join('\n'),
      r,
    );
    return 0;
  }
  if (sub === 'reencrypt') {
    const tty = !opts.json && process.stderr.isTTY === true;
    const r = await reencryptAll({ database: opts.database, keyFile: opts.keyFile, actorName, onProgress: tty ? (n) => process.stderr.write(`\r已处理 ${n} 行…`) : undefined });
    if (tty) process.stderr.write('\n');
    out(`已用 ${r.active} 重新加密 ${r.values} 个值（${r.rows} 名人员）。Re-encrypted ${r.values} values of ${r.rows} workers under ${r.active}.`, r);
    return 0;
  }
  console.error(KEYS_USAGE);
  return 2;
}
