import { describe, it, expect } from 'vitest';
import {
  computeQuota,
  quotaValue,
  formatFigure,
  gap,
  NATIONAL_DEFAULT_RULE,
  per10k,
  PRESET_RULES,
  roundHalfUp,
  staffingFlags,
  sumQuotas,
  TAIYUAN_HOUSEHOLD_STEPS,
  type QuotaRule,
} from './staffing.ts';

const pop = (urbanPopulation: number | null) => ({ urbanPopulation, households: null });
const hh = (households: number | null) => ({ urbanPopulation: null, households });

describe('roundHalfUp', () => {
  it('rounds halves up', () => {
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(1.5)).toBe(2);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(0.49)).toBe(0);
    expect(roundHalfUp(0)).toBe(0);
  });
  it('is not fooled by floating-point noise', () => {
    expect(roundHalfUp(1.0000000001)).toBe(1);
    expect(0.145 * 100).toBeLessThan(14.5); // 14.499999999999998
    expect(roundHalfUp(0.145 * 100)).toBe(15);
    expect(roundHalfUp((18 * 12345) / 10000)).toBe(22); // 22.221
    expect(roundHalfUp((18 * 2500) / 10000)).toBe(5); // 4.5
  });
  it('rounds negative halves away from zero and never returns -0', () => {
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });
});

describe('formatFigure', () => {
  it('groups thousands and truncates to 2 decimals without trailing zeros', () => {
    expect(formatFigure(123456)).toBe('123,456');
    expect(formatFigure(222.2208)).toBe('222.22');
    expect(formatFigure(4.5)).toBe('4.5');
    expect(formatFigure(4.499)).toBe('4.49');
    expect(formatFigure(1234567.891)).toBe('1,234,567.89');
  });
});

describe('computeQuota per10k', () => {
  it('A3.1 national 18/万: county with 123,456 urban residents = 222.2208 → 222', () => {
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(123456))).toEqual({
      quota: 222,
      basis: 'urbanPopulation',
      formula: '123,456 × 18 ÷ 10,000 ≈ 222.22 → 222',
    });
  });
  it('A3.1 national 18/万: 12,345 → 22.221 → 22; 2,500 → 4.5 → 5', () => {
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(12345)).quota).toBe(22);
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(12345)).formula).toBe('12,345 × 18 ÷ 10,000 ≈ 22.22 → 22');
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(2500))).toEqual({
      quota: 5,
      basis: 'urbanPopulation',
      formula: '2,500 × 18 ÷ 10,000 = 4.5 → 5',
    });
  });
  it('A3.1 昌吉 25/万: 123,456 → 308.64 → 309; 10,000 → 25', () => {
    const changji: QuotaRule = { mode: 'per10k', ratio: 25 };
    expect(computeQuota(changji, pop(123456))).toEqual({
      quota: 309,
      basis: 'urbanPopulation',
      formula: '123,456 × 25 ÷ 10,000 = 308.64 → 309',
    });
    expect(computeQuota(changji, pop(10000)).quota).toBe(25);
  });
  it('A3.1 unknown population gives quota null and basis unknown', () => {
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(null))).toMatchObject({ quota: null, basis: 'unknown' });
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(-1)).quota).toBeNull();
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(Number.NaN)).quota).toBeNull();
    expect(computeQuota(NATIONAL_DEFAULT_RULE, hh(5000)).quota).toBeNull();
  });
  it('A3.1 national scale check (rules.md §10): 94,350 万 urban residents → ≈169.8 万', () => {
    expect(computeQuota(NATIONAL_DEFAULT_RULE, pop(943_500_000)).quota).toBe(1_698_300);
  });
});

describe('computeQuota perHouseholds (宁波)', () => {
  const ningbo: QuotaRule = { mode: 'perHouseholds', householdsPerWorker: 250 };
  it('A3.1 宁波 one per 250 households: 3,130 → 12.52 → 13', () => {
    expect(computeQuota(ningbo, hh(3130))).toEqual({
      quota: 13,
      basis: 'households',
      formula: '3,130 户 ÷ 250 = 12.52 → 13',
    });
  });
  it('A3.1 宁波 rounds half up: 3,125 → 12.5 → 13; 3,124 → 12.496 → 12', () => {
    expect(computeQuota(ningbo, hh(3125)).quota).toBe(13);
    expect(computeQuota(ningbo, hh(3124)).quota).toBe(12);
    expect(computeQuota(ningbo, hh(3124)).formula).toBe('3,124 户 ÷ 250 ≈ 12.49 → 12');
  });
  it('A3.1 unknown households or an invalid divisor gives null', () => {
    expect(computeQuota(ningbo, hh(null))).toMatchObject({ quota: null, basis: 'unknown' });
    expect(computeQuota({ mode: 'perHouseholds', householdsPerWorker: 0 }, hh(100)).quota).toBeNull();
  });
});

