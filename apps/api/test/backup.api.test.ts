import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/database.ts';
import { connectionOf, openConnection, type RawConnection } from '../src/modules/backup/backup-connection.ts';
import { BackupWriter, readBackup } from '../src/modules/backup/backup-format.ts';
import { backupDatabase, restoreBackup } from '../src/modules/backup/backup.service.ts';
import { countRelations, listTables, readMigrations, readSequences } from '../src/modules/backup/backup.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { createClusterDatabase, dropClusterDatabases, runCli } from './test-cluster.ts';
import { testDatabaseUrl } from './test-env.ts';

const dir = mkdtempSync(join(tmpdir(), 'cwp-backup-'));
const file = join(dir, 'full.backup.gz');
let t: TestApp;
const REASON = '家中有事\n第二行\t制表 \\N 反斜杠\\ "引号" 😀';
const created: string[] = [];
let leaveId: number;

/** An empty database of the kind under test: in-memory PGlite, or a new database on the throwaway cluster. */
async function emptyTarget(opts: { onDisk?: boolean } = {}): Promise<{ conn: RawConnection; url?: string; pgliteDir?: string }> {
  const cluster = testDatabaseUrl();
  if (!cluster) {
    const pgliteDir = opts.onDisk ? join(dir, `pglite-${created.length}`) : 'memory://';
    created.push(pgliteDir);
    return { conn: await openConnection({ pgliteDir, mustExist: false }), pgliteDir };
  }
  const target = (await createClusterDatabase('restore'))!;
  created.push(target.name);
  return { conn: await openConnection({ databaseUrl: target.url, pgliteDir: '', mustExist: false }), url: target.url };
}

/** Every table's row count and an order-independent digest of its rows, every sequence's state, the schema version. */
async function fingerprint(conn: RawConnection) {
  const tables: Record<string, { rows: number; md5: string }> = {};
  for (const table of await listTables(conn)) {
    const [r] = await conn.query<{ rows: number; md5: string }>(
      `select count(*)::int as rows, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as md5 from ${table.name} x`,
    );
    tables[table.name] = r!;
  }
  return { tables, sequences: await readSequences(conn), migrations: await readMigrations(conn) };
}

beforeAll(async () => {
  t = await createTestApp();
  // Changes after the demo load: an approved leave whose reason has every character COPY must escape,
  // and a logout (a deleted session row), so sequences run ahead of the rows.
  const worker = await t.login('gongzuozhe');
  const me = (await t.request({ method: 'GET', url: '/api/me', cookie: worker })).json() as { workerId: number };
  const leave = await t.request({
    method: 'POST',
    url: '/api/leave',
    cookie: worker,
    body: { workerId: me.workerId, leaveType: '事假', reason: REASON, startDate: '2031-03-03', endDate: '2031-03-03' },
  });
  expect(leave.statusCode, leave.body).toBe(200);
  leaveId = leave.json().requestId;
  const shuji = await t.login('shuji');
  const ok = await t.request({ method: 'POST', url: `/api/workflow/requests/${leave.json().requestId}/act`, cookie: shuji, body: { action: 'approve', version: 1 } });
  expect(ok.statusCode, ok.body).toBe(200);
  await t.request({ method: 'POST', url: '/api/auth/logout', cookie: shuji });

  const conn = await connectionOf(t.database);
  try {
    await backupDatabase(conn, file, { keyFile: t.config.piiKeyFile });
  } finally {
    await conn.close();
  }
}, 240_000);

