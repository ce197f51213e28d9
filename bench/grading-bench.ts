// Grade and pay at national scale (part "grading" of npm run bench, on the dashboard part's database):
// recompute every worker's grade and monthly pay against their packs in set-based SQL, next to a plain
// scan of the same table in the same run; a sample checked against the domain (TypeScript) worker by
// worker; and a province's budget through the API.
import { sql } from 'drizzle-orm';
import type { RulePack } from '@cwp/contracts/grading.contract';
import { communityYears, computeGrade } from '@cwp/domain/grading';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../apps/api/src/db/database.ts';
import { higherEducation } from '../apps/api/src/modules/grading/grade-inputs.ts';
import { gradeAndPaySql } from '../apps/api/src/modules/grading/grading-sql.ts';
import { publishedPacks } from '../apps/api/src/modules/grading/grading.queries.ts';
import { resultRows } from '../apps/api/src/modules/stats/stats.queries.ts';
import { fmt, int, log, timeIt } from './bench-kit.ts';

const RECOMPUTE_GOAL_S = 60;
const BUDGET_GOAL_S = 2;

export async function runGradingBench(o: { db: Db; today: string; get: (url: string) => Promise<{ json(): unknown }> }): Promise<{ md: string; ok: boolean }> {
  const { db, today } = o;
  const packs = (await publishedPacks(db)).map((p) => ({ orgCode: p.orgCode, effectiveFrom: p.effectiveFrom, pack: p.body as RulePack }));

  // Plain scan baseline: every in-post row read once, no computation.
  const scan = await timeIt(async () => resultRows<{ n: string }>(await db.execute(sql`select count(*) as n from workers where status <> '已退出' and community_start_date is not null`))[0]!.n, { iterations: 3 });
  log(`grading: plain scan median ${fmt(scan.timing.median)} ms`);
  // Recompute into a table (what a nightly or pack-publish recompute does).
  const recompute = await timeIt(async () => {
    await db.execute(sql`drop table if exists grade_recompute`);
    await db.execute(sql`create unlogged table grade_recompute as ${gradeAndPaySql(packs, today)}`);
    return Number(resultRows<{ n: string }>(await db.execute(sql`select count(*) as n from grade_recompute`))[0]!.n);
  }, { iterations: 3 });
  log(`grading: recompute ${int(recompute.last)} workers median ${fmt(recompute.timing.median)} ms`);

  // 2,000 workers spread over the table, checked against the domain.
  const sample = resultRows<Record<string, unknown>>(
    await db.execute(sql`select w.id, w.community_code, w.community_start_date, w.post_class, w.education, w.in_service_education, w.sw_qualification, w.positions, r.pack_id, r.grade, r.monthly_pay
      from grade_recompute r join workers w on w.id = r.worker_id where r.worker_id % 2500 = 7 order by r.worker_id limit 2000`),
  );
  const byId = new Map(packs.map((p) => [p.pack.id, p.pack]));
  const mismatches: string[] = [];
  for (const r of sample) {
    const pack = byId.get(String(r.pack_id))!;
    const code = String(r.community_code);
    const start = r.community_start_date instanceof Date ? r.community_start_date.toISOString().slice(0, 10) : String(r.community_start_date);
    const years = communityYears([{ from: start, to: null, province: code.slice(0, 2) }], { asOf: today, currentProvince: code.slice(0, 2), acrossProvinces: false }).years;
    const grade = computeGrade(pack.grading, { postClass: r.post_class as PostClass, communityYears: years, failedYears: 0, education: higherEducation(String(r.education), (r.in_service_education as string | null) ?? null), certLevel: String(r.sw_qualification) });
    const pay = computePay(pack.pay, { postClass: r.post_class as PostClass, grade: grade.grade, postRange: grade.post, positions: r.positions as string[], certLevel: String(r.sw_qualification), passingYears: grade.countedYears, lastResult: null });
    if (grade.grade !== Number(r.grade) || pay.monthlyPay !== Number(r.monthly_pay)) mismatches.push(`worker ${r.id}: SQL ${r.grade}/${r.monthly_pay} ≠ domain ${grade.grade}/${pay.monthlyPay}`);
  }
  log(`grading: ${sample.length} sampled workers checked, ${mismatches.length} mismatches`);

  // A province's budget through the API (the workforce summed in SQL, the quota gap and explanation around it).
  const year = Number(today.slice(0, 4)) + 1;
  const budget = await timeIt(async () => (await o.get(`/api/grading/budget/37?year=${year}`)).json() as { workers: number; total: number }, { iterations: 1 });
  log(`grading: province 37 budget ${fmt(budget.timing.median)} ms for ${int(budget.last.workers)} workers`);
  const sqlBudget = await timeIt(async () => resultRows<{ s: string }>(await db.execute(sql`select sum(monthly_pay) * 12 as s from (${gradeAndPaySql(packs, `${year}-01-01`, '37')}) x`))[0]!.s, { iterations: 3 });
  log(`grading: province 37 pay total in SQL ${fmt(sqlBudget.timing.median)} ms`);

  const mark = (b: boolean) => (b ? '✓' : '✗');
  const ok = mismatches.length === 0;
  const md = [
    '## Grade and pay (part "grading")',
    '',
    `Packs in force on ${today}: ${packs.map((p) => `${p.pack.id} (${p.orgCode || 'national'})`).join(', ')}. Recompute = \`create unlogged table … as\` the set-based SQL of \`grading-sql.ts\` (grade and monthly pay of every worker in post); 3 runs (median). Check = ${int(sample.length)} workers spread over the table recomputed by the domain (TypeScript).`,
    '',
    '| measurement | median | baseline | rows |',
    '|---|---:|---:|---:|',
    `| recompute grade + monthly pay, all workers (SQL) | ${fmt(recompute.timing.median)} ms | plain scan ${fmt(scan.timing.median)} ms | ${int(recompute.last)} |`,
    `| province 37 budget, \`GET /api/grading/budget/37\` (workforce summed in SQL) | ${fmt(budget.timing.median)} ms (1 run) | – | ${int(budget.last.workers)} |`,
    `| province 37 year's pay total in SQL | ${fmt(sqlBudget.timing.median)} ms | – | – |`,
    '',
    '| goal | result | met |',
    '|---|---|:---:|',
    `| recompute all workers ≤ ${RECOMPUTE_GOAL_S} s | ${(recompute.timing.median / 1000).toFixed(1)} s | ${mark(recompute.timing.median / 1000 <= RECOMPUTE_GOAL_S)} |`,
    `| province budget ≤ ${BUDGET_GOAL_S} s (API) | ${(budget.timing.median / 1000).toFixed(1)} s | ${mark(budget.timing.median / 1000 <= BUDGET_GOAL_S)} |`,
    `| SQL equals the domain on the sample | ${ok ? 'all agree' : `${mismatches.length} differ: ${mismatches.slice(0, 3).join('; ')}`} | ${mark(ok)} |`,
    '',
  ].join('\n');
  return { md, ok };
}
