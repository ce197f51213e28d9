import { describe, expect, it } from 'vitest';
import { annualLeaveDays, leaveWorkflow, unreturned, workingDays } from './leave.ts';

describe('leave (A9.2)', () => {
  it('A9.2 working days skip weekends: Fri 2026-11-27 to Tue 2026-12-01 is 3 days', () => {
    expect(workingDays('2026-11-27', '2026-12-01')).toBe(3);
    expect(workingDays('2026-11-28', '2026-11-29')).toBe(0);
  });

  it('A9.2 annual leave follows total years of work: 5, 10 or 15 days', () => {
    expect(annualLeaveDays('2020-03-01', 2026).days).toBe(5);
    expect(annualLeaveDays('2016-01-01', 2026).days).toBe(10);
    expect(annualLeaveDays('2006-01-02', 2026).days).toBe(10);
    expect(annualLeaveDays('2006-01-01', 2026).days).toBe(15);
    expect(annualLeaveDays('2025-06-01', 2026)).toMatchObject({ days: 0 });
  });

  it('A9.2 short leave is the community secretary’s decision; longer leave also the street’s; the secretary’s own leave goes to the street', () => {
    expect(leaveWorkflow({ isSecretary: false, days: 3 }).steps.map((s) => s.key)).toEqual(['community']);
    expect(leaveWorkflow({ isSecretary: false, days: 4 }).steps.map((s) => s.key)).toEqual(['community', 'street']);
    expect(leaveWorkflow({ isSecretary: true, days: 1 }).steps.map((s) => s.key)).toEqual(['street']);
  });

  it('A9.2 leave without a return record the day after it ends is flagged', () => {
    expect(unreturned('2026-11-20', null, '2026-11-21')).toBe(false);
    expect(unreturned('2026-11-20', null, '2026-11-22')).toBe(true);
    expect(unreturned('2026-11-20', '2026-11-21', '2026-11-29')).toBe(false);
  });
});
