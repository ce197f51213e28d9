// Set-based twin of packages/domain grading.ts + pay.ts for recomputing everyone at once (A4, A12, the
// 5,000,000-worker benchmark): one SELECT per published pack, parameters written in as literals. The
// domain stays the reference; grading-sql.api.test.ts checks every shipped pack against it worker by
// worker. Community years count from community_start_date (kept across transfers), i.e. within-province
// accumulation; the per-worker explanation (grading.service.ts) also excludes other provinces' periods.
import { sql, type SQL } from 'drizzle-orm';
import type { RulePack } from '@cwp/contracts/grading.contract';
import { EDUCATION_LEVELS, codeOf } from '@cwp/domain/code-tables';
import { SW_QUALIFICATIONS, POST_CLASSES } from '@cwp/domain/worker-enums';

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const num = (n: number) => {
  if (!Number.isFinite(n)) throw new RangeError(`not a number: ${n}`);
  return `${n}::numeric`;
};

function byPost(values: Record<string, number>): string {
  return `(case w.post_class ${POST_CLASSES.map((p) => `when ${lit(p)} then ${num(values[p]!)}`).join(' ')} end)`;
}

function certBonus(pack: RulePack): string {
  const g = pack.grading;
  const whens = SW_QUALIFICATIONS.slice(1).map((level, i) => {
    const bonus = g.stackCert ? SW_QUALIFICATIONS.slice(1, i + 2).reduce((s, l) => s + (g.certBonus[l] ?? 0), 0) : (g.certBonus[level] ?? 0);
    return `when ${lit(level)} then ${bonus}`;
  });
  return `(case w.sw_qualification ${whens.join(' ')} else 0 end)`;
}

function educationYears(pack: RulePack): string {
  const whens = Object.entries(pack.grading.educationYears).map(([label, years]) => `when ${lit(codeOf(EDUCATION_LEVELS, label) ?? '')} then ${years}`);
  // The higher of full-time and in-service education (lower GB/T 4658 code), as grade-inputs.ts does.
  const code = `(case when w.in_service_education_code is not null and w.in_service_education_code < w.education_code then w.in_service_education_code else w.education_code end)`;
  return whens.length ? `(case ${code} ${whens.join(' ')} else 0 end)` : '0';
}

/** Pay items, each rounded to the fen like pay.ts, with their names; `a.last_grade` scales the performance share. */
function payItems(pack: RulePack): { name: string; expr: string }[] {
  const p = pack.pay;
  const items: { name: string; expr: string }[] = [];
  const add = (name: string, expr: string) => items.push({ name, expr });
  if (p.family === 'baseTimesCoef') {
    const b = p.base!;
    const base = b.mode === 'fixed' ? num(b.monthly) : `(${num(b.annualAverageWage)} / 12 * ${num(b.multiplier ?? 1)})`;
    const c = p.coefficient!;
    const coef =
      c.mode === 'linear'
        ? `round(${num(c.atGrade1)} + (g.grade - 1) * ${num(c.perGrade)}, 4)`
        : c.mode === 'table'
          ? `(case g.grade ${Object.entries(c.byGrade).map(([k, v]) => `when ${Number(k)} then ${num(v)}`).join(' ')} end)`
          : `round(case w.post_class ${POST_CLASSES.map((post) => {
              const r = pack.grading.posts[post];
              const { first, last } = c.byPost[post];
              const span = r.max - r.min;
              return `when ${lit(post)} then ${span === 0 ? num(first) : `${num(first)} + (g.grade - ${r.min})::numeric / ${span} * (${num(last)} - ${num(first)})`}`;
            }).join(' ')} end, 4)`;
    const pay = `(${base} * ${coef})`;
    if (p.performance) {
      add('基础工资', `round(${pay} * (1 - ${num(p.performance.share)}), 2)`);
      const factors = Object.entries(p.performance.byResult).map(([grade, f]) => `when ${lit(grade)} then ${num(f)}`);
      const factor = factors.length ? `(case a.last_grade ${factors.join(' ')} else 1 end)` : '1';
      add('绩效工资', `round(${pay} * ${num(p.performance.share)} * ${factor}, 2)`);
    } else add('岗位等级工资', `round(${pay}, 2)`);
  } else {
    for (const it of p.items ?? []) {
      if (it.kind === 'byPost') add(it.name, byPost(it.amounts));
      else if (it.kind === 'byPostPerYear') add(it.name, `round(${byPost(it.start)} + g.passing_years * ${num(it.perYear)}, 2)`);
      else if (it.kind === 'byGrade') add(it.name, `round(${num(it.first)} + (g.grade - 1) * ${num(it.perGrade)}, 2)`);
      else if (it.kind === 'gradeTable') add(it.name, `(array[${it.amounts.map(num).join(', ')}])[least(g.grade, ${it.amounts.length})]`);
      else add(it.name, num(it.amount));
    }
  }
  for (const a of p.allowances) {
    if (a.kind === 'oneShoulder') add(a.name, `(case when w.positions @> array['党组织书记', '居委会主任']::text[] then ${num(a.amount)} else 0 end)`);
    else if (a.kind === 'qualification') {
      const whens = Object.entries(a.amounts).map(([level, amount]) => `when ${lit(level)} then ${num(amount!)}`);
      if (whens.length) add(a.name, `(case w.sw_qualification ${whens.join(' ')} else 0 end)`);
    } else add(a.name, num(a.amount));
  }
  return items;
}

