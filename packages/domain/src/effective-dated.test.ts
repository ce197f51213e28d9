import { describe, it, expect } from 'vitest';
import {
  activeOn,
  inheritanceChainOf,
  isActiveOn,
  nearestResolverOn,
  resolveNearest,
  type EffectiveDated,
} from './effective-dated.ts';

type R = EffectiveDated<string>;

const NATIONAL: R = { orgCode: '', effectiveFrom: '2024-03-28', value: 'national-18', id: 1 };
const CITY: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'changji-25', id: 2 };
const COUNTY: R = { orgCode: '652301', effectiveFrom: '2025-01-01', value: 'county-30', id: 3 };

describe('isActiveOn', () => {
  it('treats effectiveFrom as inclusive and effectiveTo as exclusive', () => {
    const item: R = { orgCode: '', effectiveFrom: '2024-01-01', effectiveTo: '2025-01-01', value: 'x' };
    expect(isActiveOn(item, '2023-12-31')).toBe(false);
    expect(isActiveOn(item, '2024-01-01')).toBe(true);
    expect(isActiveOn(item, '2024-12-31')).toBe(true);
    expect(isActiveOn(item, '2025-01-01')).toBe(false);
  });
  it('treats a null or missing effectiveTo as open-ended', () => {
    expect(isActiveOn({ ...NATIONAL, effectiveTo: null }, '2099-12-31')).toBe(true);
    expect(isActiveOn(NATIONAL, '2099-12-31')).toBe(true);
  });
});

describe('activeOn', () => {
  it('matches exactly the org, without inheritance', () => {
    expect(activeOn([NATIONAL, CITY], '652301', '2025-06-01')).toBeNull();
    expect(activeOn([NATIONAL, CITY], '6523', '2025-06-01')).toBe(CITY);
    expect(activeOn([NATIONAL, CITY], '', '2025-06-01')).toBe(NATIONAL);
  });
  it('accepts a 12-digit padded code for the org', () => {
    expect(activeOn([CITY], '652300000000', '2025-06-01')).toBe(CITY);
    expect(activeOn([{ ...CITY, orgCode: '652300000000' }], '6523', '2025-06-01')?.value).toBe('changji-25');
  });
  it('picks the latest effectiveFrom when several overlap', () => {
    const old: R = { orgCode: '6523', effectiveFrom: '2020-01-01', value: 'old', id: 9 };
    const mid: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'mid', id: 1 };
    expect(activeOn([mid, old], '6523', '2024-01-01')?.value).toBe('mid');
    expect(activeOn([old, mid], '6523', '2022-12-31')?.value).toBe('old');
  });
  it('breaks a tie on effectiveFrom by the highest id, then by array order', () => {
    const a: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'a', id: 5 };
    const b: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'b', id: 7 };
    expect(activeOn([b, a], '6523', '2024-01-01')?.value).toBe('b');
    expect(activeOn([a, b], '6523', '2024-01-01')?.value).toBe('b');
    const noId: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'noId' };
    expect(activeOn([a, noId], '6523', '2024-01-01')?.value).toBe('a');
    const c: R = { orgCode: '6523', effectiveFrom: '2023-01-01', value: 'c' };
    expect(activeOn([noId, c], '6523', '2024-01-01')?.value).toBe('c');
  });
  it('rejects an invalid date', () => {
    expect(() => activeOn([NATIONAL], '', '2024-02-30')).toThrow(RangeError);
  });
});

describe('inheritanceChainOf', () => {
  it('lists the code, its ancestors nearest first, then national', () => {
    expect(inheritanceChainOf('652301001001')).toEqual(['652301001001', '652301001', '652301', '6523', '65', '']);
    expect(inheritanceChainOf('652301000000')).toEqual(['652301', '6523', '65', '']);
    expect(inheritanceChainOf('')).toEqual(['']);
  });
});

describe('resolveNearest', () => {
  const items = [NATIONAL, CITY, COUNTY];

  it('A3.1 a street inherits from its city, via the county, when the county has no rule yet', () => {
    const r = resolveNearest(items, '652302003', '2025-06-01');
    expect(r?.item).toBe(CITY);
    expect(r?.inheritedFrom).toBe('6523');
  });
  it("A3.1 a county's own rule overrides the city's, also for the streets below it", () => {
    expect(resolveNearest(items, '652301', '2025-06-01')).toEqual({ item: COUNTY, inheritedFrom: '652301' });
    expect(resolveNearest(items, '652301004', '2025-06-01')).toEqual({ item: COUNTY, inheritedFrom: '652301' });
    expect(resolveNearest(items, '652301004001', '2025-06-01')?.inheritedFrom).toBe('652301');
  });
  it('A3.1 skips a rule not yet effective and falls back to the next ancestor', () => {
    expect(resolveNearest(items, '652301004', '2024-12-31')).toEqual({ item: CITY, inheritedFrom: '6523' });
  });
  it('A3.1 skips a rule that has ended and falls back to the national default', () => {
    const ended: R = { ...CITY, effectiveTo: '2025-01-01' };
    expect(resolveNearest([NATIONAL, ended], '652302003', '2024-12-31')?.item).toBe(ended);
    expect(resolveNearest([NATIONAL, ended], '652302003', '2025-01-01')).toEqual({ item: NATIONAL, inheritedFrom: '' });
  });
  it('A3.1 uses the national default for an org outside any configured region', () => {
    expect(resolveNearest(items, '110105', '2025-06-01')).toEqual({ item: NATIONAL, inheritedFrom: '' });
  });
  it('returns null when nothing is in force', () => {
    expect(resolveNearest(items, '110105', '2020-01-01')).toBeNull();
    expect(resolveNearest([], '', '2020-01-01')).toBeNull();
  });
  it('applies the tie-breaking of activeOn at the winning level', () => {
    const a: R = { orgCode: '652301', effectiveFrom: '2025-01-01', value: 'a', id: 10 };
    const b: R = { orgCode: '652301', effectiveFrom: '2025-01-01', value: 'b', id: 11 };
    expect(resolveNearest([b, a, CITY], '652301004', '2025-06-01')?.item.value).toBe('b');
  });
});

describe('nearestResolverOn', () => {
  it('A3.1 answers exactly as resolveNearest for every code, date and tie', () => {
    const ended: R = { orgCode: '6523', effectiveFrom: '2020-01-01', effectiveTo: '2024-01-01', value: 'ended', id: 7 };
    const tieA: R = { orgCode: '652301', effectiveFrom: '2025-01-01', value: 'tie-a', id: 10 };
    const tieB: R = { orgCode: '652301', effectiveFrom: '2025-01-01', value: 'tie-b', id: 11 };
    const padded: R = { orgCode: '652302000000', effectiveFrom: '2022-01-01', value: 'padded', id: 12 };
    const items = [NATIONAL, CITY, COUNTY, ended, tieB, tieA, padded];
    const codes = ['', '65', '6523', '652301', '652301004', '652301004001', '652302', '652302003', '110105'];
    for (const day of ['2020-06-01', '2023-06-01', '2024-12-31', '2025-06-01']) {
      const resolve = nearestResolverOn(items, day);
      for (const code of codes) expect(resolve(code), `${code} on ${day}`).toEqual(resolveNearest(items, code, day));
      for (const code of codes) expect(resolve(code), `${code} again`).toEqual(resolveNearest(items, code, day));
    }
  });
  it('rejects an invalid date up front', () => {
    expect(() => nearestResolverOn([NATIONAL], '2024-02-30')).toThrow(RangeError);
  });
});
