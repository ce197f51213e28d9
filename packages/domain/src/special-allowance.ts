// Allowances for front-line work in major tasks, natural disasters and emergencies (A12.3). Unlike the
// monthly items these are paid per occasion: the street records who served, on which event and for how
// many days, and the pay sheet of the month adds them. A pack may set a daily rate and a monthly cap per
// kind; where it does not (most local notices set the amount per event), the record carries the amount.
import { formatFigure, roundHalfUp } from './staffing.ts';

export const SPECIAL_ALLOWANCE_KINDS = ['majorTask', 'disaster', 'emergency'] as const;
export type SpecialAllowanceKind = (typeof SPECIAL_ALLOWANCE_KINDS)[number];
export const SPECIAL_ALLOWANCE_LABELS: Readonly<Record<SpecialAllowanceKind, string>> = {
  majorTask: '重大任务一线津贴',
  disaster: '抢险救灾一线津贴',
  emergency: '应急处突一线津贴',
};
export const SPECIAL_ALLOWANCE_EN: Readonly<Record<SpecialAllowanceKind, string>> = {
  majorTask: 'Major-task front-line allowance',
  disaster: 'Disaster-relief front-line allowance',
  emergency: 'Emergency-response front-line allowance',
};

export interface SpecialAllowanceRule {
  kind: SpecialAllowanceKind;
  /** Pay-sheet column; defaults to the kind's label. */
  name?: string;
  perDay?: number;
  /** Most one worker is paid for this kind in one month. */
  monthlyCap?: number;
}

export interface SpecialAllowanceRecord {
  kind: SpecialAllowanceKind;
  event: string;
  days: number;
  /** Set by the record (a lump sum from the event's notice); otherwise days × the daily rate. */
  amount: number | null;
  /** The daily rate frozen when the service was recorded, so a later pack change does not re-price it. */
  perDay?: number | null;
}

export interface SpecialAllowanceItem {
  name: string;
  amount: number;
  formula: string;
}

const cents = (x: number) => roundHalfUp(x * 100) / 100;
const yuan = (x: number) => formatFigure(x, 2);

export function ruleFor(rules: readonly SpecialAllowanceRule[] | undefined, kind: SpecialAllowanceKind): SpecialAllowanceRule | undefined {
  return rules?.find((r) => r.kind === kind);
}

/** The amount of one record and how it was reached, or null when neither the record nor the pack sets it. */
export function recordAmount(rules: readonly SpecialAllowanceRule[] | undefined, r: SpecialAllowanceRecord): { amount: number; formula: string } | null {
  if (r.amount !== null) return { amount: cents(r.amount), formula: `${r.event}（${r.days} 天）按通知定额 ${yuan(r.amount)}` };
  const perDay = r.perDay ?? ruleFor(rules, r.kind)?.perDay;
  if (perDay === undefined || perDay === null) return null;
  const amount = cents(r.days * perDay);
  return { amount, formula: `${r.event} ${r.days} 天 × ${yuan(perDay)} = ${yuan(amount)}` };
}

/**
 * One pay item per kind served in the month: the records' amounts added up, then held to the pack's monthly
 * cap. A record whose amount cannot be worked out is a caller error: recording refuses it.
 */
export function specialAllowanceItems(rules: readonly SpecialAllowanceRule[] | undefined, records: readonly SpecialAllowanceRecord[]): SpecialAllowanceItem[] {
  const out: SpecialAllowanceItem[] = [];
  for (const kind of SPECIAL_ALLOWANCE_KINDS) {
    const mine = records.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const rule = ruleFor(rules, kind);
    const parts = mine.map((r) => {
      const a = recordAmount(rules, r);
      if (!a) throw new RangeError(`no amount and no daily rate for ${kind} (${r.event})`);
      return a;
    });
    const sum = cents(parts.reduce((s, p) => s + p.amount, 0));
    const capped = rule?.monthlyCap !== undefined && sum > rule.monthlyCap;
    const amount = capped ? rule.monthlyCap! : sum;
    const formula =
      parts.map((p) => p.formula).join('；') +
      (parts.length > 1 ? `；合计 ${yuan(sum)}` : '') +
      (capped ? `；超过每月上限 ${yuan(rule.monthlyCap!)}，按上限发放` : '');
    out.push({ name: rule?.name ?? SPECIAL_ALLOWANCE_LABELS[kind], amount, formula });
  }
  return out;
}
