// Monthly pay of a worker under a rule pack (A12.1–A12.3, rules.md §3.2–3.3), item by item with the formula
// and its numbers, so a clerk can recompute every amount. Two families cover the published schemes:
// base × coefficient (西安, 本溪, 浙江 "上浮系数 × 等级系数", the national default) and fixed items per post
// (北京, 某地级市). Amounts are yuan, rounded half up to the fen per item; the month is their sum.
import type { PostRange } from './grading.ts';
import type { PostClass } from './worker-enums.ts';
import { specialAllowanceItems, type SpecialAllowanceRecord, type SpecialAllowanceRule } from './special-allowance.ts';
import { formatFigure, roundHalfUp } from './staffing.ts';

export type PayBase =
  | { mode: 'averageWage'; annualAverageWage: number; year: number; source: string; multiplier?: number }
  | { mode: 'fixed'; monthly: number; year: number; source: string };

export type Coefficient =
  | { mode: 'linear'; atGrade1: number; perGrade: number }
  | { mode: 'table'; byGrade: Record<string, number> }
  /** 西安-style: a coefficient range per post, spread evenly over the post's grades. */
  | { mode: 'rangeByPost'; byPost: Record<PostClass, { first: number; last: number }> };

export type PayItemRule =
  | { kind: 'byPost'; name: string; amounts: Record<PostClass, number> }
  /** 北京 年限补贴: a starting amount per post plus so much per year assessed 合格 or better. */
  | { kind: 'byPostPerYear'; name: string; start: Record<PostClass, number>; perYear: number }
  /** 某地级市 级别工资: grade 1 = first, each grade above adds perGrade. */
  | { kind: 'byGrade'; name: string; first: number; perGrade: number }
  /** 厦门 基本工资 12 档: the amount of each grade, grade 1 first. */
  | { kind: 'gradeTable'; name: string; amounts: number[] }
  | { kind: 'fixed'; name: string; amount: number };

export type AllowanceRule =
  /** 书记、主任一肩挑 (A12.1). */
  | { kind: 'oneShoulder'; name: string; amount: number }
  /** 职业资格津贴 by qualification level. */
  | { kind: 'qualification'; name: string; amounts: Partial<Record<string, number>> }
  | { kind: 'fixed'; name: string; amount: number };

export interface PayRule {
  family: 'baseTimesCoef' | 'fixedItems';
  base?: PayBase;
  coefficient?: Coefficient;
  items?: PayItemRule[];
  allowances: AllowanceRule[];
  /** Share of the base pay paid as performance pay, scaled by last year's assessment result (本溪 20%). */
  performance?: { share: number; byResult: Partial<Record<string, number>> };
  /** Per-occasion front-line allowances (A12.3): daily rates and monthly caps per kind. */
  specialAllowances?: SpecialAllowanceRule[];
  employer: { socialInsuranceRate: number; housingFundRate: number };
}

export interface PayInput {
  postClass: PostClass;
  grade: number;
  /** The post's grade range, for coefficients spread over it (rangeByPost). */
  postRange?: PostRange;
  positions?: readonly string[];
  certLevel: string;
  /** Years assessed 合格/称职 or better (北京 年限补贴). */
  passingYears?: number;
  /** Last year's assessment result, for the performance share; absent = not yet assessed. */
  lastResult?: string | null;
  /** Front-line service recorded for the month being paid (A12.3); none for a standing monthly figure. */
  special?: readonly SpecialAllowanceRecord[];
}

export interface PayItem {
  name: string;
  amount: number;
  /** Chinese, numbers filled in. */
  formula: string;
}

export interface PayResult {
  items: PayItem[];
  monthlyPay: number;
  employer: { socialInsurance: number; housingFund: number; total: number; formula: string };
}

const cents = (x: number) => roundHalfUp(x * 100) / 100;
const yuan = (x: number) => formatFigure(x, 2);

function monthlyBase(base: PayBase): { amount: number; formula: string } {
  if (base.mode === 'fixed') return { amount: base.monthly, formula: `${yuan(base.monthly)}（${base.year} 年，${base.source}）` };
  const m = base.multiplier ?? 1;
  const amount = (base.annualAverageWage / 12) * m;
  return {
    amount,
    formula: `${yuan(base.annualAverageWage)} ÷ 12${m !== 1 ? ` × ${m}` : ''}（${base.year} 年 ${base.source}）`,
  };
}

export function coefficientOf(c: Coefficient, grade: number, post?: { postClass: PostClass; range: PostRange }): number {
  const r4 = (x: number) => roundHalfUp(x * 10000) / 10000;
  if (c.mode === 'linear') return r4(c.atGrade1 + (grade - 1) * c.perGrade);
  if (c.mode === 'rangeByPost') {
    if (!post) throw new RangeError('a coefficient range per post needs the post and its grade range');
    const { first, last } = c.byPost[post.postClass];
    const span = post.range.max - post.range.min;
    return r4(span === 0 ? first : first + ((grade - post.range.min) / span) * (last - first));
  }
  const v = c.byGrade[String(grade)];
  if (v === undefined) throw new RangeError(`no coefficient for grade ${grade}`);
  return v;
}