function packSelect(pack: RulePack, asOf: string, where: SQL): SQL {
  const g = pack.grading;
  const items = payItems(pack);
  const monthly = items.length ? `round(${items.map((i) => i.expr).join(' + ')}, 2)` : '0';
  const itemColumns = items.map((i, k) => `, ${i.expr} as i${k}`).join('');
  const pmin = byPost(Object.fromEntries(POST_CLASSES.map((p) => [p, g.posts[p].min])));
  const pmax = byPost(Object.fromEntries(POST_CLASSES.map((p) => [p, g.posts[p].max])));
  // Published results (A10.2): failed years leave the count unless the pack counts them; the latest grade
  // scales the performance share. One aggregate per worker, hash-joined (empty before the first cycle).
  const counted = g.failedYearsCount ? 'y.years' : 'greatest(0, y.years - least(y.failed, y.years))';
  return sql`
    select w.id as worker_id, ${pack.id}::text as pack_id, g.grade, ${sql.raw(monthly)} as monthly_pay${sql.raw(itemColumns)}
    from workers w
    left join (
      select worker_id, (count(*) filter (where failing))::int as failed, (array_agg(grade order by year desc))[1] as last_grade
      from assessment_results where year <= extract(year from ${asOf}::date) group by worker_id
    ) a on a.worker_id = w.id
    cross join lateral (select greatest(0, extract(year from age(${asOf}::date, w.community_start_date)))::int as years, coalesce(a.failed, 0) as failed) y
    cross join lateral (select greatest(0, y.years - y.failed) as passing_years, least(${sql.raw(pmax)}, greatest(${sql.raw(pmin)},
      ${sql.raw(pmin)} + floor((${sql.raw(counted)} + ${sql.raw(educationYears(pack))})::numeric / ${g.stepYears}) + ${sql.raw(certBonus(pack))}))::int as grade) g
    where ${where}`;
}

export interface DatedPack {
  orgCode: string;
  effectiveFrom: string;
  pack: RulePack;
}

/**
 * (worker_id, pack_id, grade, monthly_pay) of every worker in post under `prefix` on `asOf`, each under the
 * nearest pack in force (the most specific jurisdiction; then the latest effective date).
 */
function packsInForce(packs: readonly DatedPack[], asOf: string) {
  const inForce = new Map<string, DatedPack>();
  for (const p of packs) {
    if (p.effectiveFrom > asOf) continue;
    const best = inForce.get(p.orgCode);
    if (!best || p.effectiveFrom >= best.effectiveFrom) inForce.set(p.orgCode, p);
  }
  const ordered = [...inForce.values()].sort((a, b) => b.orgCode.length - a.orgCode.length);
  const assigned = sql.raw(`(case ${ordered.map((p) => (p.orgCode ? `when w.community_code like ${lit(p.orgCode + '%')} then ${lit(p.pack.id)}` : `when true then ${lit(p.pack.id)}`)).join(' ')} end)`);
  return { ordered, assigned };
}

function perPack(packs: readonly DatedPack[], asOf: string, prefix: string) {
  const { ordered, assigned } = packsInForce(packs, asOf);
  const scope = prefix ? sql`and w.community_code collate "C" like ${prefix + '%'}` : sql``;
  return ordered.map((p) => ({ pack: p.pack, select: packSelect(p.pack, asOf, sql`w.status <> '已退出' and ${assigned} = ${p.pack.id} ${scope}`) }));
}

/**
 * (worker_id, pack_id, grade, monthly_pay) of every worker in post under `prefix` on `asOf`, each under the
 * nearest pack in force (the most specific jurisdiction; then the latest effective date).
 */
export function gradeAndPaySql(packs: readonly DatedPack[], asOf: string, prefix = ''): SQL {
  return sql.join(
    perPack(packs, asOf, prefix).map((p) => sql`select worker_id, pack_id, grade, monthly_pay from (${p.select}) x`),
    sql` union all `,
  );
}

/** One row per pack in force: workers, a month's pay by item and in total, employer contributions. */
export function payTotalsSql(packs: readonly DatedPack[], asOf: string, prefix = ''): SQL {
  return sql.join(
    perPack(packs, asOf, prefix).map(({ pack, select }) => {
      const items = payItems(pack)
        .map((i, k) => `${lit(i.name)}, sum(i${k})`)
        .join(', ');
      const e = pack.pay.employer;
      return sql`select ${pack.id}::text as pack_id, count(*)::int as workers, coalesce(sum(monthly_pay), 0) as pay,
        coalesce(sum(round(monthly_pay * ${e.socialInsuranceRate}::numeric, 2)), 0) as social_insurance,
        coalesce(sum(round(monthly_pay * ${e.housingFundRate}::numeric, 2)), 0) as housing_fund,
        ${sql.raw(items ? `jsonb_build_object(${items})` : `'{}'::jsonb`)} as items
        from (${select}) x`;
    }),
    sql` union all `,
  );
}
