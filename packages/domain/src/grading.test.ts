import { describe, expect, it } from 'vitest';
import { communityYears, computeGrade, type GradingRule } from './grading.ts';
import { computePay, coefficientOf, type PayRule } from './pay.ts';

// 三岗十八级 as the issue states it for the national default pack.
const DEFAULT: GradingRule = {
  posts: { 正职: { min: 7, max: 18 }, 副职: { min: 4, max: 15 }, 其他: { min: 1, max: 12 } },
  stepYears: 3,
  educationYears: { 大学本科: 3, 硕士研究生: 5, 博士研究生: 7 },
  certBonus: { 助理社会工作师: 1, 社会工作师: 2, 高级社会工作师: 3 },
  stackCert: false,
  failedYearsCount: true,
  yearsAcrossProvinces: false,
};

describe('computeGrade (A4.1, A4.2)', () => {
  it('A4.1 a 副职 with 12 community years, a bachelor degree and 社会工作师: 4 + ⌊(12 + 3) ÷ 3⌋ + 2 = 11', () => {
    const r = computeGrade(DEFAULT, { postClass: '副职', communityYears: 12, education: '大学本科', certLevel: '社会工作师' });
    expect(r).toMatchObject({ grade: 11, countedYears: 12, educationYears: 3, steps: 5, certBonus: 2, unclamped: 11 });
    expect(r.explanation.at(-1)).toBe('等级 = 4 + 5 + 2 = 11 级');
    expect(r.explanation).toContain('晋级档数 = ⌊(12 + 3) ÷ 3⌋ = 5');
  });

  it('A4.1 clamps to the post ceiling and says so: 正职, 30 years, 博士, 高级 → 7 + 12 + 3 = 22 → 18', () => {
    const r = computeGrade(DEFAULT, { postClass: '正职', communityYears: 30, education: '博士研究生', certLevel: '高级社会工作师' });
    expect(r.grade).toBe(18);
    expect(r.unclamped).toBe(22);
    expect(r.explanation.at(-1)).toContain('按上限取 18 级');
  });

  it('A4.1 the highest certificate only (就高不叠加) unless the pack stacks them', () => {
    const input = { postClass: '其他' as const, communityYears: 0, education: '大学专科', certLevel: '社会工作师' };
    expect(computeGrade(DEFAULT, input).grade).toBe(1 + 0 + 2);
    expect(computeGrade({ ...DEFAULT, stackCert: true }, input).grade).toBe(1 + 0 + 1 + 2);
    expect(computeGrade(DEFAULT, { ...input, certLevel: '无' }).certBonus).toBe(0);
  });

  it('A10.2 under 本溪-style rules a 不称职 year does not count: 9 years with 1 failed → 8 counted → 其他 grade 3 (4 where it counts)', () => {
    const benxi = { ...DEFAULT, failedYearsCount: false };
    const r = computeGrade(benxi, { postClass: '其他', communityYears: 9, failedYears: 1, education: '大学专科', certLevel: '无' });
    expect(r).toMatchObject({ countedYears: 8, steps: 2, grade: 3 });
    expect(r.explanation[1]).toBe('社区工作年限 9 年 − 考核不称职 1 年 = 8 年');
    expect(computeGrade(DEFAULT, { postClass: '其他', communityYears: 9, failedYears: 1, education: '大学专科', certLevel: '无' }).grade).toBe(4);
  });

  it('A4.1 宁夏-style two-year steps give twice the steps', () => {
    expect(computeGrade({ ...DEFAULT, stepYears: 2 }, { postClass: '其他', communityYears: 8, education: '高中', certLevel: '无' }).grade).toBe(5);
  });
});

describe('communityYears (A4.3)', () => {
  const asOf = '2026-11-29';
  it('A4.3 years accumulate across a move between two cities of one province: 78 + 122 months = 16 years', () => {
    const periods = [
      { from: '2010-03-01', to: '2016-09-01', province: '37' },
      { from: '2016-09-01', to: null, province: '37' },
    ];
    const r = communityYears(periods, { asOf, currentProvince: '37', acrossProvinces: false });
    expect(r).toMatchObject({ months: 200, years: 16 });
    expect(r.explanation).toEqual(['2010-03-01 至 2016-09-01：78 个月', '2016-09-01 至 2026-11-29：122 个月', '合计 200 个月，满 16 年']);
  });

  it('A4.3 years from another province do not count unless the pack says so', () => {
    const periods = [
      { from: '2010-03-01', to: '2016-09-01', province: '44' },
      { from: '2016-09-01', to: null, province: '37' },
    ];
    expect(communityYears(periods, { asOf, currentProvince: '37', acrossProvinces: false }).years).toBe(10);
    expect(communityYears(periods, { asOf, currentProvince: '37', acrossProvinces: true }).years).toBe(16);
    expect(communityYears(periods, { asOf, currentProvince: '37', acrossProvinces: false }).explanation[0]).toContain('外省，不累计');
  });

  it('A4.3 counts a month only when its day is reached, and ignores periods that start later', () => {
    expect(communityYears([{ from: '2025-11-30', to: null, province: '37' }], { asOf, currentProvince: '37', acrossProvinces: false }).months).toBe(11);
    expect(communityYears([{ from: '2027-01-01', to: null, province: '37' }], { asOf, currentProvince: '37', acrossProvinces: false }).months).toBe(0);
  });
});