afterAll(async () => {
  await t?.close();
  if (testDatabaseUrl()) await dropClusterDatabases(created);
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (issue 8)', () => {
  it('a backup restores into an empty database and every table compares equal (rows, content, sequences, schema version)', async () => {
    const source = await connectionOf(t.database);
    const before = await fingerprint(source);
    await source.close();
    expect(Object.keys(before.tables).length).toBeGreaterThan(40);
    expect(before.tables['public.workers']!.rows).toBeGreaterThan(100);

    const { conn, url, pgliteDir } = await emptyTarget({ onDisk: true });
    const report = await restoreBackup(conn, file, { keyFile: t.config.piiKeyFile });
    expect(report.tables).toBe(Object.keys(before.tables).length);
    const after = await fingerprint(conn);
    await conn.close();
    expect(after.tables).toEqual(before.tables);
    expect(after.sequences).toEqual(before.sequences);
    expect(after.migrations).toEqual(before.migrations);
    expect(after.sequences.filter((s) => s.isCalled).length).toBeGreaterThan(5);

    // The restored database serves the app: logins work and the leave's reason reads back character for character.
    const database = await openDatabase({ databaseUrl: url, pgliteDir });
    const app = await buildApp({ config: t.config, database, crypto: t.crypto, logger: false });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'gongzuozhe', password: 'Demo@123456' } });
      expect(login.statusCode, login.body).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const mine = await app.inject({ method: 'GET', url: `/api/leave/${leaveId}`, headers: { cookie } });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().reason).toBe(REASON);
    } finally {
      await app.close();
      await database.close();
    }
  }, 240_000);

  it('restore refuses a non-empty database and changes nothing in it', async () => {
    const conn = await connectionOf(t.database);
    try {
      const before = await fingerprint(conn);
      await expect(restoreBackup(conn, file, { keyFile: t.config.piiKeyFile })).rejects.toThrow(/目标数据库不是空的.*createdb|not empty/s);
      expect(await fingerprint(conn)).toEqual(before);
    } finally {
      await conn.close();
    }
  }, 120_000);

  it('a truncated, edited or foreign file is refused with a clear error and the database stays empty', async () => {
    const bytes = readFileSync(file);
    const truncated = join(dir, 'truncated.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    // Edited inside a table but re-compressed, so gzip itself is happy: the table's checksum is not.
    const text = gunzipSync(bytes).toString('utf8');
    const edited = join(dir, 'edited.gz');
    writeFileSync(edited, gzipSync(Buffer.from(text.replace('家中有事', '家中无事'))));
    const cutAtTable = join(dir, 'cut.gz');
    writeFileSync(cutAtTable, gzipSync(Buffer.from(text.slice(0, text.lastIndexOf('TABLE ')))));
    const foreign = join(dir, 'foreign.gz');
    writeFileSync(foreign, gzipSync(Buffer.from('-- PostgreSQL database dump\n')));

    // One target for all: each refusal must leave it exactly as empty as it was.
    const { conn } = await emptyTarget();
    try {
      for (const [path, pattern] of [
        [truncated, /备份文件不完整或已损坏/],
        [edited, /does not match its checksum/],
        [cutAtTable, /不完整或已损坏/],
        [foreign, /不是本系统的备份文件/],
        [join(dir, 'missing.gz'), /备份文件不存在/],
      ] as const) {
        await expect(restoreBackup(conn, path, { keyFile: t.config.piiKeyFile }), path).rejects.toThrow(pattern);
        expect(await countRelations(conn), path).toBe(0);
      }
    } finally {
      await conn.close();
    }
  }, 240_000);

  it('a load that fails half-way (rows breaking a key) is rolled back completely, schema included', async () => {
    // A well-formed file whose users table holds every row twice: it passes the file checks, the COPY fails.
    const doubled = join(dir, 'doubled.gz');
    const writer = new BackupWriter(doubled);
    let rows: Buffer[] = [];
    let table = '';
    for await (const ev of readBackup(file)) {
      if (ev.kind === 'manifest') await writer.begin(ev.manifest);
      else if (ev.kind === 'table') {
        table = ev.name;
        rows = [];
        await writer.startTable(ev.name, ev.columns);
      } else if (ev.kind === 'rows') rows.push(ev.data);
      else if (ev.kind === 'end') {
        for (const r of table === 'public.users' ? [...rows, ...rows] : rows) await writer.rowsChunk(r);
        await writer.endTable();
      }
    }
    await writer.finish();
    const { conn } = await emptyTarget();
    try {
      await expect(restoreBackup(conn, doubled, { keyFile: t.config.piiKeyFile })).rejects.toThrow(/duplicate key|unique/i);
      expect(await countRelations(conn)).toBe(0);
    } finally {
      await conn.close();
    }
  }, 240_000);

  it('restore refuses without the PII key file the backup was made with (the key is never in the backup)', async () => {
    const keys = readFileSync(t.config.piiKeyFile, 'utf8');
    const hexKeys = [...keys.matchAll(/[0-9a-f]{32,64}/g)].map((m) => m[0]);
    expect(hexKeys.length).toBeGreaterThan(1);
    const content = gunzipSync(readFileSync(file)).toString('utf8');
    for (const k of hexKeys) expect(content).not.toContain(k);

    const other = join(dir, 'other-keys.json');
    writeFileSync(other, keys.replace(/"hmac":\s*"([0-9a-f])/, (_m, c: string) => `"hmac": "${c === 'a' ? 'b' : 'a'}`));
    const { conn } = await emptyTarget();
    try {
      for (const [keyFile, pattern] of [
        [join(dir, 'no-such-key.json'), /缺少个人信息密钥文件/],
        [other, /不是制作备份时的密钥文件/],
      ] as const) {
        await expect(restoreBackup(conn, file, { keyFile })).rejects.toThrow(pattern);
        expect(await countRelations(conn)).toBe(0);
      }
      // The right key file, copied beside the new database: the same target takes the restore.
      const copied = join(dir, 'copied-keys.json');
      copyFileSync(t.config.piiKeyFile, copied);
      expect((await restoreBackup(conn, file, { keyFile: copied })).rows).toBeGreaterThan(1000);
    } finally {
      await conn.close();
    }
  }, 240_000);
});

const cli = runCli;

describe('backup and restore from the command line (issue 8)', () => {
  it('npm run cli -- backup / restore: refuses while the server holds the embedded database, refuses a non-empty target, needs the key file', async () => {
    // Source: a DATA_DIR (or a database) holding the backup made above.
    const a = join(dir, 'cli-a');
    const b = join(dir, 'cli-b');
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(t.config.piiKeyFile, join(a, 'pii-keys.json'));
    const source = await emptyTarget();
    const envA: Record<string, string> = { DATA_DIR: a };
    if (source.url) envA.DATABASE_URL = source.url;
    else {
      await source.conn.close();
      source.conn = await openConnection({ pgliteDir: join(a, 'pglite'), mustExist: false });
    }
    await restoreBackup(source.conn, file, { keyFile: join(a, 'pii-keys.json') });
    await source.conn.close();

    const out = join(dir, 'cli.backup.gz');
    if (!source.url) {
      // A running server (this test process stands in for it) holds the embedded database.
      writeFileSync(join(a, 'server.pid'), String(process.pid));
      const busy = await cli(['backup', out], envA);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain('请先停止服务');
      rmSync(join(a, 'server.pid'));
    }
    const made = await cli(['backup', out], envA);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/已备份 Backed up: \d+ 张表/);
    expect(made.stdout).toContain('不在备份中');
    expect((await cli(['backup', out], envA)).code).toBe(2); // never overwrites a backup

    const target = await emptyTarget();
    await target.conn.close();
    const envB: Record<string, string> = { DATA_DIR: b };
    if (target.url) envB.DATABASE_URL = target.url;
    const noKey = await cli(['restore', out], envB);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('缺少个人信息密钥文件');
    copyFileSync(t.config.piiKeyFile, join(b, 'pii-keys.json'));
    const restored = await cli(['restore', out], envB);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('行数已逐表核对');
    const again = await cli(['restore', out], envB);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('目标数据库不是空的');
  }, 300_000);
});