describe('computeQuota householdSteps (太原)', () => {
  const cases: [number, number][] = [
    [0, 3],
    [1999, 3],
    [2000, 4],
    [2999, 4],
    [3000, 5],
    [3999, 5],
    [4000, 6],
    [4999, 6],
    [5000, 6],
    [5499, 6],
    [5500, 7],
    [5999, 7],
    [6000, 8],
    [7250, 10],
  ];
  it.each(cases)('A3.1 太原 %i 户 → %i 名专职社工', (households, quota) => {
    expect(computeQuota(TAIYUAN_HOUSEHOLD_STEPS, hh(households))).toMatchObject({ quota, basis: 'households' });
  });
  it('A3.1 太原 formula text for a band and for the 5000+ increments', () => {
    expect(computeQuota(TAIYUAN_HOUSEHOLD_STEPS, hh(1999)).formula).toBe('1,999 户 < 2,000 → 3');
    expect(computeQuota(TAIYUAN_HOUSEHOLD_STEPS, hh(6000)).formula).toBe(
      '6,000 户 ≥ 5,000：6 + ⌊(6,000 − 5,000) ÷ 500⌋ × 1 = 8',
    );
  });
  it('A3.1 without `beyond` the last band holds; an empty table or unknown households gives null', () => {
    const rule: QuotaRule = { mode: 'householdSteps', steps: [{ below: 400, quota: 1 }] };
    expect(computeQuota(rule, hh(9000)).quota).toBe(1);
    expect(computeQuota({ mode: 'householdSteps', steps: [] }, hh(10)).quota).toBeNull();
    expect(computeQuota(TAIYUAN_HOUSEHOLD_STEPS, hh(null))).toMatchObject({ quota: null, basis: 'unknown' });
  });
});

describe('computeQuota perCommunityCap', () => {
  it('A3.1 太原 cap 17 is returned as a cap', () => {
    expect(computeQuota({ mode: 'perCommunityCap', cap: 17 }, hh(null))).toEqual({
      quota: 17,
      basis: 'cap',
      formula: '每社区上限 17 人',
    });
  });
});

describe('PRESET_RULES', () => {
  it('A3.1 offers the national, 昌吉, 宁波 and 太原 presets, each citing rules.md', () => {
    expect(PRESET_RULES.map((p) => p.key)).toEqual(['national', 'changji', 'ningbo', 'taiyuan-steps', 'taiyuan-cap']);
    expect(PRESET_RULES[0].rule).toEqual({ mode: 'per10k', ratio: 18 });
    expect(PRESET_RULES[1].rule).toEqual({ mode: 'per10k', ratio: 25 });
    expect(PRESET_RULES[2].rule).toEqual({ mode: 'perHouseholds', householdsPerWorker: 250 });
    expect(PRESET_RULES[4].rule).toEqual({ mode: 'perCommunityCap', cap: 17 });
    for (const p of PRESET_RULES) {
      expect(p.source).toMatch(/^rules\.md §2/);
      expect(p.label).not.toBe('');
      expect(p.en).not.toBe('');
    }
  });
});

describe('sumQuotas', () => {
  it('A3.1 the quota of a level above is the sum of its children, skipping nulls', () => {
    expect(sumQuotas([3, 4, null, 6])).toBe(13);
    expect(sumQuotas([0, null])).toBe(0);
  });
  it('A3.1 all children unknown (or none) gives null', () => {
    expect(sumQuotas([null, null])).toBeNull();
    expect(sumQuotas([])).toBeNull();
  });
});

