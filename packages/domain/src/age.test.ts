import { describe, it, expect } from 'vitest';
import { ageOn, ageBandOf, birthDateRangeForBand, AGE_BANDS, AGE_BAND_KEYS } from './age.ts';
import { addDaysIso } from './dates.ts';

describe('ageOn', () => {
  it('counts full years', () => {
    expect(ageOn('1990-06-15', '2024-06-14')).toBe(33);
    expect(ageOn('1990-06-15', '2024-06-15')).toBe(34);
    expect(ageOn('1990-06-15', '2024-12-31')).toBe(34);
  });
  it('reads a Date as a Beijing calendar day', () => {
    // 2024-06-14T17:00Z is already 15 June in Beijing.
    expect(ageOn('1990-06-15', new Date('2024-06-14T17:00:00Z'))).toBe(34);
  });
  it('lets a 29 Feb birthday complete the year on 1 Mar in common years', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });
});

describe('ageBandOf', () => {
  it('places ages in the four bands', () => {
    expect(ageBandOf(0)?.key).toBe('under35');
    expect(ageBandOf(34)?.key).toBe('under35');
    expect(ageBandOf(35)?.key).toBe('35to44');
    expect(ageBandOf(44)?.key).toBe('35to44');
    expect(ageBandOf(45)?.key).toBe('45to54');
    expect(ageBandOf(54)?.key).toBe('45to54');
    expect(ageBandOf(55)?.label).toBe('55岁及以上');
    expect(ageBandOf(90)?.key).toBe('55plus');
    expect(ageBandOf(-1)).toBeNull();
  });
  it('has contiguous bands starting at 0', () => {
    expect(AGE_BANDS[0].min).toBe(0);
    for (let i = 1; i < AGE_BANDS.length; i++) expect(AGE_BANDS[i]!.min).toBe(AGE_BANDS[i - 1]!.max! + 1);
  });
});

describe('birthDateRangeForBand', () => {
  it('someone who turns 35 today is NOT under 35', () => {
    const today = '2024-06-15';
    const turns35 = '1989-06-15';
    const under35 = birthDateRangeForBand('under35', today);
    expect(under35).toEqual({ from: '1989-06-16', to: '2024-06-15' });
    expect(turns35 < under35.from!).toBe(true);
    expect(ageBandOf(ageOn(turns35, today))?.key).toBe('35to44');
    const band35 = birthDateRangeForBand('35to44', today);
    expect(band35).toEqual({ from: '1979-06-16', to: '1989-06-15' });
  });
  it('leaves 55plus open at the lower end', () => {
    expect(birthDateRangeForBand('55plus', '2024-06-15')).toEqual({ to: '1969-06-15' });
  });
  it('handles today = 29 Feb', () => {
    expect(birthDateRangeForBand('under35', '2024-02-29')).toEqual({ from: '1989-03-01', to: '2024-02-29' });
    expect(birthDateRangeForBand('35to44', '2024-02-29')).toEqual({ from: '1979-03-01', to: '1989-02-28' });
  });
  it('agrees with ageBandOf(ageOn()) for every birth day around the boundaries', () => {
    const mismatches: string[] = [];
    for (const today of ['2024-06-15', '2024-02-29', '2023-02-28', '2023-03-01', '2024-12-31', '2025-01-01']) {
      const ranges = Object.fromEntries(AGE_BAND_KEYS.map((k) => [k, birthDateRangeForBand(k, today)]));
      for (const years of [34, 35, 44, 45, 54, 55]) {
        const centre = `${Number(today.slice(0, 4)) - years}-03-01`;
        for (let d = -400; d <= 400; d += 1) {
          const birth = addDaysIso(centre, d);
          const expected = ageBandOf(ageOn(birth, today))?.key;
          const matched = AGE_BAND_KEYS.filter((k) => {
            const r = ranges[k]!;
            return (r.from === undefined || birth >= r.from) && (r.to === undefined || birth <= r.to);
          });
          if (matched.length !== 1 || matched[0] !== expected) mismatches.push(`${birth} on ${today}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
  it('accepts a Date', () => {
    expect(birthDateRangeForBand('under35', new Date('2024-06-15T12:00:00+08:00')).to).toBe('2024-06-15');
  });
});
