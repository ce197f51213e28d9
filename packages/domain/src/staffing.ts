// Staffing standard (配备标准) maths — opinion.md A3.1, rules.md §2.
//
// A quota rule is per-jurisdiction configuration (see effective-dated.ts for
// how a rule is resolved for an org on a date). Per-10k rules apply at any level
// whose urban population is known; household rules (宁波, 太原) are per community,
// and the quota of a level above is the sum of its children (`sumQuotas`).
//
// Rounding: rules.md §2 sketches `floor(...)`, but the product decision is
// round-half-up (四舍五入), e.g. 22.221 → 22, 4.5 → 5, 12.52 → 13.

export type QuotaRule =
  | { mode: 'per10k'; ratio: number }
  | { mode: 'perHouseholds'; householdsPerWorker: number }
  | {
      mode: 'householdSteps';
      /** Ascending by `below`: households < below → quota (first match wins). */
      steps: { below: number; quota: number }[];
      /** From the last `below` on: last quota + floor((h − lastBelow) / every) × add. */
      beyond?: { every: number; add: number };
    }
  | { mode: 'perCommunityCap'; cap: number };

export type QuotaMode = QuotaRule['mode'];

export const NATIONAL_DEFAULT_RULE = { mode: 'per10k', ratio: 18 } as const satisfies QuotaRule;

/**
 * 太原 step table, for 专职社工 by households per community.
 *
 * Reading of "5000 户以上每增 500 户 +1": a worker is added for every *complete*
 * 500 households above 5000, so 5000–5499 → 6, 5500–5999 → 7, 6000–6499 → 8.
 * Why: "每增" counts increments over 5000, and at exactly 5000 none has been
 * added; this also agrees with "4000–5000 户 6 名" even when 5000 is read as
 * included (以上/以下 include the number itself in Chinese legal drafting), whereas
 * "5000–5499 → 7" would give 5000 two different quotas. Lower bands are
 * half-open [from, to) because the first band is "<2000" (so 2000 → 4).
 */
export const TAIYUAN_HOUSEHOLD_STEPS = {
  mode: 'householdSteps',
  steps: [
    { below: 2000, quota: 3 },
    { below: 3000, quota: 4 },
    { below: 4000, quota: 5 },
    { below: 5000, quota: 6 },
  ],
  beyond: { every: 500, add: 1 },
} as const satisfies QuotaRule;

export interface QuotaPreset {
  readonly key: string;
  readonly label: string;
  readonly en: string;
  readonly rule: QuotaRule;
  /** Citation in /work/shared/domain/rules.md §2 (with its reliability tag). */
  readonly source: string;
}

export const PRESET_RULES = [
  {
    key: 'national',
    label: '全国标准：每万城镇常住人口 18 人',
    en: 'National standard: 18 per 10,000 urban residents',
    rule: NATIONAL_DEFAULT_RULE,
    source: 'rules.md §2 全国 — 《关于加强社区工作者队伍建设的意见》2024 [官]; opinion.md A3.1',
  },
  {
    key: 'changji',
    label: '昌吉州：每万城镇常住人口 25 人',
    en: 'Changji Prefecture: 25 per 10,000 urban residents',
    rule: { mode: 'per10k', ratio: 25 },
    source: 'rules.md §2 新疆昌吉州 — 昌吉州实施方案 2023, ≥25 人/万 [官]',
  },
  {
    key: 'ningbo',
    label: '宁波：每 250 户配 1 名专职社区工作者',
    en: 'Ningbo: one full-time worker per 250 households',
    rule: { mode: 'perHouseholds', householdsPerWorker: 250 },
    source: 'rules.md §2 宁波 — 宁波《意见》约 2018, creditsailing 转述 [二]',
  },
  {
    key: 'taiyuan-steps',
    label: '太原：专职社工按户数分档',
    en: 'Taiyuan: full-time social workers by household bands',
    rule: TAIYUAN_HOUSEHOLD_STEPS,
    source: 'rules.md §2 太原 — 《太原市社区工作者管理办法(试行)》2020, 太原日报 [媒]',
  },
  {
    key: 'taiyuan-cap',
    label: '太原：每社区社区工作者不超过 17 人',
    en: 'Taiyuan: at most 17 community workers per community',
    rule: { mode: 'perCommunityCap', cap: 17 },
    source: 'rules.md §2 太原 — 《太原市社区工作者管理办法(试行)》2020, 太原日报 [媒]',
  },
] as const satisfies readonly QuotaPreset[];

export type QuotaPresetKey = (typeof PRESET_RULES)[number]['key'];