describe('per10k and gap', () => {
  it('A3.1 per10k is rounded to 2 decimals', () => {
    expect(per10k(150, 123456)).toBe(12.15); // 12.1501...
    expect(per10k(18, 10000)).toBe(18);
    expect(per10k(1, 30000)).toBe(0.33);
    expect(per10k(2, 30000)).toBe(0.67);
  });
  it('A3.1 per10k is null when the population is unknown or zero', () => {
    expect(per10k(5, null)).toBeNull();
    expect(per10k(5, 0)).toBeNull();
  });
  it('A3.1 gap is quota − headcount, positive = shortfall', () => {
    expect(gap(222, 200)).toBe(22);
    expect(gap(20, 25)).toBe(-5);
    expect(gap(null, 3)).toBeNull();
  });
});

describe('staffingFlags', () => {
  const codes = (f: ReturnType<typeof staffingFlags>) => f.map((x) => `${x.code}:${x.level}`);

  it('A3.1 below_standard is red under 90% of quota, amber from 90% up to the quota', () => {
    expect(codes(staffingFlags({ headcount: 89, quota: 100, ceiling: null }))).toEqual(['below_standard:red']);
    expect(codes(staffingFlags({ headcount: 90, quota: 100, ceiling: null }))).toEqual(['below_standard:amber']);
    expect(codes(staffingFlags({ headcount: 99, quota: 100, ceiling: null }))).toEqual(['below_standard:amber']);
    expect(staffingFlags({ headcount: 100, quota: 100, ceiling: null })).toEqual([]);
    expect(staffingFlags({ headcount: 120, quota: 100, ceiling: null })).toEqual([]);
  });
  it('A3.1 below_standard message gives the shortfall in Chinese and English', () => {
    const [f] = staffingFlags({ headcount: 200, quota: 222, ceiling: null });
    expect(f?.message).toBe('在职 200 人，低于配备标准 222 人，缺 22 人');
    expect(f?.messageEn).toContain('short by 22');
  });
  it('A3.1 ceiling 200: headcount 201 → over_ceiling red, 190 → near_ceiling amber, 189 → nothing', () => {
    expect(codes(staffingFlags({ headcount: 201, quota: null, ceiling: 200 }))).toContain('over_ceiling:red');
    expect(codes(staffingFlags({ headcount: 201, quota: 150, ceiling: 200 }))).toEqual(['over_ceiling:red']);
    expect(codes(staffingFlags({ headcount: 190, quota: 150, ceiling: 200 }))).toEqual(['near_ceiling:amber']);
    expect(codes(staffingFlags({ headcount: 200, quota: 150, ceiling: 200 }))).toEqual(['near_ceiling:amber']);
    expect(staffingFlags({ headcount: 189, quota: 150, ceiling: 200 })).toEqual([]);
    expect(staffingFlags({ headcount: 0, quota: 0, ceiling: 0 })).toEqual([]);
  });
  it('A3.1 太原 per-community cap 17 with headcount 18 → over_cap red', () => {
    expect(codes(staffingFlags({ headcount: 18, quota: 6, ceiling: null, cap: 17 }))).toEqual(['over_cap:red']);
    expect(staffingFlags({ headcount: 17, quota: 6, ceiling: null, cap: 17 })).toEqual([]);
  });
  it('A3.1 unknown quota → population_unknown amber, other checks still run', () => {
    expect(codes(staffingFlags({ headcount: 5, quota: null, ceiling: null }))).toEqual(['population_unknown:amber']);
    expect(codes(staffingFlags({ headcount: 18, quota: null, ceiling: 17, cap: 17 }))).toEqual([
      'population_unknown:amber',
      'over_ceiling:red',
      'over_cap:red',
    ]);
  });
});

describe('quotaValue', () => {
  it('A3.1 equals computeQuota(...).quota in every mode, for known, unknown and edge figures', () => {
    const rules: QuotaRule[] = [
      NATIONAL_DEFAULT_RULE,
      { mode: 'per10k', ratio: 25 },
      { mode: 'perHouseholds', householdsPerWorker: 250 },
      { mode: 'perHouseholds', householdsPerWorker: 0 },
      TAIYUAN_HOUSEHOLD_STEPS,
      { mode: 'perCommunityCap', cap: 17 },
    ];
    const figures = [0, 1, 125, 12345, 2778, 99999, 5_600_000].flatMap((n) => [
      { urbanPopulation: n, households: n },
      { urbanPopulation: null, households: n },
      { urbanPopulation: n, households: null },
    ]);
    for (const rule of rules) for (const f of figures) expect(quotaValue(rule, f), JSON.stringify([rule, f])).toBe(computeQuota(rule, f).quota);
  });
});
