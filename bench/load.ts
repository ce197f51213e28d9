// Load benchmark ("load" part of `npm run bench`): the real server process on the throwaway PostgreSQL with
// the 泰安 demo data, one signed-in session reused by every connection, autocannon on loopback. Worker
// detail reads across all demo ids and roster list reads across the org tree, each for `seconds`, with
// GET /api/health (no session, one trivial query) as the baseline of what the HTTP stack alone costs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { startServerProcess } from '../scripts/server-process.ts';
import { int } from './bench-kit.ts';

export const DETAIL_GOAL_RPS = 3000;

export interface LoadRun {
  label: string;
  path: string;
  result: Result;
  /** CPU time the server process used per request (user + system), ms; null where /proc is missing. */
  serverCpuMs: number | null;
  /** The same for the load generator (this process). */
  clientCpuMs: number;
}

/** utime + stime of a process in ms, from /proc (Linux); null elsewhere. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ": state is field 0, utime 11, stime 12, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

export interface LoadBenchResult {
  runs: LoadRun[];
  workers: number;
  orgs: number;
  /** No request failed or answered anything but 2xx. */
  ok: boolean;
  connections: number;
  seconds: number;
}

export async function runLoadBench(opts: { clusterUrl: string; seconds: number; connections: number; log: (s: string) => void }): Promise<LoadBenchResult> {
  const { log } = opts;
  const admin = new pg.Client({ connectionString: opts.clusterUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS load_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE load_bench');
  await admin.end();
  const u = new URL(opts.clusterUrl);
  u.pathname = '/load_bench';
  const dataDir = mkdtempSync(join(tmpdir(), 'cwp-load-'));
  log('load: starting the server (泰安 demo data on PostgreSQL)');
  // LOG_LEVEL=warn: per-request info lines would measure the log sink; production keeps its own level.
  let server = await startServerProcess({ dataDir, databaseUrl: u.toString(), timeoutMs: 300_000 });
  try {
    let cookie = await server.login('taian');
    const get = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    // Every worker id of the demo city (paged), and the org codes above them down to communities.
    const ids: number[] = [];
    const codes = new Set<string>(['3709']);
    for (let page = 1; ; page++) {
      const r = await get<{ items: { id: number; communityCode: string }[]; total: number }>(`/api/workers?org=3709&page=${page}&pageSize=200`);
      for (const w of r.items) {
        ids.push(w.id);
        for (const len of [6, 9, 12]) codes.add(w.communityCode.slice(0, len));
      }
      if (r.items.length === 0 || ids.length >= r.total) break;
    }
    const orgs = [...codes];
    log(`load: ${int(ids.length)} workers, ${orgs.length} org codes; ${opts.seconds} s per run, ${opts.connections} connections`);
    if (ids.length === 0 || orgs.length === 0) throw new Error('load: no demo workers or org codes to read');

    const run = async (label: string, path: string, paths: () => string, seconds = opts.seconds, withCookie = true): Promise<LoadRun> => {
      const { pid, baseUrl } = server;
      log(`load: ${label} for ${seconds} s`);
      const cpu0 = processCpuMs(pid);
      const client0 = process.cpuUsage();
      const result = await autocannon({
        url: baseUrl,
        connections: opts.connections,
        duration: seconds,
        headers: withCookie ? { cookie } : {},
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths() }) }],
      });
      const cpu1 = processCpuMs(pid);
      const client = process.cpuUsage(client0);
      const n = Math.max(1, result.requests.total);
      const serverCpuMs = cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / n : null;
      const clientCpuMs = (client.user + client.system) / 1000 / n;
      log(`load: ${label}: ${int(Math.round(result.requests.average))} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}, server CPU ${serverCpuMs?.toFixed(3) ?? 'n/a'} ms/request`);
      return { label, path, result, serverCpuMs, clientCpuMs };
    };
    let k = 0;
    const detail = () => `/api/workers/${ids[k++ % ids.length]}`;
    let m = 0;
    const list = () => `/api/workers?org=${orgs[m++ % orgs.length]}`;
    // Warm-up: JIT, PostgreSQL buffers, the pool's connections.
    await run('warm-up', '', detail, Math.min(5, Math.ceil(opts.seconds / 3)));
    const runs = [
      await run('baseline: health check (no session, SELECT 1)', '/api/health', () => '/api/health', opts.seconds, false),
      await run('worker detail', `/api/workers/:id (${int(ids.length)} ids in turn)`, detail),
      await run('roster list, page 1', `/api/workers?org=… (${orgs.length} codes: city, counties, streets, communities)`, list),
    ];
    // The same detail reads with the session cache off: what the per-request session lookup costs.
    server.kill('SIGTERM');
    await server.exited;
    log('load: restarting the server with SESSION_CACHE_MS=0');
    server = await startServerProcess({ dataDir, databaseUrl: u.toString(), timeoutMs: 300_000, env: { SESSION_CACHE_MS: '0' } });
    cookie = await server.login('taian');
    await run('warm-up', '', detail, Math.min(5, Math.ceil(opts.seconds / 3)));
    runs.push(await run('worker detail, session cache off (SESSION_CACHE_MS=0)', `/api/workers/:id (${int(ids.length)} ids in turn)`, detail));
    const ok = runs.every((r) => r.result.errors === 0 && r.result.timeouts === 0 && r.result.non2xx === 0);
    return { runs, workers: ids.length, orgs: orgs.length, ok, connections: opts.connections, seconds: opts.seconds };
  } finally {
    server.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function loadReport(r: LoadBenchResult, head: { command: string; code: string; machine: string; load: string }): string {
  const detail = r.runs.find((x) => x.label === 'worker detail')!.result;
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const row = (x: LoadRun) =>
    `| ${x.label} | \`${x.path}\` | ${int(Math.round(x.result.requests.average))} | ${int(x.result.requests.total)} | ${x.result.latency.p50} | ${x.result.latency.p99} | ${x.result.latency.max} | ${x.result.errors + x.result.timeouts} | ${x.result.non2xx} | ${x.serverCpuMs?.toFixed(3) ?? 'n/a'} | ${x.serverCpuMs ? int(Math.round(1000 / x.serverCpuMs)) : 'n/a'} | ${x.clientCpuMs.toFixed(3)} |`;
  return [
    '# Benchmark: authenticated read load',
    '',
    `Run ${new Date().toISOString()} with \`${head.command}\`.`,
    '',
    `The real server (\`apps/api/src/main.ts\`, one Node process, LOG_LEVEL=warn) on a throwaway PostgreSQL 15 cluster (fsync off) with the 泰安 (3709) demo data: ${int(r.workers)} workers. One session of the 市 swb_admin \`taian\` is reused by every connection, so each request runs the real session check, permission and data-scope filter; the session cache is on as in production (\`SESSION_CACHE_MS\` 1000: the session's database lookup is made at most once a second per process), and a last run repeats the detail reads with it off. autocannon (same machine, loopback) keeps ${r.connections} connections busy for ${r.seconds} s per run after a warm-up. Detail reads walk all ${int(r.workers)} worker ids in turn; list reads walk ${r.orgs} org codes (page 1, default page size, default sort). The baseline is \`GET /api/health\` (no session, one \`select 1\`): the cost of HTTP, Fastify and one database round trip.`,
    '',
    '## Machine',
    '',
    `- Code: ${head.code}`,
    `- ${head.machine}; ${head.load}`,
    '- Client, server and PostgreSQL share the same cores. "server CPU ms/req" is the CPU time (user + system, from /proc) the server process spent per request during the run; it does not depend on what else the machine is doing, and 1000 / it is the most one Node process could serve with a whole core to itself (PostgreSQL and the client need CPU on top).',
    '',
    '## Results',
    '',
    '| run | path | req/s | requests | p50 ms | p99 ms | max ms | errors | non-2xx | server CPU ms/req | one-core ceiling req/s | client CPU ms/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.runs.map(row),
    '',
    '## Goals',
    '',
    '| goal | result | met |',
    '|---|---|:---:|',
    `| worker detail reads ≥ ${int(DETAIL_GOAL_RPS)} req/s against PostgreSQL | ${int(Math.round(detail.requests.average))} req/s (p99 ${detail.latency.p99} ms) | ${mark(detail.requests.average >= DETAIL_GOAL_RPS)} |`,
    `| no errors, timeouts or non-2xx answers in any run | ${r.runs.reduce((s, x) => s + x.result.errors + x.result.timeouts + x.result.non2xx, 0)} | ${mark(r.ok)} |`,
    '',
  ].join('\n');
}
