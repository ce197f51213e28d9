import { describe, expect, it } from 'vitest';
import { FRONT_DESK_POSTS, postCoverage, roleSpans, tierFitsOrganiser, trainingCompliance, type RoleSpan } from './training.ts';

const secretarySince = (from: string): RoleSpan[] => [{ from, to: null, key: true }];
const county = (on: string) => ({ on, countyOrAbove: true });
const street = (on: string) => ({ on, countyOrAbove: false });
const TODAY = '2026-11-29';

describe('A8.2 secretaries and directors: once a calendar year at county level or above', () => {
  it('A8.2 a county programme this year makes a secretary compliant until the end of next year', () => {
    const r = trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans: secretarySince('2018-01-01'), trainings: [county('2026-04-10')] });
    expect(r).toMatchObject({ rule: 'A8.2', status: 'ok', lastTrainedOn: '2026-04-10', dueBy: '2027-12-31' });
  });

  it('A8.2 secretary untrained this year and last year is overdue; street programmes do not count', () => {
    const r = trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans: secretarySince('2018-01-01'), trainings: [street('2025-06-01'), street('2026-05-01'), county('2024-09-01')] });
    expect(r).toMatchObject({ rule: 'A8.2', status: 'overdue', lastTrainedOn: '2024-09-01', dueBy: '2025-12-31' });
    expect(r.explanation.at(-1)).toContain('2025 年任职期间未参加县级及以上培训');
  });

  it('A8.2 year boundary: trained on 31 December last year, in January the new year is open but not yet due', () => {
    const r = trainingCompliance({ today: '2026-01-05', communityStartDate: '2015-03-01', spans: secretarySince('2018-01-01'), trainings: [county('2025-12-31')] });
    expect(r).toMatchObject({ status: 'ok', dueBy: '2026-12-31' });
    const late = trainingCompliance({ today: '2026-10-15', communityStartDate: '2015-03-01', spans: secretarySince('2018-01-01'), trainings: [county('2025-12-31')] });
    expect(late).toMatchObject({ status: 'due', dueBy: '2026-12-31' });
  });

  it('A8.2 role change mid-year: appointed secretary in March, the yearly rule starts this year; last year (as other staff) is not held against them', () => {
    const spans: RoleSpan[] = [
      { from: '2015-03-01', to: '2026-02-28', key: false },
      { from: '2026-03-01', to: null, key: true },
    ];
    expect(trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans, trainings: [] })).toMatchObject({ rule: 'A8.2', status: 'due', dueBy: '2026-12-31' });
  });

  it('A8.2 appointed in the last quarter: first due at the end of next year', () => {
    const spans: RoleSpan[] = [
      { from: '2015-03-01', to: '2026-10-31', key: false },
      { from: '2026-11-01', to: null, key: true },
    ];
    expect(trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans, trainings: [] })).toMatchObject({ rule: 'A8.2', status: 'ok', dueBy: '2027-12-31' });
  });

  it('A8.2 years before the system kept records are not judged', () => {
    const r = trainingCompliance({ today: '2024-03-01', communityStartDate: '2015-03-01', spans: secretarySince('2018-01-01'), trainings: [] });
    expect(r).toMatchObject({ status: 'ok', dueBy: '2024-12-31' });
  });
});

describe('A8.3 other workers: once in every rolling three-year window', () => {
  const other: RoleSpan[] = [{ from: '2015-03-01', to: null, key: false }];
  it('A8.3 the window runs three years from the last training: ok, then due soon, then overdue', () => {
    const at = (today: string) => trainingCompliance({ today, communityStartDate: '2015-03-01', spans: other, trainings: [street('2024-05-01')] });
    expect(at('2026-11-29')).toMatchObject({ rule: 'A8.3', status: 'ok', dueBy: '2027-04-30' });
    expect(at('2027-03-01').status).toBe('due');
    expect(at('2027-05-01').status).toBe('overdue');
  });

  it('A8.3 never trained: the window opens when records begin (or on joining, if later)', () => {
    expect(trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans: other, trainings: [] })).toMatchObject({ status: 'due', dueBy: '2026-12-31', lastTrainedOn: null });
    const joined = trainingCompliance({ today: TODAY, communityStartDate: '2025-07-01', spans: [{ from: '2025-07-01', to: null, key: false }], trainings: [] });
    expect(joined).toMatchObject({ status: 'ok', dueBy: '2028-06-30' });
  });

  it('A8.3 a former secretary now in another post is judged by the rolling rule, counting the county training they had as secretary', () => {
    const spans: RoleSpan[] = [
      { from: '2015-03-01', to: '2026-06-30', key: true },
      { from: '2026-07-01', to: null, key: false },
    ];
    expect(trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans, trainings: [county('2025-03-10')] })).toMatchObject({ rule: 'A8.3', status: 'ok', dueBy: '2028-03-09' });
  });

  it('A8.3 a training on 29 February is next due on 27 February three years on', () => {
    expect(trainingCompliance({ today: '2026-01-01', communityStartDate: '2015-03-01', spans: other, trainings: [street('2024-02-29')] }).dueBy).toBe('2027-02-27');
  });

  it('A8.3 a programme that has not ended yet does not count', () => {
    expect(trainingCompliance({ today: TODAY, communityStartDate: '2015-03-01', spans: other, trainings: [street('2026-12-20')] }).lastTrainedOn).toBeNull();
  });
});

describe('role spans from the archive (A8.2, A8.3)', () => {
  it('A8.2 spans are rebuilt backwards from the current positions through the recorded changes', () => {
    const spans = roleSpans('2015-03-01', ['党组织书记', '居委会主任'], [
      { on: '2026-03-01', before: ['居委会委员'], after: ['党组织书记', '居委会主任'] },
      { on: '2020-05-01', before: ['网格员'], after: ['居委会委员'] },
    ]);
    expect(spans).toEqual([
      { from: '2015-03-01', to: '2026-02-28', key: false },
      { from: '2026-03-01', to: null, key: true },
    ]);
  });

  it('A8.2 no changes: one span in the current role', () => {
    expect(roleSpans('2015-03-01', ['居委会主任'], [])).toEqual([{ from: '2015-03-01', to: null, key: true }]);
  });
});

describe('tiers (A8.1)', () => {
  it('A8.1 a tier cannot be above the organiser: a street runs street-wide training, a county up to backbone training', () => {
    expect(tierFitsOrganiser('街道全员培训', '370902001')).toBe(true);
    expect(tierFitsOrganiser('县级骨干培训', '370902001')).toBe(false);
    expect(tierFitsOrganiser('县级骨干培训', '370902')).toBe(true);
    expect(tierFitsOrganiser('市级重点培训', '370902')).toBe(false);
    expect(tierFitsOrganiser('省(市)级以上示范培训', '37')).toBe(true);
  });
});

describe('全岗通 (A6.2)', () => {
  it('A6.2 a worker certified for every front-desk post is 全岗通; otherwise the missing posts are named', () => {
    expect(postCoverage([...FRONT_DESK_POSTS])).toMatchObject({ full: true, certified: FRONT_DESK_POSTS.length, missing: [] });
    expect(postCoverage(['党群服务', '社会救助'])).toMatchObject({ full: false, certified: 2, missing: FRONT_DESK_POSTS.slice(2) });
  });
});
