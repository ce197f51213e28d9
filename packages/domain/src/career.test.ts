import { describe, expect, it } from 'vitest';
import { careerEligibility, continuousStretch } from './career.ts';
import { roleSpans } from './training.ts';

const base = {
  today: '2026-11-29',
  service: [{ from: '2012-03-01', to: null }],
  secretary: [{ from: '2016-01-10', to: '2021-01-09' }, { from: '2021-01-10', to: null }],
  results: { 2021: '称职', 2022: '优秀', 2023: '称职', 2024: '优秀', 2025: '称职' } as Record<number, string>,
  topGrade: '优秀',
  failingGrade: '不称职',
};

describe('事业编 eligibility (A13.2)', () => {
  it('A13.2 14 continuous years, a full term as secretary and two 优秀 years: eligible, each condition explained', () => {
    const d = careerEligibility(base);
    expect(d.eligible).toBe(true);
    expect(d.continuousYears).toBe(14);
    expect(d.reasons).toEqual([
      '✓ 自 2012-03-01 起连续在社区工作满 14 年（要求 ≥ 10 年）',
      '✓ 任社区党组织书记满一届：2021-01-10 至 今（5 年，每届 5 年）',
      '✓ 近 5 个年度（2021–2025）考核“优秀” 2 次（2022、2024），要求至少 1 次',
      '✓ 连续工作期间无“不称职”年度',
    ]);
  });

  it('A13.2 a break in service restarts the count: 14 years in all but only 8 since the break', () => {
    const d = careerEligibility({ ...base, service: [{ from: '2012-03-01', to: '2018-05-31' }, { from: '2018-09-01', to: null }] });
    expect(d.eligible).toBe(false);
    expect(d.continuousSince).toBe('2018-09-01');
    expect(d.reasons[0]).toBe('✗ 自 2018-09-01 起连续在社区工作满 8 年（要求 ≥ 10 年）');
  });

  it('A13.2 a transfer between communities the next day is not a break', () => {
    const d = careerEligibility({ ...base, service: [{ from: '2012-03-01', to: '2019-06-30' }, { from: '2019-07-01', to: null }] });
    expect(d.continuousSince).toBe('2012-03-01');
    expect(d.reasons[0]).toContain('期间的社区调动未中断');
    expect(d.eligible).toBe(true);
  });

  it('A13.2 four years as secretary is not a full term', () => {
    const d = careerEligibility({ ...base, secretary: [{ from: '2022-12-01', to: null }] });
    expect(d.eligible).toBe(false);
    expect(d.reasons[1]).toBe('✗ 任社区党组织书记最长 3 年，未满一届（5 年）');
  });

  it('A13.2 no 优秀 in the last five years, or a 不称职 year since joining, disqualifies', () => {
    expect(careerEligibility({ ...base, results: { 2019: '优秀', 2024: '称职' } }).eligible).toBe(false);
    const failing = careerEligibility({ ...base, results: { ...base.results, 2015: '不称职' } });
    expect(failing.eligible).toBe(false);
    expect(failing.reasons[3]).toBe('✗ 2015 年度考核“不称职”');
  });

  it('A13.2 someone no longer in community work is not eligible', () => {
    expect(continuousStretch([{ from: '2010-01-01', to: '2025-12-31' }], '2026-11-29')).toEqual({ from: '2010-01-01', to: '2025-12-31' });
    expect(careerEligibility({ ...base, service: [{ from: '2010-01-01', to: '2025-12-31' }] }).reasons[0]).toBe('✗ 目前不在社区工作岗位（连续工作至 2025-12-31）');
  });
});

describe('secretary terms from the archive (A13.2)', () => {
  it('A13.2 secretary spans come from the recorded position changes', () => {
    const spans = roleSpans('2012-03-01', ['党组织书记'], [{ on: '2019-01-10', before: ['居委会委员'], after: ['党组织书记'] }], (ps) => ps.includes('党组织书记'));
    const terms = spans.filter((s) => s.key).map(({ from, to }) => ({ from, to }));
    expect(terms).toEqual([{ from: '2019-01-10', to: null }]);
    expect(careerEligibility({ ...base, secretary: terms }).reasons[1]).toBe('✓ 任社区党组织书记满一届：2019-01-10 至 今（7 年，每届 5 年）');
  });
});
