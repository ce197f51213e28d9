// Fault tests (issue 8, reliability): the real server is killed in the middle of a write burst; PostgreSQL
// is stopped under load and comes back; two clerks edit the same worker at the same moment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@cwp/contracts/auth.contract';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.ts';
import { verifyAuditChain } from '../src/modules/audit/audit-chain.service.ts';
import { directCounters, getAsOf, readCounters, resultRows } from '../src/modules/stats/stats.queries.ts';
import { startThrowawayCluster, type ThrowawayCluster } from '../../../scripts/pg-cluster.ts';
import { createTestApp, makeIdNumber, workerInput } from './test-app.ts';
import { testDatabaseUrl, testDbKind } from './test-env.ts';
import { startServerProcess, type ServerProcess } from '../../../scripts/server-process.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(clusterUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dropDatabase(clusterUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

// Writes carry the app's CSRF header, as the web app's own requests do.
const json = { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE };

function register(s: ServerProcess, cookie: string, i: number) {
  // 1985-01-01 + i days gives every request its own valid ID number.
  const birth = new Date(Date.UTC(1985, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const body = workerInput({ name: `突发${String(i).padStart(4, '0')}`, idNumber: makeIdNumber('370902', birth, 100 + (i % 800)) });
  return fetch(`${s.baseUrl}/api/workers`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
}

/** Checks that the stored data is whole: archive row and audit row per worker, counters equal GROUP BY, audit chain intact. */
async function checkConsistency(database: Database, acked: Map<number, string>) {
  const db = database.db;
  const rows = (r: unknown) => resultRows<Record<string, unknown>>(r);
  const stored = rows(await db.execute(sql`select id, name from workers where name like '突发%'`));
  const byId = new Map(stored.map((r) => [Number(r.id), String(r.name)]));
  for (const [id, name] of acked) expect(byId.get(id), `acknowledged worker ${id} lost`).toBe(name);
  const noArchive = rows(await db.execute(sql`select w.id from workers w where not exists (select 1 from worker_history h where h.worker_id = w.id and h.kind = 'registered')`));
  expect(noArchive, 'workers without their archive row').toEqual([]);
  const noAudit = rows(await db.execute(sql`select w.id from workers w where w.name like '突发%' and not exists (select 1 from audit_log a where a.object_type = 'worker' and a.object_id = w.id::text and a.action = 'worker_register')`));
  expect(noAudit, 'workers without their audit row').toEqual([]);
  const asOf = (await getAsOf(db))!;
  const norm = (xs: { dim: string; value: string; n: number }[]) =>
    xs.filter((x) => Number(x.n) !== 0).map((x) => `${x.dim}|${x.value}|${Number(x.n)}`).sort();
  expect(norm(await readCounters(db, ['370902']))).toEqual(norm(await directCounters(db, '370902', asOf)));
  const chain = await verifyAuditChain(db);
  expect(chain.broken).toBeUndefined();
  expect(chain.ok).toBe(true);
  return stored.length;
}

describe('fault: the server is killed during a write burst (reliability)', () => {
  it('kill the server during a write burst: no committed write lost, no partial write visible', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cwp-fault-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const clusterUrl = testDatabaseUrl();
    let databaseUrl: string | undefined;
    if (clusterUrl) {
      const name = `fault_${process.pid}`;
      databaseUrl = await createDatabase(clusterUrl, name);
      cleanups.push(() => dropDatabase(clusterUrl, name));
    }
    let server = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(() => server.kill('SIGKILL'));
    let cookie = await server.login('taishan');

    // A burst of registrations, 12 in flight at a time; SIGKILL once 25 have been acknowledged, with the
    // other requests still in flight (some inside their transaction).
    const acked = new Map<number, string>();
    const failed: string[] = [];
    let next = 0;
    let killed = false;
    const TOTAL = 400;
    const lane = async () => {
      while (next < TOTAL && !killed) {
        const i = next++;
        try {
          const res = await register(server, cookie, i);
          const body = (await res.json()) as { id: number; name: string; code?: string };
          if (res.status === 200) acked.set(body.id, body.name);
          else failed.push(`${res.status} ${body.code}`);
        } catch {
          // The connection died with the server: not acknowledged, so it may or may not be stored.
          failed.push('connection');
        }
        if (!killed && acked.size >= 25) {
          killed = true;
          server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, lane));
    await server.exited;
    console.log(`burst: ${acked.size} acknowledged, ${failed.length} in flight when killed`);
    expect(killed).toBe(true);
    expect(acked.size).toBeGreaterThanOrEqual(25);
    // Every refusal was the kill, not a validation problem of the burst itself.
    expect(failed.filter((f) => f !== 'connection')).toEqual([]);
    expect(failed.length, 'requests in flight when the server was killed').toBeGreaterThan(0);

    // Same DATA_DIR (PGlite recovers its WAL) or the same PostgreSQL database.
    server = await startServerProcess({ dataDir, databaseUrl });
    cookie = await server.login('taishan');
    for (const [id, name] of acked) {
      const res = await fetch(`${server.baseUrl}/api/workers/${id}`, { headers: { cookie } });
      expect(res.status, `worker ${id} after restart`).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe(name);
    }
    // The restarted server takes writes again.
    expect((await register(server, cookie, TOTAL + 1)).status).toBe(200);

    // Read the stored data directly: PGlite has one owner, so stop the server first.
    server.kill('SIGTERM');
    await server.exited;
    const database = await openDatabase({ databaseUrl, pgliteDir: join(dataDir, 'pglite') });
    try {
      const n = await checkConsistency(database, acked);
      expect(n).toBeGreaterThanOrEqual(26);
    } finally {
      await database.close();
    }
  }, 240_000);
});

describe('fault: PostgreSQL restarts under load (reliability)', () => {
  const onPostgres = testDbKind() === 'postgres';
  it('restart PostgreSQL under load: the API answers 503 with a clear message meanwhile and recovers by itself', async (ctx) => {
    if (!onPostgres) ctx.skip('PGlite runs inside the server process, so there is no database server to restart; run with TEST_DB=postgres');
    // Its own cluster, so stopping it does not disturb the other test files on the shared one.
    const cluster: ThrowawayCluster = await startThrowawayCluster();
    cleanups.push(() => cluster.stop());
    const databaseUrl = await createDatabase(cluster.url, 'restart');
    const dataDir = mkdtempSync(join(tmpdir(), 'cwp-fault-pg-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(() => server.kill('SIGKILL'));
    const cookie = await server.login('taishan');

    const seen: { phase: string; status: number; code?: string; message?: string }[] = [];
    let phase = 'before';
    let stop = false;
    let i = 1000;
    const lane = async (kind: number) => {
      while (!stop) {
        const p = phase;
        try {
          const res =
            kind === 0
              ? await register(server, cookie, i++)
              : await fetch(`${server.baseUrl}${kind === 1 ? '/api/workers?org=370902&pageSize=20' : '/api/health'}`, { headers: { cookie }, signal: AbortSignal.timeout(20_000) });
          const body = (await res.json()) as { code?: string; message?: string };
          // A request sent just before the database went away (or came back) belongs to neither side.
          seen.push({ phase: p === phase ? p : 'transition', status: res.status, code: body.code, message: body.message });
        } catch (err) {
          seen.push({ phase: p, status: 0, message: String(err) });
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const lanes = [lane(0), lane(1), lane(1), lane(2)];
    await new Promise((r) => setTimeout(r, 1500));
    phase = 'down';
    await cluster.pause();
    await new Promise((r) => setTimeout(r, 3000));
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringContaining('数据库'), messageEn: expect.stringContaining('database') });
    phase = 'resuming';
    await cluster.resume();
    // Recovers by itself: no restart of the API, the pool opens new connections.
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${server.baseUrl}/api/health`)).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 200));
    }
    phase = 'after';
    await new Promise((r) => setTimeout(r, 2000));
    stop = true;
    await Promise.all(lanes);

    const summary = (p: string) => seen.filter((s) => s.phase === p).map((s) => `${s.status}${s.code ? ` ${s.code}` : ''}`);
    const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));
    console.log('before', tally(summary('before')), 'down', tally(summary('down')), 'resuming', tally(summary('resuming')), 'after', tally(summary('after')));
    // Never a 500 or a dropped connection: while the database is away every answer is the clear 503.
    expect(seen.filter((s) => s.status === 0 || s.status >= 500 && s.code !== 'DB_UNAVAILABLE')).toEqual([]);
    expect(seen.filter((s) => s.phase === 'before' || s.phase === 'after').every((s) => s.status === 200)).toBe(true);
    expect(summary('down')).toContain('503 DB_UNAVAILABLE');
    expect(summary('after').length).toBeGreaterThan(5);
    // The same session still works: nothing cached a dead connection.
    const res = await fetch(`${server.baseUrl}/api/workers?org=370902`, { headers: { cookie } });
    expect(res.status).toBe(200);
  }, 240_000);
});

describe('optimistic concurrency on worker edits (reliability)', () => {
  it('two clerks editing the same worker: the second gets a conflict', async () => {
    const t = await createTestApp();
    cleanups.push(() => t.close());
    const [taishan, daimiao] = [await t.login('taishan'), await t.login('daimiao')];
    const w = (await t.request({ method: 'POST', url: '/api/workers', cookie: daimiao, body: workerInput({ idNumber: makeIdNumber('370902', '1988-08-08', 77) }) })).json();
    // Both opened version 1 and press save at the same moment.
    const [a, b] = await Promise.all([
      t.request({ method: 'PATCH', url: `/api/workers/${w.id}`, cookie: daimiao, body: { fullTimeMajor: '行政管理', version: w.version } }),
      t.request({ method: 'PATCH', url: `/api/workers/${w.id}`, cookie: taishan, body: { fullTimeMajor: '法学', version: w.version } }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(loser.json()).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.any(String), messageEn: expect.any(String) });
    const now = (await t.request({ method: 'GET', url: `/api/workers/${w.id}`, cookie: daimiao })).json();
    expect(now.fullTimeMajor).toBe(winner.json().fullTimeMajor);
    expect(now.version).toBe(w.version + 1);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${w.id}/history`, cookie: daimiao })).json() as { kind: string }[];
    expect(history.filter((h) => h.kind === 'updated')).toHaveLength(1);
  });
});
