import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { activeOn, nearestResolverOn, type EffectiveDated } from '@cwp/domain/effective-dated';
import { computeQuota, gap, NATIONAL_DEFAULT_RULE, per10k, quotaValue, staffingFlags, type QuotaRule } from '@cwp/domain/staffing';
import type { LatestFact } from './staffing.queries.ts';

export interface StaffingUnit {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface StaffingInputs {
  units: StaffingUnit[];
  facts: Map<string, LatestFact>;
  rules: EffectiveDated<QuotaRule>[];
  ceilings: EffectiveDated<number>[];
  headcounts: Map<string, { total: number; byStatus: Record<string, number> }>;
  today: string;
}

interface Computed {
  quota: number | null;
  /** The quota is the sum of the children's (no own figure, or a level that always sums). */
  summed: boolean;
  urbanPopulation: number | null;
  households: number | null;
  year: number | null;
  source: string | null;
}

const OWN_FIGURE_LEVELS = new Set(['county', 'street', 'community']);

function ruleValue(rule: QuotaRule): number | null {
  switch (rule.mode) {
    case 'per10k':
      return rule.ratio;
    case 'perHouseholds':
      return rule.householdsPerWorker;
    case 'perCommunityCap':
      return rule.cap;
    default:
      return null;
  }
}

/**
 * Quotas over a loaded part of the tree (A3.1). A county, street or community with its own figure gets
 * its quota from that figure under the rule that applies to it; every other unit — and provinces and
 * cities always, because rules may differ below them — gets the sum of its children's quotas.
 *
 * The national page sums ~3,000 counties on every request, so the sums carry numbers only; rules are
 * resolved once per date and the formula text is written only for the units presented.
 */
export function staffingCalculator(input: StaffingInputs) {
  const children = new Map<string, string[]>();
  const levelOf = new Map<string, string>();
  for (const u of input.units) {
    levelOf.set(u.code, u.level);
    const parent = u.parentCode ?? '';
    const list = children.get(parent);
    if (list) list.push(u.code);
    else children.set(parent, [u.code]);
  }
  const resolveRule = nearestResolverOn(input.rules, input.today);
  const ruleFor = (code: string) => {
    const r = resolveRule(code);
    return r ? { rule: r.item.value, inheritedFrom: r.inheritedFrom } : { rule: NATIONAL_DEFAULT_RULE as QuotaRule, inheritedFrom: '' };
  };
  const memo = new Map<string, Computed>();

  /** A unit whose quota comes from its own figure, with the rule that turns the figure into a quota. */
  function ownFigure(code: string): { fact: LatestFact; rule: QuotaRule } | null {
    const fact = input.facts.get(code);
    if (!fact || !OWN_FIGURE_LEVELS.has(levelOf.get(code) ?? '')) return null;
    const { rule } = ruleFor(code);
    return rule.mode === 'perCommunityCap' ? null : { fact, rule };
  }

  function compute(code: string): Computed {
    const cached = memo.get(code);
    if (cached) return cached;
    const own = ownFigure(code);
    let result: Computed;
    if (own) {
      const { fact, rule } = own;
      const figures = { urbanPopulation: fact.urbanPopulation, households: fact.households };
      result = { quota: quotaValue(rule, figures), summed: false, urbanPopulation: fact.urbanPopulation, households: fact.households, year: fact.year, source: fact.source };
    } else {
      let quota: number | null = null;
      let population: number | null = null;
      let year: number | null = null;
      for (const child of children.get(code) ?? []) {
        const k = compute(child);
        if (k.quota !== null) quota = (quota ?? 0) + k.quota;
        if (k.urbanPopulation !== null) {
          population = (population ?? 0) + k.urbanPopulation;
          year = Math.max(year ?? 0, k.year ?? 0);
        }
      }
      const fact = input.facts.get(code);
      result = fact
        ? { quota, summed: true, urbanPopulation: fact.urbanPopulation, households: fact.households, year: fact.year, source: fact.source }
        : { quota, summed: true, urbanPopulation: population, households: null, year, source: population !== null ? '下级单位汇总' : null };
    }
    memo.set(code, result);
    return result;
  }

  function formulaOf(code: string, c: Computed): string {
    if (c.summed) return c.quota === null ? '人口数据未知，无法测算' : `下级单位标准配备数合计 = ${c.quota}`;
    const own = ownFigure(code)!;
    return computeQuota(own.rule, { urbanPopulation: own.fact.urbanPopulation, households: own.fact.households }).formula;
  }

  return function present(unit: { code: string; name: string; level: string }): StaffingNode {
    const c = compute(unit.code);
    const { rule, inheritedFrom } = ruleFor(unit.code);
    const ceiling = unit.code === '' ? null : (activeOn(input.ceilings, unit.code, input.today)?.value ?? null);
    const hc = input.headcounts.get(unit.code) ?? { total: 0, byStatus: {} };
    const cap = rule.mode === 'perCommunityCap' && unit.level === 'community' ? rule.cap : null;
    const flags = staffingFlags({ headcount: hc.total, quota: c.quota, ceiling, cap });
    return {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      urbanPopulation: c.urbanPopulation,
      households: c.households,
      populationYear: c.year,
      populationSource: c.source,
      rule: { mode: rule.mode, value: ruleValue(rule), params: rule as unknown as Record<string, unknown>, inheritedFrom },
      standardQuota: c.quota,
      quotaFormula: cap !== null ? `每社区不超过 ${cap} 人` : formulaOf(unit.code, c),
      ceiling,
      headcount: hc.total,
      headcountByStatus: hc.byStatus,
      // Filled in by the service from active secondments (A17.3); the quota maths never needs it.
      seconded: 0,
      effectiveHeadcount: hc.total,
      gap: gap(c.quota, hc.total),
      per10k: per10k(hc.total, c.urbanPopulation),
      flags,
    };
  };
}
