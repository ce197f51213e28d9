import { msg } from '@cwp/contracts/messages';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { ChainBreak } from './audit-chain.service.ts';
import * as q from './audit.queries.ts';

/**
 * External anchors of the audit chain (issue 8). The chain alone proves nothing against someone who can
 * write to the database: SM3 has no key, so they could rewrite records and recompute every hash after them,
 * or drop the newest records and move the head back. An anchor — the head's id and hash at a moment — kept
 * outside the database (another machine, write-once storage, a printed report) makes both visible: the record
 * must still be there with the same hash.
 */
export const anchorSchema = z.object({ at: z.string(), id: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type AuditAnchor = z.infer<typeof anchorSchema>;

export async function currentAnchor(db: Db, now = new Date()): Promise<AuditAnchor> {
  await q.ensureAuditChain(db);
  const state = (await q.readChainState(db))!;
  return { at: now.toISOString(), id: state.headId, hash: state.headHash };
}

/** Anchors as JSON lines; a line that is not an anchor is reported by number rather than skipped. */
export function parseAnchors(text: string): AuditAnchor[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter((l) => l.line !== '')
    .map(({ line, n }) => {
      const parsed = anchorSchema.safeParse((() => {
        try {
          return JSON.parse(line);
        } catch {
          return null;
        }
      })());
      if (!parsed.success) throw new Error(`锚点文件第 ${n} 行无效 / anchor file line ${n} is not an anchor`);
      return parsed.data;
    });
}

export interface AnchorCheck {
  ok: boolean;
  checked: number;
  /** Anchors on records since removed by `audit purge` (older than the retention period): nothing to compare. */
  purged: number;
  broken?: { id: number; kind: ChainBreak; reason: string; anchoredAt: string };
}

export async function checkAnchors(db: Db, anchors: AuditAnchor[]): Promise<AnchorCheck> {
  await q.ensureAuditChain(db);
  const state = (await q.readChainState(db))!;
  const result: AnchorCheck = { ok: true, checked: 0, purged: 0 };
  for (const a of anchors) {
    if (a.id === 0) continue;
    const fail = (kind: ChainBreak, reason: string): AnchorCheck => ({ ...result, ok: false, broken: { id: a.id, kind, reason, anchoredAt: a.at } });
    if (a.id > state.headId) {
      return fail('missing', msg(`链的末尾在 ${a.at} 时已到 ${a.id} 号记录，现在只到 ${state.headId} 号：末尾的记录被删除`, `at ${a.at} the chain reached record ${a.id}, now it ends at ${state.headId}: the last records were deleted`));
    }
    if (a.id <= state.anchorId) {
      if (a.id === state.anchorId && a.hash !== state.anchorHash) return fail('edited', msg(`${a.id} 号记录的哈希与 ${a.at} 记下的不同：链被重写`, `record ${a.id} no longer has the hash recorded at ${a.at}: the chain was rewritten`));
      result.purged += 1;
      continue;
    }
    const hash = await q.hashOfRecord(db, a.id);
    if (hash === null) return fail('missing', msg(`${a.at} 记下的 ${a.id} 号记录已不存在`, `record ${a.id}, anchored at ${a.at}, no longer exists`));
    if (hash !== a.hash) return fail('edited', msg(`${a.id} 号记录的哈希与 ${a.at} 记下的不同：链被重写`, `record ${a.id} no longer has the hash recorded at ${a.at}: the chain was rewritten`));
    result.checked += 1;
  }
  return result;
}
