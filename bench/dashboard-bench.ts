// National-scale dashboard, quota and roster-search benchmark (part "dashboard" of npm run bench).
//
// Loads the product's org snapshot, generates N workers over the real residents' committees (proportional to
// 2020 urban population, COPY in batches), rebuilds the counters, then times the dashboard, quota and
// roster-search endpoints in-process (app.inject) next to a plain GROUP BY over the workers table computing
// the same numbers, and checks that both agree.
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { openDatabase, type Database, type Db } from '../apps/api/src/db/database.ts';
import { users } from '../apps/api/src/db/schema.ts';
import { loadOrgSnapshot } from '../apps/api/src/modules/org/org-snapshot.ts';
import { ageBandBoundaries, EPOCH_SQL } from '../apps/api/src/modules/stats/stats-dimensions.ts';
import { rebuildAllCounters } from '../apps/api/src/modules/stats/stats-maintenance.ts';
import { counterMap, presentStats } from '../apps/api/src/modules/stats/stats.presenter.ts';
import { directCounters, resultRows } from '../apps/api/src/modules/stats/stats.queries.ts';
import { hashPassword } from '../apps/api/src/security/passwords.ts';
import { loadPiiCrypto } from '../apps/api/src/security/pii-crypto.ts';
import { canonical, codeVersion, fmt, int, log, machineLine, mb, SLOW_BASELINE_MS, SLOW_BASELINE_RUNS, timeIt as timeWith, WARMUP, type Timing } from './bench-kit.ts';
import { allocateWorkers, readCountyUrbanPopulation, type BenchCommunity } from './generate-people.ts';
import { generateWorkerBatches } from './generate-workers.ts';
import { runGradingBench } from './grading-bench.ts';

const DASHBOARD_GOAL_MS = 100;
const SEARCH_GOAL_MS = 50;
const BENCH_USER = 'bench-national';
const BENCH_PASSWORD = 'Bench@2024-national';

type CounterRow = { dim: string; value: string; n: number };

/** Same facts as the product's counters, grouped by the child code: one plain GROUP BY for all children. */
async function groupedCounters(db: Db, prefix: string, childLen: number, asOf: string): Promise<Map<string, CounterRow[]>> {
  const [a, b, c] = ageBandBoundaries(asOf).map((x) => x.latestBirth);
  const res = await db.execute(sql`
    select left(w.community_code, ${childLen}) as code, d.dim, d.value, sum(d.n)::bigint as n
    from workers w
    cross join lateral (values
      ('total', '', 1::bigint),
      ('category', w.category, 1::bigint),
      ('postClass', w.post_class, 1::bigint),
      ('gender', w.gender, 1::bigint),
      ('ageBand', case when w.birth_date > ${a}::date then 'under35' when w.birth_date > ${b}::date then '35to44' when w.birth_date > ${c}::date then '45to54' else '55plus' end, 1::bigint),
      ('education', w.education, 1::bigint),
      ('politicalStatus', w.political_status, 1::bigint),
      ('swQualification', w.sw_qualification, 1::bigint),
      ('sourceChannel', w.source_channel, 1::bigint),
      ('status', w.status, 1::bigint),
      ('birthDaysSum', '', (w.birth_date - ${EPOCH_SQL}::date)::bigint),
      ('oneShoulder', case when w.positions @> array['党组织书记', '居委会主任']::text[] then 'yes' end, 1::bigint)
    ) as d(dim, value, n)
    where w.status <> '已退出' and d.value is not null and w.community_code collate "C" like ${prefix + '%'}
    group by 1, 2, 3
    union all
    select left(c.code, ${childLen}), 'communities', '', count(*)::bigint from org_units c
    where c.level = 'community' and c.code like ${prefix + '%'} group by 1`);
  const out = new Map<string, CounterRow[]>();
  for (const r of resultRows<{ code: string; dim: string; value: string; n: string }>(res)) {
    const list = out.get(r.code) ?? [];
    list.push({ dim: r.dim, value: r.value, n: Number(r.n) });
    out.set(r.code, list);
  }
  return out;
}