describe('computePay (A12.1–A12.3)', () => {
  const employer = { socialInsuranceRate: 0.16, housingFundRate: 0.12 };
  const nationalDefault: PayRule = {
    family: 'baseTimesCoef',
    base: { mode: 'averageWage', annualAverageWage: 120698, year: 2023, source: '测试' },
    coefficient: { mode: 'linear', atGrade1: 1, perGrade: 0.05 },
    allowances: [],
    employer,
  };

  it('A12.1 base × coefficient: 120,698 ÷ 12 × (1 + 10 × 0.05) = 15,087.25 for grade 11; employer costs on top', () => {
    const r = computePay(nationalDefault, { postClass: '副职', grade: 11, certLevel: '社会工作师' });
    expect(r.items).toEqual([{ name: '岗位等级工资', amount: 15087.25, formula: '120,698 ÷ 12（2023 年 测试） × 系数（1 + (11 − 1) × 0.05 = 1.5）' }]);
    expect(r.monthlyPay).toBe(15087.25);
    expect(r.employer).toMatchObject({ socialInsurance: 2413.96, housingFund: 1810.47, total: 4224.43 });
    expect(coefficientOf({ mode: 'linear', atGrade1: 1, perGrade: 0.05 }, 18)).toBe(1.85);
  });

  it('A12.1 北京 fixed items: 年限补贴 grows 50 a month per year assessed 合格 or better; 一肩挑 and qualification allowances', () => {
    const beijing: PayRule = {
      family: 'fixedItems',
      items: [
        { kind: 'byPost', name: '基本工资', amounts: { 正职: 720, 副职: 640, 其他: 590 } },
        { kind: 'byPostPerYear', name: '职务年限补贴', start: { 正职: 960, 副职: 845, 其他: 740 }, perYear: 50 },
        { kind: 'byPost', name: '岗位津贴', amounts: { 正职: 1300, 副职: 1100, 其他: 950 } },
      ],
      allowances: [
        { kind: 'oneShoulder', name: '一肩挑补贴', amount: 300 },
        { kind: 'qualification', name: '职业资格津贴', amounts: { 社会工作师: 80 } },
      ],
      employer,
    };
    const r = computePay(beijing, { postClass: '正职', grade: 10, certLevel: '社会工作师', passingYears: 5, positions: ['党组织书记', '居委会主任'] });
    expect(r.items.map((i) => [i.name, i.amount])).toEqual([
      ['基本工资', 720],
      ['职务年限补贴', 1210],
      ['岗位津贴', 1300],
      ['一肩挑补贴', 300],
      ['职业资格津贴', 80],
    ]);
    expect(r.monthlyPay).toBe(3610);
    expect(computePay(beijing, { postClass: '正职', grade: 10, certLevel: '无', passingYears: 0 }).monthlyPay).toBe(720 + 960 + 1300);
  });

  it('A10.2 本溪: performance is 20% of 3,400 × coefficient and is withheld after a 不合格 year', () => {
    const benxi: PayRule = {
      family: 'baseTimesCoef',
      base: { mode: 'fixed', monthly: 3400, year: 2023, source: '本民发〔2022〕41号' },
      coefficient: { mode: 'table', byGrade: { '1': 1, '2': 1.05 } },
      performance: { share: 0.2, byResult: { 优秀: 1, 合格: 1, 不合格: 0 } },
      allowances: [],
      employer,
    };
    const passed = computePay(benxi, { postClass: '其他', grade: 2, certLevel: '无', lastResult: '合格' });
    expect(passed.items.map((i) => i.amount)).toEqual([2856, 714]);
    const failed = computePay(benxi, { postClass: '其他', grade: 2, certLevel: '无', lastResult: '不合格' });
    expect(failed.items.map((i) => i.amount)).toEqual([2856, 0]);
    expect(failed.items[1]!.formula).toContain('考核“不合格”× 0');
    expect(computePay(benxi, { postClass: '其他', grade: 2, certLevel: '无' }).items[1]!.formula).toContain('尚无年度考核结果');
    expect(() => computePay(benxi, { postClass: '其他', grade: 3, certLevel: '无' })).toThrow(RangeError);
  });

  it('A12.1 某地级市 级别工资: grade 1 = 50, each grade +60 (grade 12 = 710)', () => {
    const rule: PayRule = { family: 'fixedItems', items: [{ kind: 'byGrade', name: '级别工资', first: 50, perGrade: 60 }], allowances: [], employer };
    expect(computePay(rule, { postClass: '其他', grade: 12, certLevel: '无' }).monthlyPay).toBe(710);
  });
});

describe('coefficients and grade tables', () => {
  it('A12.1 西安-style coefficient range per post: 正职 7–18 spread over 1.19–1.69; grade 7 = 1.19, 18 = 1.69, 12 ≈ 1.4173', () => {
    const c = { mode: 'rangeByPost' as const, byPost: { 正职: { first: 1.19, last: 1.69 }, 副职: { first: 1.09, last: 1.54 }, 其他: { first: 1, last: 1.39 } } };
    const post = { postClass: '正职' as const, range: { min: 7, max: 18 } };
    expect([coefficientOf(c, 7, post), coefficientOf(c, 18, post), coefficientOf(c, 12, post)]).toEqual([1.19, 1.69, 1.4173]);
    expect(() => coefficientOf(c, 7)).toThrow(RangeError);
  });

  it('A12.1 厦门 12 档 base salary: grade 5 = 1,040; beyond the table the top step', () => {
    const rule: PayRule = { family: 'fixedItems', items: [{ kind: 'gradeTable', name: '基本工资', amounts: [900, 930, 960, 1000, 1040, 1080, 1130, 1180, 1240, 1300, 1370, 1440] }], allowances: [], employer: { socialInsuranceRate: 0, housingFundRate: 0 } };
    expect(computePay(rule, { postClass: '其他', grade: 5, certLevel: '无' }).monthlyPay).toBe(1040);
    expect(computePay(rule, { postClass: '其他', grade: 14, certLevel: '无' }).items[0]!.formula).toContain('按最高档');
  });
});
