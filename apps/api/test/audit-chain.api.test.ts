// Issue 8 (等保 2.0 三级 audit): the SM3 chain over audit records, its verification, retention purge and the
// audit administrator's search and export.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { openDatabase, type Db } from '../src/db/database.ts';
import { auditLog } from '../src/db/schema.ts';
import { chainHash, GENESIS_HASH } from '../src/modules/audit/audit-chain.ts';
import { purgeAudit, verifyAuditChain } from '../src/modules/audit/audit-chain.service.ts';
import { insertAudit, readChainState } from '../src/modules/audit/audit.queries.ts';
import { createClusterDatabase, dropClusterDatabases, runCli } from './test-cluster.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let db: Db;
let daimiao: string;
let auditor: string;
let workerId: number;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  [daimiao, auditor] = await Promise.all([t.login('daimiao'), t.login('auditor')]);
  const list = (await t.request({ method: 'GET', url: '/api/workers?org=370902001&pageSize=5', cookie: daimiao })).json() as { items: { id: number }[] };
  workerId = list.items[0]!.id;
});
afterAll(() => t.close());

const rows = () => db.select().from(auditLog).orderBy(asc(auditLog.id));
const execute = (q: ReturnType<typeof sql>) => db.execute(q);

describe('issue 8 audit chain (SM3)', () => {
  it('audit chain verifies after normal use, with concurrent writers, and failed logins carry the client address', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'daimiao', password: 'Wrong#pass123' } });
    expect(bad.statusCode).toBe(401);
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'no-such-user', password: 'Wrong#pass123' } });
    // Twenty audited reveals at once: every append must still link to the one before it.
    const reveals = await Promise.all(Array.from({ length: 20 }, () => t.request({ method: 'GET', url: `/api/workers/${workerId}?reveal=1`, cookie: daimiao })));
    expect(reveals.every((r) => r.statusCode === 200)).toBe(true);
    await Promise.all(['taishan', 'shuji', 'caiyuan'].map((u) => t.login(u)));

    const all = await rows();
    expect(all.length).toBeGreaterThan(25);
    for (let i = 1; i < all.length; i++) expect(all[i]!.prevHash).toBe(all[i - 1]!.hash);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: true, checked: all.length, lastId: all.at(-1)!.id });
    expect((await readChainState(db))!.headHash).toBe(all.at(-1)!.hash);

    const failed = all.filter((r) => r.action === 'login' && r.outcome === 'failure');
    expect(failed.map((r) => r.actorName)).toEqual(expect.arrayContaining(['daimiao', 'no-…（未知账号 unknown, 12）']));
    expect(failed.every((r) => r.ip === '127.0.0.1')).toBe(true);
  });

  it('audit chain detects an edited record', async () => {
    const all = await rows();
    const target = all[Math.floor(all.length / 2)]!;
    await execute(sql`update audit_log set outcome = case outcome when 'success' then 'failure' else 'success' end where id = ${target.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: target.id, kind: 'edited' } });
    await execute(sql`update audit_log set outcome = ${target.outcome} where id = ${target.id}`);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // An edit of the detail, even one that keeps the JSON valid, is found too.
    await execute(sql`update audit_log set detail = coalesce(detail, '{}'::jsonb) || '{"forged": true}'::jsonb where id = ${target.id}`);
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: target.id, kind: 'edited' });
    await execute(sql`update audit_log set detail = ${target.detail === null ? null : JSON.stringify(target.detail)}::jsonb where id = ${target.id}`);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('audit chain detects a deleted record, in the middle and at the end', async () => {
    const all = await rows();
    const mid = all[5]!;
    await db.delete(auditLog).where(eq(auditLog.id, mid.id));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: all[6]!.id, kind: 'missing' } });
    await db.insert(auditLog).values(mid);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    const last = all.at(-1)!;
    await db.delete(auditLog).where(eq(auditLog.id, last.id));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: last.id, kind: 'missing' } });
    await db.insert(auditLog).values(last);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('audit chain detects a reordered or inserted record', async () => {
    const all = await rows();
    const [a, b] = [all[3]!, all[4]!];
    // Swap two records' places.
    await execute(sql`update audit_log set id = -1 where id = ${a.id}`);
    await execute(sql`update audit_log set id = ${a.id} where id = ${b.id}`);
    await execute(sql`update audit_log set id = ${b.id} where id = -1`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: a.id, kind: 'reordered' } });
    await execute(sql`update audit_log set id = -1 where id = ${a.id}`);
    await execute(sql`update audit_log set id = ${a.id} where id = ${b.id}`);
    await execute(sql`update audit_log set id = ${b.id} where id = -1`);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // A forged record slipped into a gap of the id sequence, hashed correctly onto its predecessor.
    await execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))`);
    await t.login('shuji');
    const now = await rows();
    const gapAfter = now.find((r, i) => i > 0 && r.id - now[i - 1]!.id > 1)!;
    const pred = now[now.indexOf(gapAfter) - 1]!;
    const forged = { at: new Date(), actorUserId: null, actorName: 'admin', ip: '10.0.0.1', action: 'login', objectType: null, objectId: null, outcome: 'success', detail: null };
    await db.insert(auditLog).values({ id: pred.id + 1, ...forged, prevHash: pred.hash, hash: chainHash(pred.hash!, forged) });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: pred.id + 1, kind: 'inserted' } });
    await db.delete(auditLog).where(eq(auditLog.id, pred.id + 1));

    // … and one appended after the end without going through the audit writer.
    const head = (await readChainState(db))!;
    const [tailId] = (await execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::int as id`) as unknown as { rows: { id: number }[] }).rows;
    await db.insert(auditLog).values({ id: tailId!.id, ...forged, prevHash: head.headHash, hash: chainHash(head.headHash, forged) });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { id: tailId!.id, kind: 'inserted' } });
    await db.delete(auditLog).where(eq(auditLog.id, tailId!.id));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('purge keeps the chain verifiable and refuses to keep less than 180 days', async () => {
    await expect(purgeAudit(db, { retentionDays: 179, actorName: 'test' })).rejects.toThrow(/180/);
    expect(() => loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cwp-cfg-')), AUDIT_RETENTION_DAYS: '90' }, { repoRoot: '/' })).toThrow(ConfigError);

    // Today nothing is old enough; the purge is recorded all the same.
    const before = await rows();
    expect(await purgeAudit(db, { retentionDays: 365, actorName: 'test' })).toMatchObject({ purged: 0 });
    const [purgeRow] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(purgeRow).toMatchObject({ action: 'audit_purge', outcome: 'success' });

    // 365 days after the middle record was written, only the records before it are old enough.
    const mid = before[Math.floor(before.length / 2)]!;
    const now = new Date(mid.at.getTime() + 365 * 86_400_000);
    const r = await purgeAudit(db, { retentionDays: 365, now, actorName: 'test' });
    expect(r.purged).toBeGreaterThan(0);
    const left = await rows();
    expect(left.every((x) => x.at.getTime() >= mid.at.getTime())).toBe(true);
    expect(left.some((x) => x.id === mid.id)).toBe(true);
    expect(left.at(-1)).toMatchObject({ action: 'audit_purge', detail: expect.objectContaining({ purged: r.purged, retentionDays: 365 }) });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, anchorId: r.anchorId, checked: left.length });

    // Writing goes on from the new anchor, and a record deleted right after it is still found.
    await t.login('taishan');
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await db.delete(auditLog).where(eq(auditLog.id, left[0]!.id));
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: left[1]!.id, kind: 'missing' });
    await db.insert(auditLog).values(left[0]!);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe('issue 8 audit administrator (三员分立: the auditor reads and exports the audit log)', () => {
  it('auditor searches and exports; other roles 403', async () => {
    // Its own records: the purge above may have removed the earlier ones.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'daimiao', password: 'Wrong#pass456' } })).statusCode).toBe(401);
    for (let i = 0; i < 2; i++) await t.request({ method: 'GET', url: `/api/workers/${workerId}?reveal=1`, cookie: daimiao });
    const search = async (qs: string) => (await t.request({ method: 'GET', url: `/api/audit?${qs}`, cookie: auditor })).json() as { items: { actorName: string; outcome: string; ip: string; action: string; objectType: string; objectId: string }[]; total: number };
    const failed = await search('outcome=failure&actor=daimiao');
    expect(failed.total).toBeGreaterThan(0);
    expect(failed.items.every((i) => i.outcome === 'failure' && i.actorName.includes('daimiao'))).toBe(true);
    const reveals = await search(`object=worker%23${workerId}&action=worker_reveal`);
    expect(reveals.total).toBeGreaterThanOrEqual(2);
    expect(reveals.items.every((i) => i.objectType === 'worker' && i.objectId === String(workerId))).toBe(true);
    expect((await search('ip=127.0.0.')).total).toBeGreaterThan(0);
    expect((await search('ip=10.9.')).total).toBe(0);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await search(`from=${today}&to=${today}&action=login`)).total).toBeGreaterThan(0);
    expect((await search('from=2001-01-01&to=2001-01-02')).total).toBe(0);

    const res = await t.request({ method: 'GET', url: '/api/audit/export.xlsx?outcome=failure&actor=daimiao', cookie: auditor });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(failed.total + 1);
    expect(sheet.getRow(2).getCell(8).value).toBe('失败');
    const exported = await search('action=audit_export');
    expect(exported.items[0]).toMatchObject({ actorName: 'auditor', outcome: 'success', objectType: 'audit_log' });

    for (const user of ['admin', 'taishan', 'daimiao', 'gongzuozhe']) {
      const cookie = await t.login(user);
      expect((await t.request({ method: 'GET', url: '/api/audit', cookie })).statusCode, user).toBe(403);
      expect((await t.request({ method: 'GET', url: '/api/audit/export.xlsx', cookie })).statusCode, user).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

// ---- the command line, in its own process, as an operator runs it ----
const cli = runCli;

describe('issue 8 npm run cli -- audit', () => {
  it('CLI audit verify exits 1 on a broken chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwp-audit-cli-'));
    const env: Record<string, string> = { DATA_DIR: dir };
    const onCluster = await createClusterDatabase('audit_cli');
    const dbName = onCluster?.name;
    if (onCluster) env.DATABASE_URL = onCluster.url;
    const open = () => openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: join(dir, 'pglite') });
    try {
      let database = await open();
      // Records from before the chain existed (an upgraded installation): chained in id order on first use.
      for (let i = 0; i < 5; i++) await database.db.insert(auditLog).values({ actorName: 'legacy', ip: '10.1.2.3', action: 'login', outcome: 'success', detail: { i } });
      for (let i = 0; i < 25; i++) {
        await insertAudit(database.db, { actorUserId: 1, actorName: 'clerk', ip: '10.1.2.3', action: 'worker_update', objectType: 'worker', objectId: String(i), outcome: 'success', detail: { fields: ['phone'], n: i } });
      }
      const legacy = await database.db.select().from(auditLog).where(eq(auditLog.actorName, 'legacy')).orderBy(asc(auditLog.id));
      expect(legacy.map((r) => r.prevHash)).toEqual([GENESIS_HASH, ...legacy.slice(0, 4).map((r) => r.hash)]);
      await database.close();

      const good = await cli(['audit', 'verify'], env);
      expect(good.code, good.stderr).toBe(0);
      expect(good.stdout).toContain('审计链完整：校验 30 条');
      const purge = await cli(['audit', 'purge', '--json'], env);
      expect(purge.code, purge.stderr).toBe(0);
      expect(JSON.parse(purge.stdout)).toMatchObject({ purged: 0 });
      expect((await cli(['audit', 'purge'], { ...env, AUDIT_RETENTION_DAYS: '30' })).code).toBe(2);

      database = await open();
      const [victim] = await database.db.select().from(auditLog).where(eq(auditLog.objectId, '12'));
      await database.db.execute(sql`update audit_log set actor_name = 'someone-else' where id = ${victim!.id}`);
      await database.close();
      const broken = await cli(['audit', 'verify'], env);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`第 ${victim!.id} 号记录`);
      expect(broken.stderr).toContain('edited');
      const json = await cli(['audit', 'verify', '--json'], env);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, broken: { id: victim!.id, kind: 'edited' } });
    } finally {
      if (dbName) await dropClusterDatabases([dbName]);
    }
  }, 180_000);
});