/** Strips binary floating-point noise (0.145 × 100 = 14.499999999999998 → 14.5). */
function denoise(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * 四舍五入 to an integer: halves go away from zero (0.5 → 1, 2.5 → 3, −2.5 → −3).
 * Values are first cut to 12 significant digits so float noise cannot flip a half.
 */
export function roundHalfUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  const y = denoise(x);
  const r = Math.sign(y) * Math.floor(Math.abs(y) + 0.5);
  return r === 0 ? 0 : r; // no -0
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return roundHalfUp(denoise(x * f)) / f;
}

/** Thousands separators, at most `decimals` decimals (truncated), no trailing zeros. */
export function formatFigure(x: number, decimals = 2): string {
  const f = 10 ** decimals;
  const t = Math.trunc(denoise(x * f)) / f;
  const [int = '0', frac] = Math.abs(t).toFixed(decimals).split('.');
  const fracTrim = (frac ?? '').replace(/0+$/, '');
  const sign = t < 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fracTrim ? `.${fracTrim}` : ''}`;
}

/**
 * '= 22.5' when shown exactly, '≈ 22.22' when truncated. Truncation (not
 * rounding) keeps the shown value on the same side of .5 as the real one.
 */
function shownResult(x: number): string {
  const s = formatFigure(x);
  return `${Number(s.replace(/,/g, '')) === denoise(x) ? '=' : '≈'} ${s}`;
}

export type QuotaBasis = 'urbanPopulation' | 'households' | 'cap' | 'unknown';

export interface QuotaResult {
  quota: number | null;
  basis: QuotaBasis;
  /** Chinese, numbers filled in, e.g. '12,345 × 18 ÷ 10,000 ≈ 22.22 → 22'. */
  formula: string;
}

export interface QuotaFigures {
  urbanPopulation: number | null;
  households: number | null;
}

function knownCount(n: number | null | undefined): n is number {
  return n !== null && n !== undefined && Number.isFinite(n) && n >= 0;
}

function householdStepsQuota(
  rule: Extract<QuotaRule, { mode: 'householdSteps' }>,
  h: number,
): { quota: number; formula: string } | null {
  const hs = `${formatFigure(h)} 户`;
  for (const step of rule.steps) {
    if (h < step.below) return { quota: step.quota, formula: `${hs} < ${formatFigure(step.below)} → ${step.quota}` };
  }
  const last = rule.steps[rule.steps.length - 1];
  if (last === undefined) return null;
  const b = rule.beyond;
  if (b === undefined || !(b.every > 0)) {
    return { quota: last.quota, formula: `${hs} ≥ ${formatFigure(last.below)} → ${last.quota}` };
  }
  const increments = Math.floor(denoise((h - last.below) / b.every));
  const quota = last.quota + increments * b.add;
  return {
    quota,
    formula:
      `${hs} ≥ ${formatFigure(last.below)}：${last.quota} + ⌊(${formatFigure(h)} − ${formatFigure(last.below)}) ÷ ` +
      `${formatFigure(b.every)}⌋ × ${b.add} = ${quota}`,
  };
}

/**
 * Quota under one rule for one org. Unknown or invalid figures give quota null,
 * basis 'unknown'. A 'perCommunityCap' rule is a ceiling, not a standard: its
 * result (basis 'cap') belongs in `staffingFlags({ cap })`, not in `quota`.
 */
export function computeQuota(rule: QuotaRule, figures: QuotaFigures): QuotaResult {
  switch (rule.mode) {
    case 'per10k': {
      const p = figures.urbanPopulation;
      if (!knownCount(p)) return { quota: null, basis: 'unknown', formula: '城镇常住人口未知，无法测算' };
      const raw = (p * rule.ratio) / 10000;
      return {
        quota: roundHalfUp(raw),
        basis: 'urbanPopulation',
        formula: `${formatFigure(p)} × ${formatFigure(rule.ratio)} ÷ 10,000 ${shownResult(raw)} → ${roundHalfUp(raw)}`,
      };
    }
    case 'perHouseholds': {
      const h = figures.households;
      if (!knownCount(h)) return { quota: null, basis: 'unknown', formula: '户数未知，无法测算' };
      if (!(rule.householdsPerWorker > 0)) {
        return { quota: null, basis: 'unknown', formula: '每名工作者对应户数配置无效' };
      }
      const raw = h / rule.householdsPerWorker;
      return {
        quota: roundHalfUp(raw),
        basis: 'households',
        formula: `${formatFigure(h)} 户 ÷ ${formatFigure(rule.householdsPerWorker)} ${shownResult(raw)} → ${roundHalfUp(raw)}`,
      };
    }
    case 'householdSteps': {
      const h = figures.households;
      if (!knownCount(h)) return { quota: null, basis: 'unknown', formula: '户数未知，无法测算' };
      const r = householdStepsQuota(rule, h);
      if (r === null) return { quota: null, basis: 'unknown', formula: '户数分档表为空' };
      return { quota: r.quota, basis: 'households', formula: r.formula };
    }
    case 'perCommunityCap':
      return { quota: rule.cap, basis: 'cap', formula: `每社区上限 ${formatFigure(rule.cap)} 人` };
  }
}

/**
 * The quota number alone, equal to `computeQuota(rule, figures).quota`: summing a national tree needs
 * thousands of these and none of the formula text, which is built only for the units shown.
 */
export function quotaValue(rule: QuotaRule, figures: QuotaFigures): number | null {
  switch (rule.mode) {
    case 'per10k':
      return knownCount(figures.urbanPopulation) ? roundHalfUp((figures.urbanPopulation * rule.ratio) / 10000) : null;
    case 'perHouseholds':
      return knownCount(figures.households) && rule.householdsPerWorker > 0 ? roundHalfUp(figures.households / rule.householdsPerWorker) : null;
    case 'householdSteps':
    case 'perCommunityCap':
      return computeQuota(rule, figures).quota;
  }
}

/** Quota of a level above: sum of the children's quotas; nulls skipped; all null (or none) → null. */
export function sumQuotas(children: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const q of children) if (q !== null) sum = (sum ?? 0) + q;
  return sum;
}

/** 每万城镇常住人口拥有社区工作者数, 2 decimals; null when the population is unknown or zero. */
export function per10k(headcount: number, urbanPopulation: number | null): number | null {
  if (!knownCount(urbanPopulation) || urbanPopulation === 0) return null;
  return roundTo((headcount * 10000) / urbanPopulation, 2);
}

/** quota − headcount: positive = shortfall (缺口), negative = over the standard; null when quota unknown. */
export function gap(quota: number | null, headcount: number): number | null {
  return quota === null ? null : quota - headcount;
}

export type FlagCode = 'below_standard' | 'over_ceiling' | 'near_ceiling' | 'over_cap' | 'population_unknown';

export interface Flag {
  code: FlagCode;
  level: 'red' | 'amber';
  message: string;
  messageEn: string;
}

export interface StaffingFlagInput {
  headcount: number;
  /** Computed standard (配备标准); null when the basis figure is unknown. */
  quota: number | null;
  /** 总量控制 ceiling set by the city/county; null = none set. */
  ceiling: number | null;
  /** Per-community cap (e.g. 太原 17). */
  cap?: number | null;
}

/** Share thresholds, in percent (integer compare avoids float trouble). */
export const BELOW_STANDARD_RED_PERCENT = 90;
export const NEAR_CEILING_PERCENT = 95;

/**
 * A3.1 warning flags. below_standard: red under 90 % of quota, amber under quota
 * but ≥ 90 %. over_ceiling: red above the 总量 ceiling; near_ceiling: amber at
 * ≥ 95 % of it (and not above; a ceiling of 0 never warns "near"). over_cap:
 * red above a per-community cap. population_unknown: amber when quota is null.
 */
export function staffingFlags(input: StaffingFlagInput): Flag[] {
  const { headcount, quota, ceiling } = input;
  const cap = input.cap ?? null;
  const flags: Flag[] = [];
  if (quota === null) {
    flags.push({
      code: 'population_unknown',
      level: 'amber',
      message: '人口或户数未知，无法按配备标准测算',
      messageEn: 'Population or households unknown; the staffing standard cannot be computed',
    });
  } else if (headcount < quota) {
    const red = headcount * 100 < quota * BELOW_STANDARD_RED_PERCENT;
    flags.push({
      code: 'below_standard',
      level: red ? 'red' : 'amber',
      message: `在职 ${headcount} 人，低于配备标准 ${quota} 人，缺 ${quota - headcount} 人${red ? '（不足 90%）' : ''}`,
      messageEn: `${headcount} in post, below the standard of ${quota} (short by ${quota - headcount}${red ? ', under 90%' : ''})`,
    });
  }
  if (ceiling !== null) {
    if (headcount > ceiling) {
      flags.push({
        code: 'over_ceiling',
        level: 'red',
        message: `在职 ${headcount} 人，超出总量控制 ${ceiling} 人 ${headcount - ceiling} 人`,
        messageEn: `${headcount} in post, ${headcount - ceiling} over the ceiling of ${ceiling}`,
      });
    } else if (ceiling > 0 && headcount * 100 >= ceiling * NEAR_CEILING_PERCENT) {
      flags.push({
        code: 'near_ceiling',
        level: 'amber',
        message: `在职 ${headcount} 人，已接近总量控制 ${ceiling} 人（余 ${ceiling - headcount} 人）`,
        messageEn: `${headcount} in post, close to the ceiling of ${ceiling} (${ceiling - headcount} left)`,
      });
    }
  }
  if (cap !== null && headcount > cap) {
    flags.push({
      code: 'over_cap',
      level: 'red',
      message: `在职 ${headcount} 人，超过每社区上限 ${cap} 人`,
      messageEn: `${headcount} in post, above the per-community cap of ${cap}`,
    });
  }
  return flags;
}
