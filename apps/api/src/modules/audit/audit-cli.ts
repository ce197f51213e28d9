// `npm run cli -- audit verify|purge|anchor`: output and exit codes; the work is in audit-chain.service.ts
// and audit-anchors.ts.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { toEnglish } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { checkAnchors, currentAnchor, parseAnchors } from './audit-anchors.ts';
import { purgeAudit, verifyAuditChain } from './audit-chain.service.ts';

const KIND_LABELS = { edited: '被修改 edited', missing: '被删除 missing', reordered: '顺序被改动 reordered', inserted: '被插入 inserted' } as const;

/** Returns the exit code: 0 intact / purged / anchored, 1 broken chain, failed anchor or purge refused. */
export async function runAuditCommand(sub: 'verify' | 'purge' | 'anchor', opts: { db: Db; retentionDays: number; json: boolean; anchorFile: string; checkAnchorFile?: string }): Promise<number> {
  if (sub === 'anchor') {
    const a = await currentAnchor(opts.db);
    appendFileSync(opts.anchorFile, JSON.stringify(a) + '\n', { mode: 0o600 });
    if (opts.json) console.log(JSON.stringify(a));
    else console.log(`审计链锚点：${a.at} 第 ${a.id} 号记录 ${a.hash}\n已追加到 ${opts.anchorFile}；请同时把这一行保存到数据库之外（另一台机器、只读介质或纸质记录）。\nAnchor appended to ${opts.anchorFile}; keep a copy outside the database.`);
    return 0;
  }
  if (sub === 'verify' && opts.checkAnchorFile) {
    if (!existsSync(opts.checkAnchorFile)) {
      console.error(`锚点文件不存在 / no anchor file: ${opts.checkAnchorFile}`);
      return 2;
    }
    const r = await checkAnchors(opts.db, parseAnchors(readFileSync(opts.checkAnchorFile, 'utf8')));
    if (!r.ok) {
      const b = r.broken!;
      if (opts.json) console.log(JSON.stringify({ ok: false, anchors: { ...r, broken: { ...b, reasonEn: toEnglish(b.reason) } } }));
      else console.error(`审计链与外部锚点不符：${b.reason}\nAudit chain does not match an external anchor: ${toEnglish(b.reason)}`);
      return 1;
    }
    if (!opts.json) console.log(`外部锚点一致：核对 ${r.checked} 个（${r.purged} 个所指记录已按保留期清理）。Anchors match: ${r.checked} checked.`);
  }
  if (sub === 'verify') {
    const started = Date.now();
    const tty = !opts.json && process.stderr.isTTY === true;
    const result = await verifyAuditChain(opts.db, { onProgress: tty ? (n) => process.stderr.write(`\r已校验 ${n} 条…`) : undefined });
    if (tty) process.stderr.write('\n');
    if (opts.json) {
      console.log(JSON.stringify(result.broken ? { ...result, broken: { ...result.broken, reasonEn: toEnglish(result.broken.reason) } } : result));
    } else if (result.ok) {
      const range = result.firstId === null ? '无记录' : `${result.firstId}–${result.lastId} 号`;
      const anchor = result.anchorId > 0 ? `，自清理锚点 ${result.anchorId} 号之后` : '';
      console.log(`审计链完整：校验 ${result.checked} 条（${range}${anchor}），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      console.log(`Audit chain intact: ${result.checked} records checked.`);
    } else {
      const b = result.broken!;
      console.error(`审计链断开：第 ${b.id} 号记录 ${KIND_LABELS[b.kind]}：${b.reason}`);
      console.error(`Audit chain broken at record ${b.id} (${b.kind}): ${toEnglish(b.reason)}`);
    }
    return result.ok ? 0 : 1;
  }
  try {
    const r = await purgeAudit(opts.db, { retentionDays: opts.retentionDays, actorName: `命令行（${userInfo().username}）` });
    if (opts.json) console.log(JSON.stringify(r));
    else console.log(`已清理 ${r.purged} 条早于 ${r.cutoff} 的审计记录（保留 ${opts.retentionDays} 天），链锚点为 ${r.anchorId} 号。Purged ${r.purged} records.`);
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(`${err.message}\n${toEnglish(err.message)}`);
    return 1;
  }
}
