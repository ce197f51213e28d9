// Verification and retention purge of the SM3 audit chain (`npm run cli -- audit verify|purge`).
import type { Db } from '../../db/database.ts';
import { msg } from '@cwp/contracts/messages';
import { AppError } from '../../errors.ts';
import { chainHash } from './audit-chain.ts';
import * as q from './audit.queries.ts';

/** 《网络安全法》第二十一条 and 等保 2.0 三级: network logs are kept for at least six months. */
export const MIN_RETENTION_DAYS = 180;
const BATCH = 5000;
/** Hashes of the most recent records, to tell a record moved back from one whose predecessor is gone. */
const RECENT = 10_000;

export type ChainBreak = 'edited' | 'missing' | 'reordered' | 'inserted';

export interface VerifyResult {
  ok: boolean;
  /** Records checked (after the purge anchor). */
  checked: number;
  firstId: number | null;
  lastId: number | null;
  anchorId: number;
  broken?: { id: number; kind: ChainBreak; reason: string };
}

type Row = Awaited<ReturnType<typeof q.chainBatch>>[number];

/**
 * Walks the chain in id order from the purge anchor to the head recorded in the state row, in batches,
 * so memory stays flat for millions of records. Records written while it runs (after that head) are left
 * for the next run. Stops at the first break and names the record where the chain stops holding.
 */
export async function verifyAuditChain(db: Db, opts: { throughId?: number; onProgress?: (checked: number) => void } = {}): Promise<VerifyResult> {
  await q.ensureAuditChain(db);
  const state = (await q.readChainState(db))!;
  const headId = opts.throughId ?? state.headId;
  const result: VerifyResult = { ok: true, checked: 0, firstId: null, lastId: null, anchorId: state.anchorId };
  const recent = new Map<string, number>();
  let prevHash = state.anchorHash;
  let prev: Row | null = null;
  let afterId = state.anchorId;
  const fail = (id: number, kind: ChainBreak, reason: string): VerifyResult => ({ ...result, ok: false, broken: { id, kind, reason } });

  for (;;) {
    const batch = await q.chainBatch(db, afterId, headId, BATCH);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (!row.hash || !row.prevHash) return fail(row.id, 'inserted', msg('记录没有链哈希：不是由审计写入程序写入的', 'record has no chain hash: not written by the audit writer'));
      if (chainHash(row.prevHash, { ...row, detail: row.detail ?? null }) !== row.hash) {
        return fail(row.id, 'edited', msg('记录内容与其哈希不符：写入后被修改', 'record content does not match its hash: changed after it was written'));
      }
      if (row.prevHash !== prevHash) {
        // Two records claiming the same predecessor: the earlier of them was slipped in.
        if (prev && prev.prevHash === row.prevHash) return fail(prev.id, 'inserted', msg('记录不在链上：被插入', 'record is not on the chain: inserted'));
        const earlier = recent.get(row.prevHash);
        if (earlier !== undefined) return fail(row.id, 'reordered', msg(`记录应紧接在 ${earlier} 号记录之后：顺序被改动`, `record belongs right after record ${earlier}: order changed`));
        const linked = await q.findByHash(db, row.prevHash);
        if (linked && linked.id > row.id) return fail(row.id, 'reordered', msg(`记录应在 ${linked.id} 号记录之后：顺序被改动`, `record belongs after record ${linked.id}: order changed`));
        return fail(row.id, 'missing', msg('此记录之前的一条或多条记录被删除', 'one or more records before this one were deleted'));
      }
      recent.set(row.hash, row.id);
      if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
      result.checked += 1;
      result.firstId ??= row.id;
      result.lastId = row.id;
      prevHash = row.hash;
      prev = row;
    }
    afterId = batch[batch.length - 1]!.id;
    opts.onProgress?.(result.checked);
  }
  if (opts.throughId === undefined) {
    if (prevHash !== state.headHash) {
      return fail(state.headId, 'missing', msg(`链的末尾记录（至 ${state.headId} 号）被删除`, `the last records of the chain (up to record ${state.headId}) were deleted`));
    }
    // A record past the head with the state unchanged since the walk began was written around the audit writer.
    const extra = await q.firstIdAfter(db, state.headId);
    const now = await q.readChainState(db);
    if (extra !== null && now?.headId === state.headId) {
      return fail(extra, 'inserted', msg('链的末尾之后有记录：被插入', 'record after the end of the chain: inserted'));
    }
  }
  return result;
}

export interface PurgeResult {
  purged: number;
  anchorId: number;
  cutoff: string;
}

/**
 * Removes records older than the retention period — only a whole prefix of the chain, and only after
 * verifying it — and keeps the hash of the last removed record as the new anchor, so what remains still
 * verifies. The purge is itself an audit record, written in the same transaction.
 */
export async function purgeAudit(db: Db, opts: { retentionDays: number; now?: Date; actorName: string; ip?: string | null }): Promise<PurgeResult> {
  if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < MIN_RETENTION_DAYS) {
    throw new AppError('VALIDATION_FAILED', msg(`审计记录至少保留 ${MIN_RETENTION_DAYS} 天`, `audit records are kept at least ${MIN_RETENTION_DAYS} days`));
  }
  const cutoff = new Date((opts.now ?? new Date()).getTime() - opts.retentionDays * 86_400_000);
  return db.transaction(async (tx) => {
    // Writers wait while the purge runs, so the anchor and the head cannot move under it.
    const state = await q.lockChainState(tx);
    const throughId = await q.lastIdBefore(tx, state.anchorId, state.headId, cutoff);
    let purged = 0;
    if (throughId > state.anchorId) {
      const check = await verifyAuditChain(tx, { throughId });
      if (!check.ok) {
        const b = check.broken!;
        throw new AppError('INVALID_STATE', msg(`审计链在 ${b.id} 号记录处断开（${b.reason}），不清理，请先调查`, `the audit chain is broken at record ${b.id} (${b.reason}); nothing purged, investigate first`));
      }
      const [last] = await q.chainBatch(tx, throughId - 1, throughId, 1);
      purged = await q.deleteThrough(tx, throughId);
      await q.setAnchor(tx, { anchorId: throughId, anchorHash: last!.hash!, purgedBefore: cutoff });
    }
    await q.insertAudit(tx, {
      actorUserId: null,
      actorName: opts.actorName,
      ip: opts.ip ?? null,
      action: 'audit_purge',
      objectType: 'audit_log',
      objectId: throughId > state.anchorId ? String(throughId) : null,
      outcome: 'success',
      detail: { purged, retentionDays: opts.retentionDays, cutoff: cutoff.toISOString(), previousAnchorId: state.anchorId },
    });
    return { purged, anchorId: Math.max(throughId, state.anchorId), cutoff: cutoff.toISOString() };
  });
}