type Headcount = { total: number; byStatus: Record<string, number> };
/** Plain count(*) of active workers per child code (and status), for the quota pages. */
async function groupedHeadcounts(db: Db, prefix: string, childLen: number): Promise<Map<string, Headcount>> {
  const res = await db.execute(sql`
    select left(community_code, ${childLen}) as code, status, count(*)::bigint as n
    from workers where status <> '已退出' and community_code collate "C" like ${prefix + '%'}
    group by 1, 2`);
  const out = new Map<string, Headcount>();
  for (const r of resultRows<{ code: string; status: string; n: string }>(res)) {
    const hc = out.get(r.code) ?? { total: 0, byStatus: {} };
    hc.total += Number(r.n);
    hc.byStatus[r.status] = Number(r.n);
    out.set(r.code, hc);
  }
  return out;
}

const CHILD_LEN: Record<number, number> = { 0: 2, 2: 4, 4: 6, 6: 9, 9: 12 };

interface Row {
  level: string;
  endpoint: string;
  api: Timing;
  baseline: Timing | null;
  agree: boolean | null;
  note?: string;
}

export interface DashboardBenchOptions {
  clusterUrl: string;
  repoRoot: string;
  divisionsDir: string;
  workers: number;
  seed: number;
  iterations: number;
  today: string;
  /** Time the dashboard, quota and search endpoints (part "dashboard"). */
  dashboard: boolean;
  /** Then grade and pay on the same workforce (part "grading"). */
  grading: boolean;
}

