import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { resolveNearest, type EffectiveDated, activeOn } from '@cwp/domain/effective-dated';
import { computeQuota, gap, NATIONAL_DEFAULT_RULE, per10k, staffingFlags, sumQuotas, type QuotaRule } from '@cwp/domain/staffing';
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
  formula: string;
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
 */
export function staffingCalculator(input: StaffingInputs) {
  const children = new Map<string, StaffingUnit[]>();
  for (const u of input.units) {
    const parent = u.parentCode ?? '';
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const levelOf = new Map(input.units.map((u) => [u.code, u.level]));
  const memo = new Map<string, Computed>();

  const ruleFor = (code: string) => {
    const r = resolveNearest(input.rules, code, input.today);
    return r ? { rule: r.item.value, inheritedFrom: r.inheritedFrom } : { rule: NATIONAL_DEFAULT_RULE as QuotaRule, inheritedFrom: '' };
  };

  function compute(code: string): Computed {
    const cached = memo.get(code);
    if (cached) return cached;
    const fact = input.facts.get(code);
    const level = code === '' ? 'nation' : (levelOf.get(code) ?? '');
    let result: Computed;
    if (fact && OWN_FIGURE_LEVELS.has(level) && ruleFor(code).rule.mode !== 'perCommunityCap') {
      const q = computeQuota(ruleFor(code).rule, { urbanPopulation: fact.urbanPopulation, households: fact.households });
      result = { quota: q.quota, formula: q.formula, urbanPopulation: fact.urbanPopulation, households: fact.households, year: fact.year, source: fact.source };
    } else {
      const kids = (children.get(code) ?? []).map((c) => compute(c.code));
      const quota = sumQuotas(kids.map((k) => k.quota));
      const known = kids.filter((k) => k.urbanPopulation !== null);
      const own = fact ?? null;
      result = {
        quota,
        formula: quota === null ? '人口数据未知，无法测算' : `下级单位标准配备数合计 = ${quota}`,
        urbanPopulation: own ? own.urbanPopulation : known.length ? known.reduce((s, k) => s + k.urbanPopulation!, 0) : null,
        households: own ? own.households : null,
        year: own ? own.year : known.length ? Math.max(...known.map((k) => k.year ?? 0)) : null,
        source: own ? own.source : known.length ? '下级单位汇总' : null,
      };
    }
    memo.set(code, result);
    return result;
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
      quotaFormula: cap !== null ? `每社区不超过 ${cap} 人` : c.formula,
      ceiling,
      headcount: hc.total,
      headcountByStatus: hc.byStatus,
      gap: gap(c.quota, hc.total),
      per10k: per10k(hc.total, c.urbanPopulation),
      flags,
    };
  };
}
