import { describe, expect, it } from 'vitest';
import { departuresWithoutExitAudit, earlyWarnings, endedQuarters, missingDisclosures, positionsEnded, quarterEnd, quarterOf, rectificationOverdue } from './supervision.ts';

describe('supervision (A11)', () => {
  const today = '2026-11-29';

  it('A11.1 a 诫勉 talk within 12 months warns; one older than 12 months and routine talks do not', () => {
    const w = earlyWarnings({
      today,
      conduct: [],
      talks: [
        { workerId: 1, talkedOn: '2026-03-01', kind: '诫勉', nextTalkOn: null },
        { workerId: 2, talkedOn: '2025-11-28', kind: '提醒', nextTalkOn: null },
        { workerId: 3, talkedOn: '2026-10-01', kind: '日常', nextTalkOn: null },
      ],
    });
    expect([...w.keys()]).toEqual([1]);
    expect(w.get(1)![0]).toMatchObject({ kind: 'warning_talk', on: '2026-03-01' });
  });

  it('A11.1 an overdue follow-up counts only when no later talk was held', () => {
    const w = earlyWarnings({
      today,
      conduct: [],
      talks: [
        { workerId: 4, talkedOn: '2026-06-01', kind: '日常', nextTalkOn: '2026-09-01' },
        { workerId: 5, talkedOn: '2026-06-01', kind: '日常', nextTalkOn: '2026-09-01' },
        { workerId: 5, talkedOn: '2026-09-02', kind: '日常', nextTalkOn: '2026-12-31' },
      ],
    });
    expect([...w.keys()]).toEqual([4]);
    expect(w.get(4)![0]!.kind).toBe('overdue_follow_up');
  });

  it('A11.1 conduct notes warn while open or within 12 months; reasons newest first', () => {
    const w = earlyWarnings({
      today,
      talks: [{ workerId: 6, talkedOn: '2026-02-01', kind: '提醒', nextTalkOn: null }],
      conduct: [
        { workerId: 6, occurredOn: '2026-05-01', kind: '推诿扯皮', resolved: true },
        { workerId: 7, occurredOn: '2024-01-01', kind: '服务态度', resolved: false },
        { workerId: 8, occurredOn: '2024-01-01', kind: '服务态度', resolved: true },
      ],
    });
    expect(w.get(6)!.map((r) => r.kind)).toEqual(['conduct', 'warning_talk']);
    expect(w.get(7)![0]!.text).toContain('尚未整改');
    expect(w.has(8)).toBe(false);
  });

  it('A11.2 quarters: which one a date falls in, when it ends, and which have ended', () => {
    expect(quarterOf('2026-07-01')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterEnd('2026-Q1')).toBe('2026-03-31');
    expect(quarterEnd('2026-Q4')).toBe('2026-12-31');
    expect(endedQuarters(2026, today)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(endedQuarters(2025, today)).toHaveLength(4);
  });

  it('A11.2 a community without a 财务 disclosure in an ended quarter is flagged', () => {
    const all = (q: string) => ['党务', '居务', '财务'].map((kind) => ({ communityCode: 'A', kind, period: q }));
    const missing = missingDisclosures({ communityCodes: ['A'], quarters: ['2026-Q1', '2026-Q2'], disclosures: [...all('2026-Q1'), ...all('2026-Q2').filter((d) => d.kind !== '财务')] });
    expect(missing).toEqual([{ communityCode: 'A', quarter: '2026-Q2', kind: '财务' }]);
  });

  it('A11.3 a rectification past its deadline and still 整改中 is overdue', () => {
    expect(rectificationOverdue({ status: '整改中', rectifyBy: '2026-11-28' }, today)).toBe(true);
    expect(rectificationOverdue({ status: '整改中', rectifyBy: today }, today)).toBe(false);
    expect(rectificationOverdue({ status: '已整改', rectifyBy: '2026-01-01' }, today)).toBe(false);
  });

  it('A11.3 leaving an audited post needs a 离任 audit covering it', () => {
    expect(positionsEnded(['党组织书记', '居委会主任'], ['居委会主任'])).toEqual(['党组织书记']);
    expect(positionsEnded(['网格员'], [])).toEqual([]);
    const d = [
      { workerId: 1, position: '党组织书记' as const, leftOn: '2026-06-15' },
      { workerId: 2, position: '居委会主任' as const, leftOn: '2026-06-15' },
      { workerId: 3, position: '党组织书记' as const, leftOn: '2026-06-15' },
    ];
    const audits = [
      { workerId: 1, kind: '离任', periodTo: '2026-05-31' },
      { workerId: 2, kind: '任中', periodTo: '2026-06-15' },
      { workerId: 3, kind: '离任', periodTo: '2025-12-31' },
    ];
    expect(departuresWithoutExitAudit(d, audits).map((x) => x.workerId)).toEqual([2, 3]);
  });
});
