// Import benchmark (issue: bulk import). Everything goes through the product's CLI in a child process —
// `npm run cli -- import FILE --org CODE --json`, full validation, staging, classification and the
// all-or-nothing commit with history rows and statistics — against a database of its own:
//
//   1. raw COPY of the same rows (already sealed, read from a file) into `workers`: the baseline;
//   2. the CSV import of those rows (PostgreSQL), its peak RSS, then the same for a file 1/10 the size;
//   3. an .xlsx of the smaller file's rows;
//   4. a county-size CSV on the embedded database (PGlite).
//
// Between runs `workers` is emptied and the counters rebuilt, so every import starts from the same state.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../apps/api/src/config.ts';
import { encodeCopy, openDatabase, type Database } from '../apps/api/src/db/database.ts';
import { rebuildAllCounters } from '../apps/api/src/modules/stats/stats-maintenance.ts';
import { resultRows } from '../apps/api/src/modules/stats/stats.queries.ts';
import { prepareDatabase } from '../apps/api/src/seed/first-start.ts';
import { loadPiiCrypto, type PiiCrypto } from '../apps/api/src/security/pii-crypto.ts';
import { allocateWorkers, generatePeople, readCountyUrbanPopulation, type BenchCommunity } from './generate-people.ts';
import { generateWorkerBatches } from './generate-workers.ts';
import { writeImportCsv, writeImportXlsx } from './import-files.ts';

export interface ImportBenchOptions {
  /** postgres://… of a running cluster; the bench creates its own database in it. */
  clusterUrl: string;
  repoRoot: string;
  divisionsDir: string;
  seed: number;
  today: string;
  /** Rows of the large CSV (PostgreSQL); the smaller CSV and the .xlsx get a tenth of it. */
  rows: number;
  xlsxRows: number;
  pgliteRows: number;
  /** Province of the PostgreSQL files, county of the PGlite file. */
  province: string;
  county: string;
  log: (s: string) => void;
}

export interface CliRun {
  label: string;
  rows: number;
  wallMs: number;
  validateMs: number;
  writeMs: number;
  peakRssMb: number;
  created: number;
  rejected: number;
  fileMb: number;
}

export interface ImportBenchResult {
  copy: { rows: number; ms: number };
  runs: CliRun[];
  agree: boolean;
  problems: string[];
}

const mbOf = (bytes: number) => bytes / 1024 / 1024;

/** Runs the CLI as a user would and samples its peak RSS (VmHWM) from /proc until it exits. */
async function runCli(opts: { repoRoot: string; env: NodeJS.ProcessEnv; file: string; org: string }): Promise<{ wallMs: number; peakRssMb: number; report: { created: number; rejected: unknown[] } }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', 'import', opts.file, '--org', opts.org, '--json'], {
    cwd: opts.repoRoot,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  let peakKb = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // the process has just exited
    }
  };
  const timer = setInterval(sample, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`cli import ${opts.file} exited ${code}: ${err.slice(-2000)} ${out.slice(0, 500)}`);
  return { wallMs, peakRssMb: peakKb / 1024, report: JSON.parse(out) as { created: number; rejected: unknown[] } };
}

async function latestJobTimes(database: Database): Promise<{ validateMs: number; writeMs: number }> {
  const [j] = resultRows<{ started_at: Date; phase_started_at: Date; finished_at: Date }>(
    await database.db.execute(sql`select started_at, phase_started_at, finished_at from import_jobs order by id desc limit 1`),
  );
  if (!j) throw new Error('no import job recorded');
  const t = (d: Date | string) => new Date(d).getTime();
  return { validateMs: t(j.phase_started_at) - t(j.started_at), writeMs: t(j.finished_at) - t(j.phase_started_at) };
}

async function communitiesUnder(database: Database, prefix: string): Promise<BenchCommunity[]> {
  return resultRows<{ code: string; parent_code: string }>(
    await database.db.execute(sql`select code, parent_code from org_units where level = 'community' and code like ${prefix + '%'} order by code`),
  ).map((r) => ({ code: r.code, streetCode: r.parent_code }));
}

