import { describe, expect, it } from 'vitest';
import { canMoveProxy, countsAsOf, countWorkLogs, pairActiveDuring, proxyDueOn, proxyOverdue, PROXY_DUE_DAYS } from './work-logs.ts';

describe('work systems (A9.1)', () => {
  it('A9.1 a proxy service moves forward only: 受理 → 办理中 → 办结/退回, never back from 办结', () => {
    expect(canMoveProxy('受理', '办理中')).toBe(true);
    expect(canMoveProxy('受理', '办结')).toBe(true);
    expect(canMoveProxy('办理中', '退回')).toBe(true);
    expect(canMoveProxy('办理中', '受理')).toBe(false);
    expect(canMoveProxy('办结', '受理')).toBe(false);
    expect(canMoveProxy('办结', '办理中')).toBe(false);
    expect(canMoveProxy('退回', '办结')).toBe(false);
  });

  it(`A9.1 an open proxy service is overdue the day after accepted + ${PROXY_DUE_DAYS} days; a finished one never is`, () => {
    expect(PROXY_DUE_DAYS).toBe(15);
    expect(proxyDueOn('2026-11-01')).toBe('2026-11-16');
    expect(proxyOverdue({ status: '受理', acceptedOn: '2026-11-01' }, '2026-11-16')).toBe(false);
    expect(proxyOverdue({ status: '办理中', acceptedOn: '2026-11-01' }, '2026-11-17')).toBe(true);
    expect(proxyOverdue({ status: '办结', acceptedOn: '2026-01-01' }, '2026-11-17')).toBe(false);
    expect(proxyOverdue({ status: '退回', acceptedOn: '2026-01-01' }, '2026-11-17')).toBe(false);
  });

  it('A9.1 a pair is active in a period when the two overlap, either end included', () => {
    expect(pairActiveDuring({ startedOn: '2026-03-01', endedOn: null }, '2026-01-01', '2026-12-31')).toBe(true);
    expect(pairActiveDuring({ startedOn: '2025-03-01', endedOn: '2026-01-01' }, '2026-01-01', '2026-12-31')).toBe(true);
    expect(pairActiveDuring({ startedOn: '2025-03-01', endedOn: '2025-12-31' }, '2026-01-01', '2026-12-31')).toBe(false);
    expect(pairActiveDuring({ startedOn: '2027-01-01', endedOn: null }, '2026-01-01', '2026-12-31')).toBe(false);
  });

  it('A9.1 counts for a period: hand-worked case over each kind of entry', () => {
    const counts = countWorkLogs(
      {
        visits: [{ visitedOn: '2026-10-31' }, { visitedOn: '2026-11-01' }, { visitedOn: '2026-11-30' }, { visitedOn: '2026-12-01' }],
        pairs: [
          { startedOn: '2026-01-01', endedOn: null },
          { startedOn: '2026-01-01', endedOn: '2026-10-31' },
        ],
        proxies: [
          { status: '办结', acceptedOn: '2026-10-20', completedOn: '2026-11-02' },
          { status: '办结', acceptedOn: '2026-10-01', completedOn: '2026-10-10' },
          { status: '受理', acceptedOn: '2026-11-01', completedOn: null },
          { status: '办理中', acceptedOn: '2026-11-20', completedOn: null },
          { status: '受理', acceptedOn: '2026-12-05', completedOn: null },
          { status: '退回', acceptedOn: '2026-11-03', completedOn: '2026-11-04' },
        ],
        inquiries: [{ receivedOn: '2026-11-15' }, { receivedOn: '2025-11-15' }],
      },
      '2026-11-01',
      '2026-11-30',
      '2026-11-29',
    );
    // Open: the two accepted by 11-30 (the December one is after the period); overdue: 11-01 + 15 < 11-29.
    expect(counts).toEqual({ visits: 2, pairsActive: 1, proxyDone: 1, proxyOpen: 2, proxyOverdue: 1, firstInquiries: 1 });
  });

  it('A9.1 a past period judges overdue at its last day, a running one today', () => {
    expect(countsAsOf('2025-12-31', '2026-11-29')).toBe('2025-12-31');
    expect(countsAsOf('2026-12-31', '2026-11-29')).toBe('2026-11-29');
  });
});
