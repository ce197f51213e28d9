import { describe, expect, it } from 'vitest';
import { approverUnit } from './workflow.ts';
import {
  addMonthsIso,
  contractStanding,
  placementStanding,
  probationEndOf,
  probationStanding,
  renewalChain,
  renewalProblem,
  secretaryFilingWorkflow,
  type ContractTerm,
} from './employment.ts';

const c = (id: number, startDate: string, endDate: string | null, previousId: number | null = null): ContractTerm => ({ id, kind: endDate ? '固定期限' : '无固定期限', startDate, endDate, previousId });

describe('probation (A9.3)', () => {
  it('A9.3 the end date is the recorded one, else start + months, clamped at month end', () => {
    expect(addMonthsIso('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonthsIso('2024-12-15', -1)).toBe('2024-11-15');
    expect(probationEndOf({ communityStartDate: '2025-03-01', probationEnd: null }, 6)).toEqual({ end: '2025-08-31', recorded: false });
    expect(probationEndOf({ communityStartDate: '2025-03-01', probationEnd: '2025-06-01' }, 6)).toEqual({ end: '2025-06-01', recorded: true });
  });
  it('A9.3 a screening is due within 30 days of the end and overdue the day after it', () => {
    expect(probationStanding('2025-07-01', '2025-05-31')).toBe('running');
    expect(probationStanding('2025-07-01', '2025-06-01')).toBe('due');
    expect(probationStanding('2025-07-01', '2025-07-01')).toBe('due');
    expect(probationStanding('2025-07-01', '2025-07-02')).toBe('overdue');
  });
});

describe('labour contracts (A12.2)', () => {
  const today = '2025-06-01';
  it('A12.2 expiring within 60 days, expired after the end, open-ended never expires; not applicable wins', () => {
    expect(contractStanding(c(1, '2023-01-01', '2025-07-31'), today, { applicable: true })).toBe('expiring');
    expect(contractStanding(c(1, '2023-01-01', '2025-08-01'), today, { applicable: true })).toBe('active');
    expect(contractStanding(c(1, '2022-06-01', '2025-05-31'), today, { applicable: true })).toBe('expired');
    expect(contractStanding(c(1, '2020-01-01', null), today, { applicable: true })).toBe('open_ended');
    expect(contractStanding(c(1, '2025-07-01', '2028-06-30'), today, { applicable: true })).toBe('upcoming');
    expect(contractStanding(null, today, { applicable: true })).toBe('none');
    expect(contractStanding(null, today, { applicable: false })).toBe('not_applicable');
    expect(contractStanding(c(1, '2023-01-01', '2025-08-15'), today, { applicable: true, warnDays: 90 })).toBe('expiring');
  });
  it('A12.2 renewals form a chain from the first contract to the current one', () => {
    const chain = renewalChain([c(3, '2025-01-01', null, 2), c(1, '2019-01-01', '2021-12-31'), c(2, '2022-01-01', '2024-12-31', 1)]);
    expect(chain.map((x) => x.id)).toEqual([1, 2, 3]);
  });
  it('A12.2 a contract is renewed once, forward in time, and an open-ended one is not renewed', () => {
    const prev = c(1, '2022-01-01', '2024-12-31');
    expect(renewalProblem(prev, false, { startDate: '2025-01-01', endDate: '2027-12-31' })).toBeNull();
    expect(renewalProblem(prev, true, { startDate: '2025-01-01', endDate: '2027-12-31' })).toBe('has_successor');
    expect(renewalProblem(prev, false, { startDate: '2021-12-31', endDate: null })).toBe('starts_too_early');
    expect(renewalProblem(prev, false, { startDate: '2025-01-01', endDate: '2024-01-01' })).toBe('ends_before_start');
    expect(renewalProblem(c(2, '2020-01-01', null), false, { startDate: '2025-01-01', endDate: null })).toBe('open_ended');
  });
});

describe('placements and filings (A3.4, A9.4)', () => {
  it('A3.4 a placement is active between its dates and ends by itself', () => {
    const p = { startDate: '2025-03-01', endDate: '2025-08-31' };
    expect(placementStanding(p, '2025-02-28')).toBe('upcoming');
    expect(placementStanding(p, '2025-08-31')).toBe('active');
    expect(placementStanding(p, '2025-09-01')).toBe('ended');
  });
  it('A9.4 a filing is acknowledged by the county of the community', () => {
    const def = secretaryFilingWorkflow();
    expect(def.steps).toHaveLength(1);
    expect(def.steps[0]!.role).toBe('swb_admin');
    expect(approverUnit(def.steps[0]!, '370902001001')).toBe('370902');
  });
});
