import { describe, expect, it } from 'vitest';
import { gradeAssessment, schemeProblems, summariseSatisfaction, totalScore, type AssessmentScheme } from './assessment.ts';

// 嘉兴南湖区解放街道: street 30%, peers 10%, residents 60% (rules.md §5).
const nanhu: AssessmentScheme = {
  dimensions: [
    { key: 'street', name: '街道综合考评', weight: 0.3, source: 'street' },
    { key: 'peer', name: '社区工作者互评', weight: 0.1, source: 'peer' },
    { key: 'residents', name: '居民群众测评', weight: 0.6, source: 'residents' },
  ],
  grades: [
    { name: '优秀', minScore: 90 },
    { name: '称职', minScore: 70 },
    { name: '基本称职', minScore: 60 },
    { name: '不称职', minScore: 0 },
  ],
  topGradeCap: 0.2,
  tieBreakers: ['residents', 'street'],
  minResidentRaters: 50,
  minOrdinaryShare: 0.7,
};
const w = (workerId: number, street: number, peer: number, residents: number) => ({ workerId, scores: { street, peer, residents } });

describe('weighted scoring (A10.1)', () => {
  it('A10.1 the total is the weighted sum, shown with its numbers', () => {
    expect(totalScore(nanhu, w(1, 92, 88, 95))).toMatchObject({ total: 93.4, formula: '街道综合考评 92 × 30% + 社区工作者互评 88 × 10% + 居民群众测评 95 × 60% = 93.4' });
  });

  it('A10.1 grades follow the floors; a missing score leaves the worker ungraded', () => {
    const r = gradeAssessment({ ...nanhu, topGradeCap: null }, [w(1, 95, 95, 95), w(2, 75, 70, 72), w(3, 60, 60, 61), w(4, 50, 40, 55), { workerId: 5, scores: { street: 80, peer: null, residents: 80 } }]);
    expect(r.results.map((x) => x.grade)).toEqual(['优秀', '称职', '基本称职', '不称职', null]);
    expect(r.results[4]!.explanation[0]).toBe('尚未录入：社区工作者互评');
    expect(r.messages).toEqual(['1 人的评分尚未录齐，暂不评定等次']);
  });

  it('A10.1 the scheme must weigh to 100% and include residents’ satisfaction', () => {
    expect(schemeProblems(nanhu)).toEqual([]);
    const bad = { ...nanhu, dimensions: nanhu.dimensions.filter((d) => d.source !== 'residents') };
    expect(schemeProblems(bad)).toEqual(['各维度权重之和应为 100%，现为 40%', '方案应包含居民群众满意度维度（A10.1）', '并列比较维度“residents”不在方案中']);
  });
});

describe('top-grade cap and ties (A10.1)', () => {
  it('A10.1 cap 20% of 10 assessed: the best 2 of 4 above the line stay 优秀, the others become 称职', () => {
    const ws = [w(1, 95, 95, 99), w(2, 95, 95, 97), w(3, 95, 95, 93), w(4, 95, 95, 91), ...[5, 6, 7, 8, 9, 10].map((i) => w(i, 80, 80, 80))];
    const r = gradeAssessment(nanhu, ws);
    expect(r.topAllowed).toBe(2);
    expect(r.results.slice(0, 4).map((x) => [x.grade, x.capped])).toEqual([['优秀', false], ['优秀', false], ['称职', true], ['称职', true]]);
    expect(r.messages.at(-1)).toBe('优秀比例上限 20%：参评 10 人，最多 2 人；达到分数线的 4 人中 2 人按得分顺序调整为称职');
    expect(r.results[2]!.explanation.at(-1)).toBe('优秀名额已满（上限 2 人），评为“称职”');
  });

  it('A10.1 a tie at the cut-off is broken by the residents’ score first', () => {
    // Workers 2 and 3 have the same total; 3 has the better residents' score.
    const ws = [w(1, 100, 100, 100), w(2, 100, 94, 90), w(3, 90, 94, 95), ...[4, 5, 6, 7, 8, 9, 10].map((i) => w(i, 80, 80, 80))];
    const r = gradeAssessment(nanhu, ws);
    expect(r.results[1]!.total).toBe(r.results[2]!.total);
    expect(r.results.slice(0, 3).map((x) => x.grade)).toEqual(['优秀', '称职', '优秀']);
  });

  it('A10.1 a tie nothing can break leaves the whole tied group below the cap, with a message', () => {
    const ws = [w(1, 100, 100, 100), w(2, 95, 95, 95), w(3, 95, 95, 95), ...[4, 5, 6, 7, 8, 9, 10].map((i) => w(i, 80, 80, 80))];
    const r = gradeAssessment(nanhu, ws);
    expect(r.results.slice(0, 3).map((x) => x.grade)).toEqual(['优秀', '称职', '称职']);
    expect(r.messages[0]).toBe('2 人在优秀名额分界处得分和并列比较项完全相同，名额不足以全部评为优秀，均暂列称职，请考核委员会复核');
  });

  it('A10.1 the cap is a share of everyone assessed, even before all scores are in', () => {
    const ws = [w(1, 95, 95, 95), ...Array.from({ length: 9 }, (_, i) => ({ workerId: i + 2, scores: { street: null, peer: null, residents: null } }))];
    const r = gradeAssessment(nanhu, ws);
    expect(r.topAllowed).toBe(2);
    expect(r.results[0]!.grade).toBe('优秀');
  });

  it('A10.1 under the cap nothing changes', () => {
    const r = gradeAssessment(nanhu, [w(1, 95, 95, 95), ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => w(i, 80, 80, 80))]);
    expect(r.results[0]!.grade).toBe('优秀');
    expect(r.messages).toEqual([]);
  });
});

describe('residents’ satisfaction (A10.1)', () => {
  const answers = (n: number, ordinary: number, level: '满意' | '基本满意' | '不满意' = '满意') => Array.from({ length: n }, (_, i) => ({ level, ordinary: i < ordinary }));
  it('A10.1 满意 100, 基本满意 60, 不满意 0, averaged', () => {
    const s = summariseSatisfaction(nanhu, [...answers(40, 40), ...answers(10, 0, '基本满意'), ...answers(2, 0, '不满意')]);
    expect(s).toMatchObject({ raters: 52, ordinary: 40, score: 88.46, shortfall: null });
  });
  it('A10.1 fewer than 50 raters, or fewer than 70% ordinary residents, cannot be used', () => {
    expect(summariseSatisfaction(nanhu, answers(49, 49)).shortfall).toBe('参评居民 49 人，少于方案要求的 50 人');
    expect(summariseSatisfaction(nanhu, answers(50, 34)).shortfall).toBe('普通居民 34 人，占 68%，低于方案要求的 70%');
  });
});