function baseTimesCoefItems(rule: PayRule, input: PayInput): PayItem[] {
  if (!rule.base || !rule.coefficient) throw new RangeError('base × coefficient pay needs a base and a coefficient');
  const base = monthlyBase(rule.base);
  const c = rule.coefficient;
  const coef = coefficientOf(c, input.grade, input.postRange ? { postClass: input.postClass, range: input.postRange } : undefined);
  const coefFormula =
    c.mode === 'linear'
      ? `${c.atGrade1} + (${input.grade} − 1) × ${c.perGrade} = ${coef}`
      : c.mode === 'rangeByPost' && input.postRange
        ? `${input.postClass} ${input.postRange.min}–${input.postRange.max} 级对应 ${c.byPost[input.postClass].first}–${c.byPost[input.postClass].last}，${input.grade} 级 = ${coef}`
        : `${input.grade} 级系数 ${coef}`;
  const pay = base.amount * coef;
  if (!rule.performance) {
    return [{ name: '岗位等级工资', amount: cents(pay), formula: `${base.formula} × 系数（${coefFormula}）` }];
  }
  const share = rule.performance.share;
  const factor = input.lastResult ? (rule.performance.byResult[input.lastResult] ?? 1) : 1;
  const factorText = input.lastResult ? `考核“${input.lastResult}”× ${factor}` : '尚无年度考核结果，按 × 1';
  return [
    { name: '基础工资', amount: cents(pay * (1 - share)), formula: `${base.formula} × 系数（${coefFormula}）× ${roundHalfUp((1 - share) * 100)}%` },
    { name: '绩效工资', amount: cents(pay * share * factor), formula: `${base.formula} × 系数 ${coef} × ${roundHalfUp(share * 100)}% × ${factorText}` },
  ];
}

function fixedItems(rule: PayRule, input: PayInput): PayItem[] {
  return (rule.items ?? []).map((it): PayItem => {
    switch (it.kind) {
      case 'byPost':
        return { name: it.name, amount: it.amounts[input.postClass], formula: `${input.postClass} ${yuan(it.amounts[input.postClass])}` };
      case 'byPostPerYear': {
        const years = input.passingYears ?? 0;
        const start = it.start[input.postClass];
        return { name: it.name, amount: cents(start + years * it.perYear), formula: `${input.postClass}起点 ${yuan(start)} + 考核合格及以上 ${years} 年 × ${yuan(it.perYear)}` };
      }
      case 'byGrade':
        return { name: it.name, amount: cents(it.first + (input.grade - 1) * it.perGrade), formula: `${yuan(it.first)} + (${input.grade} − 1) × ${yuan(it.perGrade)}` };
      case 'gradeTable': {
        const at = Math.min(input.grade, it.amounts.length);
        return { name: it.name, amount: it.amounts[at - 1]!, formula: `第 ${at} 档 ${yuan(it.amounts[at - 1]!)}${at < input.grade ? `（共 ${it.amounts.length} 档，按最高档）` : ''}` };
      }
      case 'fixed':
        return { name: it.name, amount: it.amount, formula: `定额 ${yuan(it.amount)}` };
    }
  });
}

function allowanceItems(rule: PayRule, input: PayInput): PayItem[] {
  const out: PayItem[] = [];
  for (const a of rule.allowances) {
    if (a.kind === 'oneShoulder') {
      const ps = input.positions ?? [];
      if (ps.includes('党组织书记') && ps.includes('居委会主任')) out.push({ name: a.name, amount: a.amount, formula: `书记、主任一肩挑 ${yuan(a.amount)}` });
    } else if (a.kind === 'qualification') {
      const amount = a.amounts[input.certLevel];
      if (amount) out.push({ name: a.name, amount, formula: `${input.certLevel} ${yuan(amount)}` });
    } else {
      out.push({ name: a.name, amount: a.amount, formula: `定额 ${yuan(a.amount)}` });
    }
  }
  return out;
}

export function computePay(rule: PayRule, input: PayInput): PayResult {
  const standing = [...(rule.family === 'baseTimesCoef' ? baseTimesCoefItems(rule, input) : fixedItems(rule, input)), ...allowanceItems(rule, input)];
  const special = input.special?.length ? specialAllowanceItems(rule.specialAllowances, input.special) : [];
  const items = [...standing, ...special];
  const monthlyPay = cents(items.reduce((s, i) => s + i.amount, 0));
  // Contributions follow the standing monthly pay: a one-off front-line allowance does not move the base.
  const base = special.length ? cents(standing.reduce((s, i) => s + i.amount, 0)) : monthlyPay;
  const si = cents(base * rule.employer.socialInsuranceRate);
  const hf = cents(base * rule.employer.housingFundRate);
  const note = special.length ? '（缴费按月固定工资计算，不含一线津贴）' : '';
  return {
    items,
    monthlyPay,
    employer: {
      socialInsurance: si,
      housingFund: hf,
      total: cents(si + hf),
      formula: `社会保险 ${yuan(base)} × ${roundHalfUp(rule.employer.socialInsuranceRate * 10000) / 100}% = ${yuan(si)}；住房公积金 ${yuan(base)} × ${roundHalfUp(rule.employer.housingFundRate * 10000) / 100}% = ${yuan(hf)}${note}`,
    },
  };
}