async function namesOf(database: Database): Promise<Map<string, string>> {
  const rows = resultRows<{ code: string; name: string }>(await database.db.execute(sql`select code, name from org_units where level in ('province', 'county')`));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The rows as sealed COPY text in a file, so the baseline times PostgreSQL alone. */
async function writeCopyFile(path: string, people: Parameters<typeof generateWorkerBatches>[0]): Promise<string[]> {
  const out = createWriteStream(path);
  let columns: string[] = [];
  for await (const batch of generateWorkerBatches(people)) {
    columns = batch.columns.filter((c) => c !== 'id');
    const idAt = batch.columns.indexOf('id');
    if (!out.write(encodeCopy(batch.rows.map((r) => r.filter((_, i) => i !== idAt))).text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return columns;
}

async function emptyWorkers(database: Database): Promise<void> {
  await database.db.execute(sql`truncate workers, import_rows, import_errors cascade`);
  await rebuildAllCounters(database.db);
  await database.db.execute(sql`vacuum analyze workers`);
}

async function countsAgree(database: Database, expected: number, label: string, problems: string[]): Promise<void> {
  const [r] = resultRows<{ workers: string; counted: string | null; history: string }>(
    await database.db.execute(sql`select (select count(*) from workers) as workers,
      (select n from org_stat_counters where org_code = '' and dim = 'total' and value = '') as counted,
      (select count(*) from worker_history) as history`),
  );
  if (Number(r!.workers) !== expected) problems.push(`${label}: ${r!.workers} workers stored, expected ${expected}`);
  if (Number(r!.counted ?? 0) !== expected) problems.push(`${label}: national counter says ${r!.counted}, expected ${expected}`);
  if (Number(r!.history) !== expected) problems.push(`${label}: ${r!.history} archive rows, expected ${expected} (one per created worker)`);
}

export async function runImportBench(o: ImportBenchOptions): Promise<ImportBenchResult> {
  const work = mkdtempSync(join(tmpdir(), 'cwp-import-bench-'));
  const admin = new pg.Client({ connectionString: o.clusterUrl });
  await admin.connect();
  await admin.query('drop database if exists import_bench');
  await admin.query('create database import_bench');
  await admin.end();
  const url = o.clusterUrl.replace(/\/[^/]*$/, '/import_bench');
  const dataDir = join(work, 'data');
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url, DEMO: 'off', LOG_LEVEL: 'silent' }, { repoRoot: o.repoRoot });
  const crypto: PiiCrypto = loadPiiCrypto(config.piiKeyFile);
  const database = await openDatabase({ databaseUrl: url });
  const problems: string[] = [];
  const runs: CliRun[] = [];
  try {
    await prepareDatabase({ database, crypto, demo: false, demoPassword: 'Bench@2024-import' });
    const names = await namesOf(database);
    const urban = readCountyUrbanPopulation(o.divisionsDir);
    const peopleFor = async (prefix: string, n: number, seed: number) => {
      const communities = await communitiesUnder(database, prefix);
      return { communities, counts: allocateWorkers(communities, urban, n).counts, seed, today: o.today, names };
    };
    const pgEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url, DEMO: 'off', LOG_LEVEL: 'silent' };

    // Files first (not timed).
    const big = await peopleFor(o.province, o.rows, o.seed);
    const bigCsv = join(work, `roster-${o.rows}.csv`);
    await writeImportCsv(bigCsv, generatePeople(big));
    const copyFile = join(work, 'baseline.copy');
    const columns = await writeCopyFile(copyFile, { ...big, crypto });
    const small = await peopleFor(o.province, o.xlsxRows, o.seed + 1);
    const smallCsv = join(work, `roster-${o.xlsxRows}.csv`);
    await writeImportCsv(smallCsv, generatePeople(small));
    const smallXlsx = join(work, `roster-${o.xlsxRows}.xlsx`);
    await writeImportXlsx(smallXlsx, generatePeople(small));
    const countyPeople = await peopleFor(o.county, o.pgliteRows, o.seed + 2);
    const countyCsv = join(work, `county-${o.pgliteRows}.csv`);
    await writeImportCsv(countyCsv, generatePeople(countyPeople));
    o.log(`import files written: ${[bigCsv, smallCsv, smallXlsx, countyCsv].map((f) => `${f.split('/').pop()} ${mbOf(statSync(f).size).toFixed(0)} MB`).join(', ')}`);

    // 1. Raw COPY baseline.
    await emptyWorkers(database);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let t = performance.now();
    await pipeline(createReadStream(copyFile), client.query(copyFrom(`COPY workers (${columns.join(', ')}) FROM STDIN WITH (FORMAT text)`)));
    const copyMs = performance.now() - t;
    await client.end();
    const [copied] = resultRows<{ n: string }>(await database.db.execute(sql`select count(*) as n from workers`));
    if (Number(copied!.n) !== o.rows) problems.push(`raw COPY stored ${copied!.n} rows, expected ${o.rows}`);
    o.log(`raw COPY: ${o.rows} rows in ${(copyMs / 1000).toFixed(1)} s (${Math.round(o.rows / (copyMs / 1000))} rows/s)`);

    // 2–3. CLI imports on PostgreSQL.
    const cases = [
      { label: `CSV ${o.rows.toLocaleString('en-US')} rows`, file: bigCsv, rows: o.rows },
      { label: `CSV ${o.xlsxRows.toLocaleString('en-US')} rows`, file: smallCsv, rows: o.xlsxRows },
      { label: `.xlsx ${o.xlsxRows.toLocaleString('en-US')} rows`, file: smallXlsx, rows: o.xlsxRows },
    ];
    for (const c of cases) {
      await emptyWorkers(database);
      t = performance.now();
      o.log(`import ${c.label} (PostgreSQL)…`);
      const r = await runCli({ repoRoot: o.repoRoot, env: pgEnv, file: c.file, org: o.province });
      const times = await latestJobTimes(database);
      runs.push({ label: `${c.label}, PostgreSQL`, rows: c.rows, wallMs: r.wallMs, ...times, peakRssMb: r.peakRssMb, created: r.report.created, rejected: r.report.rejected.length, fileMb: mbOf(statSync(c.file).size) });
      if (r.report.created !== c.rows || r.report.rejected.length) problems.push(`${c.label}: created ${r.report.created}, rejected ${r.report.rejected.length}`);
      await countsAgree(database, c.rows, c.label, problems);
      o.log(`  ${(r.wallMs / 1000).toFixed(1)} s wall, validate ${(times.validateMs / 1000).toFixed(1)} s, write ${(times.writeMs / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
    }
    await emptyWorkers(database);

    // 4. PGlite, county-size file, on a prepared data directory.
    const liteDir = join(work, 'lite');
    const liteConfig = loadConfig({ DATA_DIR: liteDir, DEMO: 'off', LOG_LEVEL: 'silent' }, { repoRoot: o.repoRoot });
    const lite = await openDatabase({ pgliteDir: join(liteConfig.dataDir, 'pglite') });
    await prepareDatabase({ database: lite, crypto: loadPiiCrypto(liteConfig.piiKeyFile), demo: false, demoPassword: 'Bench@2024-import' });
    await lite.close();
    o.log(`import county CSV ${o.pgliteRows} rows (PGlite)…`);
    const { DATABASE_URL: _omit, ...liteEnvBase } = process.env;
    const r = await runCli({ repoRoot: o.repoRoot, env: { ...liteEnvBase, DATA_DIR: liteDir, DEMO: 'off', LOG_LEVEL: 'silent' }, file: countyCsv, org: o.county });
    const reopened = await openDatabase({ pgliteDir: join(liteConfig.dataDir, 'pglite') });
    const times = await latestJobTimes(reopened);
    await countsAgree(reopened, o.pgliteRows, 'PGlite county CSV', problems);
    await reopened.close();
    runs.push({ label: `CSV ${o.pgliteRows.toLocaleString('en-US')} rows (county ${o.county}), PGlite`, rows: o.pgliteRows, wallMs: r.wallMs, ...times, peakRssMb: r.peakRssMb, created: r.report.created, rejected: r.report.rejected.length, fileMb: mbOf(statSync(countyCsv).size) });
    if (r.report.created !== o.pgliteRows || r.report.rejected.length) problems.push(`PGlite county CSV: created ${r.report.created}, rejected ${r.report.rejected.length}`);
    o.log(`  ${(r.wallMs / 1000).toFixed(1)} s wall, validate ${(times.validateMs / 1000).toFixed(1)} s, write ${(times.writeMs / 1000).toFixed(1)} s`);
    return { copy: { rows: o.rows, ms: copyMs }, runs, agree: problems.length === 0, problems };
  } finally {
    await database.close().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}
