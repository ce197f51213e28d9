import { describe, it, expect } from 'vitest';
import { isValidIsoDate, todayIso, compareIsoDates, yearsBetween, addDaysIso } from './dates.ts';

describe('dates', () => {
  it('validates real calendar dates in YYYY-MM-DD form only', () => {
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2023-04-31')).toBe(false);
    expect(isValidIsoDate('2023-4-1')).toBe(false);
    expect(isValidIsoDate('2023-04-01T00:00:00Z')).toBe(false);
  });
  it('gives today in Beijing time by default', () => {
    expect(todayIso(new Date('2024-06-14T16:30:00Z'))).toBe('2024-06-15');
    expect(todayIso(new Date('2024-06-14T16:30:00Z'), 'UTC')).toBe('2024-06-14');
  });
  it('compares and shifts dates', () => {
    expect(compareIsoDates('2024-01-02', '2024-01-10')).toBe(-1);
    expect(compareIsoDates('2024-01-10', '2024-01-10')).toBe(0);
    expect(compareIsoDates('2024-12-01', '2024-01-10')).toBe(1);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2023-12-31', 1)).toBe('2024-01-01');
  });
  it('counts full years between dates', () => {
    expect(yearsBetween('2014-03-01', '2024-02-29')).toBe(9);
    expect(yearsBetween('2014-03-01', '2024-03-01')).toBe(10);
    expect(() => yearsBetween('2014-02-30', '2024-03-01')).toThrow(RangeError);
  });
});