/** Loads the national workforce into the cluster's default database, measures, and returns the report. */
export async function runDashboardBench(o: DashboardBenchOptions): Promise<{ md: string | null; gradingMd: string | null; ok: boolean }> {
  const { workers: WORKERS, seed: SEED, iterations: ITERATIONS, today: TODAY, repoRoot: REPO_ROOT } = o;
  const timeIt = <T>(fn: () => Promise<T>, opts: { adaptive?: boolean } = {}) => timeWith(fn, { ...opts, iterations: ITERATIONS });
  const dataDir = mkdtempSync(join(tmpdir(), 'cwp-bench-'));
  let database: Database | null = null;
  let app: FastifyInstance | null = null;
  try {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: o.clusterUrl, DEMO: 'off' }, { repoRoot: REPO_ROOT });
  database = await openDatabase({ databaseUrl: config.databaseUrl });
  const db = database.db;
  const crypto = loadPiiCrypto(config.piiKeyFile);

  // Org tree and census from the product's snapshot.
  let t = performance.now();
  const snap = await loadOrgSnapshot(database, { prefix: '' });
  const snapshotMs = performance.now() - t;
  log(`org snapshot: ${int(snap.units)} units, ${int(snap.facts)} population facts in ${fmt(snapshotMs)} ms`);

  const communities = resultRows<{ code: string; parent_code: string }>(
    await db.execute(sql`select code, parent_code from org_units where level = 'community' order by code`),
  ).map((r): BenchCommunity => ({ code: r.code, streetCode: r.parent_code }));
  const names = new Map(
    resultRows<{ code: string; name: string }>(await db.execute(sql`select code, name from org_units where level in ('province', 'county')`)).map((r) => [r.code, r.name]),
  );
  const allocation = allocateWorkers(communities, readCountyUrbanPopulation(o.divisionsDir), WORKERS);
  const withWorkers = allocation.counts.reduce((s, n) => s + (n > 0 ? 1 : 0), 0);
  const perCommittee = Uint32Array.from(allocation.counts).sort();
  const largestAt = allocation.counts.indexOf(perCommittee[perCommittee.length - 1]!);
  const spread = `per committee: median ${perCommittee[perCommittee.length >> 1]}, p99 ${perCommittee[Math.floor(perCommittee.length * 0.99)]}, max ${perCommittee[perCommittee.length - 1]} (${communities[largestAt]?.code}, a county with very few residents' committees)`;
  log(
    `allocation: ${int(communities.length)} committees (${int(withWorkers)} with workers), counties with census figures ${allocation.countiesWithFigures}, without ${allocation.countiesWithoutFigures.length} (${allocation.countiesWithoutFigures.join(' ')}) at ${Math.round(allocation.averageUrbanPerCommittee)} urban residents/committee`,
  );

  // Generate and COPY: the next batch is generated while the previous one streams into PostgreSQL.
  t = performance.now();
  let loaded = 0;
  let nextReport = 500_000;
  let pending: Promise<number> | null = null;
  let peakRss = process.memoryUsage().rss;
  for await (const batch of generateWorkerBatches({ communities, counts: allocation.counts, seed: SEED, today: TODAY, crypto, names })) {
    if (pending) loaded += await pending;
    pending = database.copyRows('workers', batch.columns, batch.rows);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (loaded >= nextReport) {
      const s = (performance.now() - t) / 1000;
      log(`  ${int(loaded)} rows in ${s.toFixed(0)} s (${int(Math.round(loaded / s))} rows/s), rss ${mb(process.memoryUsage().rss)}`);
      nextReport += 500_000;
    }
  }
  if (pending) loaded += await pending;
  const loadMs = performance.now() - t;
  if (loaded !== WORKERS) throw new Error(`loaded ${loaded} workers, expected ${WORKERS}`);
  await db.execute(sql`select setval(pg_get_serial_sequence('workers', 'id'), ${WORKERS})`);
  log(`generate + COPY: ${int(loaded)} workers in ${(loadMs / 1000).toFixed(1)} s (${int(Math.round(loaded / (loadMs / 1000)))} rows/s), peak rss ${mb(peakRss)}`);

  t = performance.now();
  await rebuildAllCounters(db, TODAY);
  const rebuildMs = performance.now() - t;
  log(`rebuildAllCounters: ${(rebuildMs / 1000).toFixed(1)} s`);

  // A bulk import is followed by VACUUM ANALYZE (as autovacuum would do shortly): planner statistics and the
  // visibility map, done once here so that autovacuum does not run in the middle of the measurements.
  t = performance.now();
  await db.execute(sql`vacuum (analyze) workers`);
  await db.execute(sql`vacuum (analyze) org_stat_counters`);
  await db.execute(sql`vacuum (analyze) org_units`);
  await db.execute(sql`vacuum (analyze) population_facts`);
  const vacuumMs = performance.now() - t;
  log(`vacuum analyze: ${(vacuumMs / 1000).toFixed(1)} s`);

  await db.insert(users).values({ username: BENCH_USER, displayName: '全国社会工作部（基准测试）', passwordHash: await hashPassword(BENCH_PASSWORD), role: 'swb_admin', scopeCode: '' });
  app = await buildApp({ config, database, crypto, logger: false });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: BENCH_USER, password: BENCH_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const setCookie = login.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0]! : String(setCookie)).split(';')[0]!;
  const theApp = app;
  const get = async (url: string) => {
    const res = await theApp.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res;
  };

  const grading = o.grading ? await runGradingBench({ db, today: TODAY, get }) : null;
  if (!o.dashboard) return { md: null, gradingMd: grading?.md ?? null, ok: grading?.ok ?? true };

  // Levels: the brief's chain in 山东/泰安, plus 广东 and its city with most workers.
  const biggest44 = resultRows<{ code: string }>(
    await db.execute(sql`select org_code as code from org_stat_counters where dim = 'total' and length(org_code) = 4 and org_code like '44%' order by n desc, org_code limit 1`),
  )[0]?.code;
  const levels: { level: string; code: string }[] = [
    { level: 'nation', code: 'root' },
    { level: 'province', code: '37' },
    { level: 'city', code: '3709' },
    { level: 'county', code: '370902' },
    { level: 'street', code: '370902001' },
    { level: 'province', code: '44' },
    ...(biggest44 ? [{ level: 'city', code: biggest44 }] : []),
  ];

  const loadBefore = loadavg()[0]!;
  const measureStart = performance.now();
  const rows: Row[] = [];
  const mismatches: string[] = [];
  const record = (row: Row) => {
    rows.push(row);
    const b = row.baseline ? ` | baseline median ${fmt(row.baseline.median)} ms` : '';
    log(`${row.level.padEnd(18)} ${row.endpoint.padEnd(28)} median ${fmt(row.api.median)} ms, p95 ${fmt(row.api.p95)} ms${b} ${row.agree === null ? '' : row.agree ? '✓' : '✗'}`);
  };

  for (const { level, code } of levels) {
    const prefix = code === 'root' ? '' : code;
    const childLen = CHILD_LEN[prefix.length]!;
    const label = `${level} ${code}`;

    // GET /api/stats/:code vs directCounters (the product's own GROUP BY reference).
    const statsApi = await timeIt(async () => (await get(`/api/stats/${code}`)).json() as Record<string, unknown> & { asOf: string; code: string; name: string; level: string; total: number });
    const node = statsApi.last;
    const statsBase = await timeIt(async () => presentStats({ code: node.code, name: node.name, level: node.level }, counterMap(await directCounters(db, prefix, node.asOf)), node.asOf), { adaptive: true });
    const statsAgree = canonical(node) === canonical(statsBase.last);
    if (!statsAgree) mismatches.push(`stats ${code}: API ${canonical(node).slice(0, 400)} ≠ GROUP BY ${canonical(statsBase.last).slice(0, 400)}`);
    record({ level: label, endpoint: 'GET /api/stats/:code', api: statsApi.timing, baseline: statsBase.timing, agree: statsAgree, note: `${int(node.total)} workers` });

    // GET /api/stats/:code/children vs one GROUP BY over the children's codes.
    type StatsNode = { code: string; name: string; level: string; asOf: string };
    const childApi = await timeIt(async () => (await get(`/api/stats/${code}/children`)).json() as StatsNode[]);
    const kids = childApi.last;
    const childBase = await timeIt(async () => {
      const grouped = await groupedCounters(db, prefix, childLen, node.asOf);
      return kids.map((k) => presentStats({ code: k.code, name: k.name, level: k.level }, counterMap(grouped.get(k.code) ?? []), node.asOf));
    }, { adaptive: true });
    let childAgree = canonical(kids) === canonical(childBase.last);
    if (!childAgree) mismatches.push(`stats children ${code}: API and GROUP BY differ`);
    // Tie the bench's grouped query to the product's directCounters on one child (the largest).
    const largest = [...kids].sort((x, y) => ((y as unknown as { total: number }).total - (x as unknown as { total: number }).total) || (x.code < y.code ? -1 : 1))[0];
    if (largest) {
      const ref = presentStats({ code: largest.code, name: largest.name, level: largest.level }, counterMap(await directCounters(db, largest.code, node.asOf)), node.asOf);
      if (canonical(ref) !== canonical(largest)) {
        childAgree = false;
        mismatches.push(`stats children ${code}: child ${largest.code} differs from directCounters`);
      }
    }
    record({ level: label, endpoint: 'GET /api/stats/:code/children', api: childApi.timing, baseline: childBase.timing, agree: childAgree, note: `${kids.length} children` });

    // GET /api/staffing/:code vs count(*).
    type StaffingNode = { code: string; headcount: number; headcountByStatus: Record<string, number> };
    const staffApi = await timeIt(async () => (await get(`/api/staffing/${code}`)).json() as StaffingNode);
    const staffBase = await timeIt(async () => {
      const hc = await groupedHeadcounts(db, prefix, prefix.length);
      return hc.get(prefix) ?? { total: 0, byStatus: {} };
    }, { adaptive: true });
    const staffAgree = staffApi.last.headcount === staffBase.last.total && canonical(staffApi.last.headcountByStatus) === canonical(staffBase.last.byStatus);
    if (!staffAgree) mismatches.push(`staffing ${code}: API ${staffApi.last.headcount} ${canonical(staffApi.last.headcountByStatus)} ≠ count(*) ${staffBase.last.total} ${canonical(staffBase.last.byStatus)}`);
    record({ level: label, endpoint: 'GET /api/staffing/:code', api: staffApi.timing, baseline: staffBase.timing, agree: staffAgree });

    // GET /api/staffing/:code/children vs count(*) per child.
    const staffKidsApi = await timeIt(async () => (await get(`/api/staffing/${code}/children`)).json() as StaffingNode[]);
    const staffKidsBase = await timeIt(() => groupedHeadcounts(db, prefix, childLen), { adaptive: true });
    const staffKidsAgree = staffKidsApi.last.every((k) => {
      const hc = staffKidsBase.last.get(k.code) ?? { total: 0, byStatus: {} };
      return k.headcount === hc.total && canonical(k.headcountByStatus) === canonical(hc.byStatus);
    });
    if (!staffKidsAgree) mismatches.push(`staffing children ${code}: API and count(*) differ`);
    record({ level: label, endpoint: 'GET /api/staffing/:code/children', api: staffKidsApi.timing, baseline: staffKidsBase.timing, agree: staffKidsAgree, note: `${staffKidsApi.last.length} children` });
  }

  // Filtered roster search (page of 20 plus the total), checked against a plain count(*).
  const FT = '社区专职工作人员';
  const BK = '大学本科';
  const searches: { level: string; org: string; q?: string; goal: boolean }[] = [
    { level: 'county 370902', org: '370902', goal: true },
    { level: 'city 3709', org: '3709', goal: true },
    { level: 'street 370902001', org: '370902001', goal: true },
    { level: 'county 370902, q=王', org: '370902', q: '王', goal: true },
    ...(biggest44 ? [{ level: `city ${biggest44} (extra)`, org: biggest44, goal: false }] : []),
    { level: 'province 37 (extra)', org: '37', goal: false },
  ];
  const searchRows: (Row & { goal: boolean })[] = [];
  for (const s of searches) {
    const qs = s.q ? `org=${s.org}&q=${encodeURIComponent(s.q)}&pageSize=20` : `org=${s.org}&category=${encodeURIComponent(FT)}&education=${encodeURIComponent(BK)}&pageSize=20`;
    const api = await timeIt(async () => (await get(`/api/workers?${qs}`)).json() as { items: unknown[]; total: number });
    const expected = Number(
      resultRows<{ n: string }>(
        await db.execute(
          s.q
            ? sql`select count(*) as n from workers where community_code like ${s.org + '%'} and name ilike ${'%' + s.q + '%'}`
            : sql`select count(*) as n from workers where community_code like ${s.org + '%'} and category = ${FT} and education = ${BK}`,
        ),
      )[0]!.n,
    );
    const agree = api.last.total === expected && api.last.items.length === Math.min(20, expected);
    if (!agree) mismatches.push(`search ${s.level}: API total ${api.last.total} ≠ count(*) ${expected}`);
    const row = { level: s.level, endpoint: s.q ? 'GET /api/workers?q=王' : `GET /api/workers?category&education`, api: api.timing, baseline: null, agree, note: `${int(expected)} matches`, goal: s.goal };
    searchRows.push(row);
    record(row);
  }

  const measureMs = performance.now() - measureStart;
  const loadAfter = loadavg()[0]!;

  // Sizes and machine.
  const sizes = resultRows<{ workers: string; workers_heap: string; counters: string; counter_rows: string }>(
    await db.execute(sql`select pg_total_relation_size('workers') as workers, pg_relation_size('workers') as workers_heap,
      pg_total_relation_size('org_stat_counters') as counters, (select count(*) from org_stat_counters) as counter_rows`),
  )[0]!;
  const pgVersion = resultRows<{ v: string }>(await db.execute(sql`select version() as v`))[0]!.v;
  const settings = resultRows<{ name: string; setting: string; unit: string | null }>(
    await db.execute(sql`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'effective_cache_size')`),
  );
  const setting = (n: string) => {
    const s = settings.find((x) => x.name === n);
    return s ? `${s.setting}${s.unit ? ` × ${s.unit}` : ''}` : '?';
  };

  // Goals.
  const dash = rows.filter((r) => r.endpoint.startsWith('GET /api/stats') || r.endpoint.startsWith('GET /api/staffing'));
  const dashWorst = dash.reduce((m, r) => (r.api.p95 > m.api.p95 ? r : m));
  const goalSearch = searchRows.filter((r) => r.goal);
  const searchWorst = goalSearch.reduce((m, r) => (r.api.p95 > m.api.p95 ? r : m));
  const dashMet = dash.every((r) => r.api.p95 <= DASHBOARD_GOAL_MS);
  const searchMet = goalSearch.every((r) => r.api.p95 <= SEARCH_GOAL_MS);
  const allAgree = mismatches.length === 0;

  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const tableLines = [
    '| level | endpoint | median ms | p95 ms | baseline median ms | baseline / api | agree | note |',
    '|---|---|---:|---:|---:|---:|:---:|---|',
    ...rows.map((r) => {
      const ratio = r.baseline ? `${(r.baseline.median / r.api.median).toFixed(r.baseline.median / r.api.median >= 10 ? 0 : 1)}×` : '–';
      const runs = r.baseline && r.baseline.samples.length < ITERATIONS ? `baseline ${r.baseline.samples.length} runs` : '';
      const note = [r.note, runs].filter(Boolean).join('; ');
      return `| ${r.level} | ${r.endpoint} | ${fmt(r.api.median)} | ${fmt(r.api.p95)} | ${r.baseline ? fmt(r.baseline.median) : '–'} | ${ratio} | ${r.agree === null ? '–' : mark(r.agree)} | ${note} |`;
    }),
  ];
  const md = [
    `# Benchmark: ${int(WORKERS)} workers, national org tree`,
    '',
    `Run ${new Date().toISOString()} with \`npm run bench -- --workers ${WORKERS} --seed ${SEED} --iterations ${ITERATIONS}\`. Every figure is ${WARMUP} warm-up runs, then ${ITERATIONS} timed runs (median, p95 by nearest rank); a baseline needing more than ${SLOW_BASELINE_MS / 1000} s per run gets 1 warm-up and ${SLOW_BASELINE_RUNS} runs (noted).`,
    '',
    `API requests go through \`app.inject\` (in-process, no network): routing, session cookie → actor, zod validation and serialisation are included; a socket and TLS are not. "Baseline" is a plain GROUP BY over \`workers\` computing the same numbers, on the same pool, in the same run: \`directCounters()\` for a stats node, one GROUP BY on the child code for the children, and \`count(*) … where status <> '已退出'\` (grouped by child code and status) for the quota pages. "agree" = the API numbers equal \`presentStats(GROUP BY)\` (stats) or the counts (quota; roster totals), ✓/✗.`,
    '',
    '## Machine and data',
    '',
    `- Code: ${codeVersion(REPO_ROOT)}`,
    `- ${machineLine()}`,
    `- Other load on the machine (1-minute load average, 2 cores = 2.0 is full): ${loadBefore.toFixed(2)} when the measurements started, ${loadAfter.toFixed(2)} when they ended (${(measureMs / 60000).toFixed(1)} min); the bench itself keeps about one core busy`,
    `- ${pgVersion.split(' on ')[0]}; throwaway cluster from scripts/pg-cluster.ts (fsync off); shared_buffers ${setting('shared_buffers')}, work_mem ${setting('work_mem')}, max_parallel_workers_per_gather ${setting('max_parallel_workers_per_gather')}`,
    `- Org tree: product snapshot, ${int(snap.units)} units incl. ${int(communities.length)} residents' committees (${int(withWorkers)} with workers; ${spread}); workers proportional to 2020 urban population per county (${allocation.countiesWithFigures} counties with figures; ${allocation.countiesWithoutFigures.length} without, at the national average of ${int(Math.round(allocation.averageUrbanPerCommittee))} urban residents per committee: ${allocation.countiesWithoutFigures.join(', ')})`,
    `- Generate + COPY (50,000-row batches, SM4 + SM3-HMAC per row, all indexes and FKs in place): **${(loadMs / 1000).toFixed(1)} s** (${int(Math.round(WORKERS / (loadMs / 1000)))} rows/s), bench process peak RSS ${mb(peakRss)}`,
    `- \`rebuildAllCounters\`: **${(rebuildMs / 1000).toFixed(1)} s**; VACUUM ANALYZE after the load: ${(vacuumMs / 1000).toFixed(1)} s; org snapshot load: ${(snapshotMs / 1000).toFixed(1)} s`,
    `- Sizes: \`workers\` ${mb(Number(sizes.workers))} total (${mb(Number(sizes.workers_heap))} heap), \`org_stat_counters\` ${mb(Number(sizes.counters))} (${int(Number(sizes.counter_rows))} rows)`,
    '',
    '## Results',
    '',
    ...tableLines,
    '',
    `Roster search: \`GET /api/workers?org=<code>&category=${FT}&education=${BK}&pageSize=20\` (name search: \`org=370902&q=王\`); each returns a page of 20 and the exact total. Rows marked "(extra)" are informational and not part of the search goal.`,
    '',
    '## Goals',
    '',
    `| goal | result | met |`,
    `|---|---|:---:|`,
    `| dashboard and quota p95 ≤ ${DASHBOARD_GOAL_MS} ms at every level | worst p95 ${fmt(dashWorst.api.p95)} ms (${dashWorst.level}, ${dashWorst.endpoint}) | ${mark(dashMet)} |`,
    `| filtered search p95 ≤ ${SEARCH_GOAL_MS} ms | worst p95 ${fmt(searchWorst.api.p95)} ms (${searchWorst.level}) | ${mark(searchMet)} |`,
    `| numbers identical to the plain GROUP BY | ${allAgree ? 'all checks agree' : `${mismatches.length} disagreement(s)`} | ${mark(allAgree)} |`,
    ...(allAgree ? [] : ['', '### Disagreements', '', ...mismatches.map((m) => `- ${m}`)]),
    '',
  ].join('\n');

  return { md, gradingMd: grading?.md ?? null, ok: allAgree && (grading?.ok ?? true) };
  } finally {
    await app?.close().catch(() => {});
    await database?.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}
