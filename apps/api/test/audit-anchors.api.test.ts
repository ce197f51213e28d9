// Issue 8: external anchors of the audit chain. The SM3 chain has no key, so someone with write access to the
// database can rewrite records and recompute every later hash, or cut the newest records off and move the
// head back; chain verification alone then passes. An anchor kept outside the database catches both.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { auditChainState } from '../src/db/schema-audit.ts';
import { auditLog } from '../src/db/schema.ts';
import { checkAnchors, currentAnchor } from '../src/modules/audit/audit-anchors.ts';
import { chainHash } from '../src/modules/audit/audit-chain.ts';
import { verifyAuditChain } from '../src/modules/audit/audit-chain.service.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { runCli } from './test-cluster.ts';

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  await Promise.all(['taishan', 'shuji', 'caiyuan'].map((u) => t.login(u)));
});
afterAll(() => t.close());

/** What an attacker with database access does: changes one record and recomputes the chain after it. */
async function rewriteFrom(id: number, detail: Record<string, unknown>) {
  const rows = await db.select().from(auditLog).where(gte(auditLog.id, id)).orderBy(asc(auditLog.id));
  let prev = rows[0]!.prevHash!;
  for (const [i, r] of rows.entries()) {
    const fields = { ...r, detail: i === 0 ? detail : (r.detail ?? null) };
    const hash = chainHash(prev, fields);
    await db.update(auditLog).set({ detail: fields.detail, prevHash: prev, hash }).where(eq(auditLog.id, r.id));
    prev = hash;
  }
  await db.update(auditChainState).set({ headHash: prev }).where(eq(auditChainState.id, 1));
}

describe('audit chain anchors', () => {
  it('audit chain anchor detects a rewritten chain that verification alone accepts', async () => {
    const anchor = await currentAnchor(db);
    await t.login('taishan');
    expect(await checkAnchors(db, [anchor])).toMatchObject({ ok: true, checked: 1 });
    const target = anchor.id - 2;
    await rewriteFrom(target, { forged: true });
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const r = await checkAnchors(db, [anchor]);
    expect(r).toMatchObject({ ok: false, broken: { id: anchor.id, kind: 'edited', reason: expect.stringContaining('链被重写') } });
  });

  it('audit chain anchor detects the newest records cut off with the head moved back', async () => {
    const anchor = await currentAnchor(db);
    const [before] = await db.select().from(auditLog).where(eq(auditLog.id, anchor.id - 3));
    await db.delete(auditLog).where(gte(auditLog.id, anchor.id - 2));
    await db.update(auditChainState).set({ headId: before!.id, headHash: before!.hash! }).where(eq(auditChainState.id, 1));
    expect((await verifyAuditChain(db)).ok).toBe(true);
    expect(await checkAnchors(db, [anchor])).toMatchObject({ ok: false, broken: { kind: 'missing', reason: expect.stringContaining('末尾的记录被删除') } });
  });

  it('audit chain anchor from the command line: anchor appends the head to a file, verify --anchors exits 0 while it matches', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cwp-anchor-'));
    const file = join(dataDir, 'anchors.jsonl');
    const first = await runCli(['audit', 'anchor', '--file', file, '--json'], { DATA_DIR: dataDir });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8').trim())).toEqual(JSON.parse(first.stdout));
    const ok = await runCli(['audit', 'verify', '--anchors', file], { DATA_DIR: dataDir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('外部锚点一致');
    expect((await runCli(['audit', 'verify', '--anchors', join(dataDir, 'none.jsonl')], { DATA_DIR: dataDir })).code).toBe(2);
  }, 120_000);
});
