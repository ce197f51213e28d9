// Benchmark: `npm run bench [-- --part all|dashboard,grading,import,load --workers N --seed S --iterations K
//                                --import-rows N --xlsx-rows N --pglite-rows N --seconds S --connections C --out-dir DIR]`.
//
// Starts a throwaway PostgreSQL 15 and runs the parts: "dashboard" (dashboard-bench.ts: a national
// workforce of N workers, dashboard/quota/search timings against plain GROUP BY), "load" (load.ts: authenticated
// detail and list reads through the real server with autocannon, S seconds each) and "import"
// (import-bench.ts: CLI imports of generated rosters against a raw COPY of the same rows). Each part writes
// a Markdown results table to bench/results/ and prints it. Exits 1 when a number disagrees with its
// reference (a correctness failure); a missed performance goal is reported in the table, not the exit code.
import { loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { todayIso } from '@cwp/domain/dates';
import { startThrowawayCluster, type ThrowawayCluster } from '../scripts/pg-cluster.ts';
import { codeVersion, int, log, machineLine } from './bench-kit.ts';
import { runDashboardBench } from './dashboard-bench.ts';
import { runImportBench, type ImportBenchResult } from './import-bench.ts';
import { loadReport, runLoadBench } from './load.ts';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIVISIONS_DIR = resolve(REPO_ROOT, '../shared/data/divisions');

const { values: args } = parseArgs({
  options: {
    part: { type: 'string', default: 'all' },
    workers: { type: 'string', default: '5000000' },
    seed: { type: 'string', default: '20240328' },
    iterations: { type: 'string', default: '30' },
    'import-rows': { type: 'string', default: '1000000' },
    'xlsx-rows': { type: 'string', default: '100000' },
    'pglite-rows': { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '20' },
    'out-dir': { type: 'string', default: 'bench/results' },
  },
});
const positive = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const PART_NAMES = ['dashboard', 'grading', 'import', 'load'];
const PARTS = new Set(args.part === 'all' ? PART_NAMES : args.part!.split(','));
if (![...PARTS].every((p) => PART_NAMES.includes(p))) throw new Error('--part must be all or a comma list of dashboard, grading, import, load');
const WORKERS = positive('workers', args.workers, 1000);
const SEED = positive('seed', args.seed, 0);
const ITERATIONS = positive('iterations', args.iterations, 1);
const IMPORT_ROWS = positive('import-rows', args['import-rows'], 100);
const XLSX_ROWS = positive('xlsx-rows', args['xlsx-rows'], 10);
const PGLITE_ROWS = positive('pglite-rows', args['pglite-rows'], 10);
const LOAD_SECONDS = positive('seconds', args.seconds, 1);
const LOAD_CONNECTIONS = positive('connections', args.connections, 1);
const TODAY = todayIso();
const OUT_DIR = resolve(REPO_ROOT, args['out-dir']!);

const IMPORT_RATE_GOAL = 50_000;
const XLSX_GOAL_S = 30;
const PGLITE_GOAL_S = 10;
// Guangdong has the largest urban population; 泰山区 is the demo county.
const IMPORT_PROVINCE = '44';
const IMPORT_COUNTY = '370902';

const running: { cluster: ThrowawayCluster | null } = { cluster: null };
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void (running.cluster?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

function write(name: string, md: string) {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name);
  writeFileSync(path, md);
  process.stdout.write(`\n${md}\n`);
  log(`results written to ${relative(REPO_ROOT, path)}`);
}

function importReport(r: ImportBenchResult, loadBefore: number, minutes: number): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const copyRate = r.copy.rows / (r.copy.ms / 1000);
  const big = r.runs[0]!;
  const bigRate = big.rows / (big.wallMs / 1000);
  const smallCsv = r.runs[1]!;
  const xlsx = r.runs[2]!;
  const lite = r.runs[3]!;
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  return [
    `# Benchmark: import of ${int(IMPORT_ROWS)} workers`,
    '',
    `Run ${new Date().toISOString()} with \`npm run bench -- --part import --import-rows ${IMPORT_ROWS} --xlsx-rows ${XLSX_ROWS} --pglite-rows ${PGLITE_ROWS} --seed ${SEED}\`.`,
    '',
    `Each import is \`npm run cli -- import FILE --org CODE --json\` in its own process, timed from spawn to exit (Node start-up included): streaming read, full row validation (ID check digit, dates, enumerations, community in scope), SM4 + SM3-HMAC sealing, COPY into staging, classification against the registry, then one all-or-nothing transaction writing \`workers\`, one archive row per worker and the statistics counters. "validate" and "write" are the job's own phase times. Peak RSS is the CLI process's VmHWM. Files are generated people (deterministic seed) over the residents' committees of province ${IMPORT_PROVINCE} (county ${IMPORT_COUNTY} for PGlite), proportional to urban population, written with the template's headers as UTF-8 CSV (BOM) or .xlsx (ExcelJS). Every import starts from an empty \`workers\` table with the national org tree loaded and counters built; afterwards the stored rows, archive rows and national counter are checked.`,
    '',
    `The baseline is a raw \`COPY workers FROM STDIN\` of the same ${int(IMPORT_ROWS)} rows, already sealed (SM4 ciphertexts, blind indexes), streamed from a file on the same database and indexes: what PostgreSQL alone needs to store them.`,
    '',
    '## Machine',
    '',
    `- Code: ${codeVersion(REPO_ROOT)}`,
    `- ${machineLine()}; 1-minute load average ${loadBefore.toFixed(2)} at the start (2 cores = 2.0 is full), ${minutes.toFixed(1)} min in all`,
    `- PostgreSQL 15 throwaway cluster (fsync off); PGlite data directory on local disk`,
    '',
    '## Results',
    '',
    '| run | rows | file MB | wall s | validate s | write s | rows/s (wall) | peak RSS MB | created | rejected |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| raw COPY baseline, PostgreSQL | ${int(r.copy.rows)} | – | ${s(r.copy.ms)} | – | – | ${int(Math.round(copyRate))} | – | – | – |`,
    ...r.runs.map((x) => `| ${x.label} | ${int(x.rows)} | ${x.fileMb.toFixed(0)} | ${s(x.wallMs)} | ${s(x.validateMs)} | ${s(x.writeMs)} | ${int(Math.round(x.rows / (x.wallMs / 1000)))} | ${x.peakRssMb.toFixed(0)} | ${int(x.created)} | ${int(x.rejected)} |`),
    '',
    '## Goals',
    '',
    '| goal | result | met |',
    '|---|---|:---:|',
    `| ${int(IMPORT_ROWS)}-row CSV into PostgreSQL ≥ ${int(IMPORT_RATE_GOAL)} rows/s | ${int(Math.round(bigRate))} rows/s | ${mark(bigRate >= IMPORT_RATE_GOAL)} |`,
    `| … and ≥ half the speed of raw COPY | ${(bigRate / copyRate).toFixed(2)} × COPY (${int(Math.round(copyRate))} rows/s) | ${mark(bigRate / copyRate >= 0.5)} |`,
    `| ${int(XLSX_ROWS)}-row .xlsx ≤ ${XLSX_GOAL_S} s | ${s(xlsx.wallMs)} s | ${mark(xlsx.wallMs / 1000 <= XLSX_GOAL_S)} |`,
    `| peak RSS independent of file size | ${big.peakRssMb.toFixed(0)} MB for ${int(big.rows)} rows vs ${smallCsv.peakRssMb.toFixed(0)} MB for ${int(smallCsv.rows)} rows | ${mark(big.peakRssMb <= smallCsv.peakRssMb * 1.5)} |`,
    `| PGlite county file (${int(PGLITE_ROWS)} rows) ≤ ${PGLITE_GOAL_S} s | ${s(lite.wallMs)} s | ${mark(lite.wallMs / 1000 <= PGLITE_GOAL_S)} |`,
    `| stored rows, archive rows and counters equal the file | ${r.agree ? 'all checks agree' : r.problems.join('; ')} | ${mark(r.agree)} |`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  log(`code: ${codeVersion(REPO_ROOT)}`);
  log(`parts=${[...PARTS].join(',')} workers=${int(WORKERS)} import-rows=${int(IMPORT_ROWS)} seed=${SEED} iterations=${ITERATIONS} today=${TODAY}`);
  const cluster = (running.cluster = await startThrowawayCluster({ log }));
  let ok = true;
  if (PARTS.has('dashboard') || PARTS.has('grading')) {
    const r = await runDashboardBench({ clusterUrl: cluster.url, repoRoot: REPO_ROOT, divisionsDir: DIVISIONS_DIR, workers: WORKERS, seed: SEED, iterations: ITERATIONS, today: TODAY, dashboard: PARTS.has('dashboard'), grading: PARTS.has('grading') });
    if (r.md) write(`${TODAY}-${WORKERS}.md`, r.md);
    if (r.gradingMd) write(`${TODAY}-grading-${WORKERS}.md`, `# Benchmark: grade and pay, ${int(WORKERS)} workers\n\n- Code: ${codeVersion(REPO_ROOT)}\n- ${machineLine()}; 1-minute load average ${loadavg()[0]!.toFixed(2)} at the end\n\n${r.gradingMd}`);
    ok &&= r.ok;
  }
  if (PARTS.has('import')) {
    const loadBefore = loadavg()[0]!;
    const started = performance.now();
    const r = await runImportBench({
      clusterUrl: cluster.url,
      repoRoot: REPO_ROOT,
      divisionsDir: DIVISIONS_DIR,
      seed: SEED,
      today: TODAY,
      rows: IMPORT_ROWS,
      xlsxRows: XLSX_ROWS,
      pgliteRows: PGLITE_ROWS,
      province: IMPORT_PROVINCE,
      county: IMPORT_COUNTY,
      log,
    });
    write(`${TODAY}-import-${IMPORT_ROWS}.md`, importReport(r, loadBefore, (performance.now() - started) / 60000));
    ok &&= r.agree;
  }
  if (PARTS.has('load')) {
    const loadBefore = loadavg()[0]!;
    const r = await runLoadBench({ clusterUrl: cluster.url, seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS, log });
    const md = loadReport(r, {
      command: `npm run bench -- --part load --seconds ${LOAD_SECONDS} --connections ${LOAD_CONNECTIONS}`,
      code: codeVersion(REPO_ROOT),
      machine: machineLine(),
      load: `1-minute load average ${loadBefore.toFixed(2)} at the start (2 cores = 2.0 is full)`,
    });
    write(`${TODAY}-load.md`, md);
    ok &&= r.ok;
  }
  return ok ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  await running.cluster?.stop().catch(() => {});
}
process.exit(code);
