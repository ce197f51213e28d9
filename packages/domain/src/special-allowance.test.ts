import { describe, expect, it } from 'vitest';
import { computePay, type PayRule } from './pay.ts';
import { recordAmount, specialAllowanceItems, type SpecialAllowanceRule } from './special-allowance.ts';

const rules: SpecialAllowanceRule[] = [
  { kind: 'disaster', perDay: 100, monthlyCap: 1000 },
  { kind: 'emergency', name: '应急值守补助' },
];

describe('front-line allowances per occasion (A12.3)', () => {
  it('A12.3 days × the pack’s daily rate, formula with the numbers', () => {
    const [item] = specialAllowanceItems(rules, [{ kind: 'disaster', event: '7月防汛', days: 3, amount: null }]);
    expect(item).toEqual({ name: '抢险救灾一线津贴', amount: 300, formula: '7月防汛 3 天 × 100 = 300' });
  });

  it('A12.3 a lump sum set by the event’s notice needs no daily rate', () => {
    const [item] = specialAllowanceItems(rules, [{ kind: 'emergency', event: '燃气泄漏处置', days: 2, amount: 450.5 }]);
    expect(item).toEqual({ name: '应急值守补助', amount: 450.5, formula: '燃气泄漏处置（2 天）按通知定额 450.5' });
  });

  it('A12.3 several occasions of one kind add up and are held to the monthly cap', () => {
    const [item] = specialAllowanceItems(rules, [
      { kind: 'disaster', event: '7月防汛', days: 6, amount: null },
      { kind: 'disaster', event: '台风转移', days: 5, amount: null },
    ]);
    expect(item!.amount).toBe(1000);
    expect(item!.formula).toBe('7月防汛 6 天 × 100 = 600；台风转移 5 天 × 100 = 500；合计 1,100；超过每月上限 1,000，按上限发放');
  });

  it('A12.3 a rate frozen at recording wins over the pack’s current rate', () => {
    expect(recordAmount(rules, { kind: 'disaster', event: '7月防汛', days: 3, amount: null, perDay: 80 })).toEqual({ amount: 240, formula: '7月防汛 3 天 × 80 = 240' });
  });

  it('A12.3 no amount and no daily rate cannot be paid', () => {
    expect(recordAmount(rules, { kind: 'majorTask', event: '进博会保障', days: 4, amount: null })).toBeNull();
    expect(() => specialAllowanceItems(rules, [{ kind: 'majorTask', event: '进博会保障', days: 4, amount: null }])).toThrow(RangeError);
  });

  it('A12.3 the month’s pay includes them; employer contributions stay on the standing pay', () => {
    const pack: PayRule = {
      family: 'fixedItems',
      items: [{ kind: 'fixed', name: '基本工资', amount: 4000 }],
      allowances: [],
      specialAllowances: rules,
      employer: { socialInsuranceRate: 0.2, housingFundRate: 0.1 },
    };
    const plain = computePay(pack, { postClass: '其他', grade: 1, certLevel: '无' });
    const served = computePay(pack, { postClass: '其他', grade: 1, certLevel: '无', special: [{ kind: 'disaster', event: '7月防汛', days: 3, amount: null }] });
    expect(served.items.map((i) => i.name)).toEqual(['基本工资', '抢险救灾一线津贴']);
    expect(served.monthlyPay).toBe(4300);
    expect(served.employer).toEqual({ ...plain.employer, formula: `${plain.employer.formula}（缴费按月固定工资计算，不含一线津贴）` });
  });
});
