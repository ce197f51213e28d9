// Employment rules of the community workforce: probation screening (A9.3), labour contracts with the street
// and social insurance (A12.2), the filing of community Party secretaries (A9.4) and officials placed in
// communities (A3.4). Pure: dates are ISO strings, `today` is passed in.
import { addDaysIso, daysInMonth, isoDate, splitIsoDate } from './dates.ts';
import type { WorkflowDefinition } from './workflow.ts';

/**
 * 劳动合同法 第十九条: a fixed-term contract of three years or more may carry at most six months of probation,
 * and the demo and most local schemes sign three-year contracts, so six is the default; installations with
 * shorter contracts set PROBATION_MONTHS lower.
 */
export const DEFAULT_PROBATION_MONTHS = 6;
/** The screening has to be organised before the probation ends; a month ahead leaves time to gather opinions. */
export const PROBATION_DUE_DAYS = 30;
/**
 * Many local rules (e.g. 北京市劳动合同规定 第四十条) require 30 days' written notice before a fixed-term contract
 * ends without renewal; warning 60 days ahead leaves the street a month to decide before that notice is due.
 */
export const CONTRACT_WARNING_DAYS = 60;

export const SCREENING_RESULTS = ['合格', '不合格'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];

export const CONTRACT_KINDS = ['固定期限', '无固定期限', '以完成一定工作任务为期限', '劳务派遣'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** 五险一金: the five social insurances and the housing provident fund. */
export const INSURANCE_ITEMS = ['pension', 'medical', 'unemployment', 'injury', 'maternity', 'housingFund'] as const;
export type InsuranceItem = (typeof INSURANCE_ITEMS)[number];
export const INSURANCE_LABELS: Readonly<Record<InsuranceItem, string>> = {
  pension: '养老保险',
  medical: '医疗保险',
  unemployment: '失业保险',
  injury: '工伤保险',
  maternity: '生育保险',
  housingFund: '住房公积金',
};

export const PLACEMENT_KINDS = ['挂职', '任职', '新录用公务员到社区锻炼'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Calendar months later, clamped to the month's last day (2025-08-31 + 6 months = 2026-02-28). */
export function addMonthsIso(s: string, months: number): string {
  const d = splitIsoDate(s);
  if (!d) throw new RangeError(`not a date: ${s}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The probation end: the date recorded on the worker when there is one, else the community start date plus
 * the configured months, the day before the same calendar day (a six-month probation from 03-01 ends 08-31).
 */
export function probationEndOf(w: { communityStartDate: string; probationEnd: string | null }, months: number): { end: string; recorded: boolean } {
  if (w.probationEnd) return { end: w.probationEnd, recorded: true };
  return { end: addDaysIso(addMonthsIso(w.communityStartDate, months), -1), recorded: false };
}

export type ProbationStanding = 'running' | 'due' | 'overdue';

/** Overdue once the end date has passed without a result; due within PROBATION_DUE_DAYS of it. */
export function probationStanding(end: string, today: string): ProbationStanding {
  const left = daysUntil(today, end);
  if (left < 0) return 'overdue';
  return left <= PROBATION_DUE_DAYS ? 'due' : 'running';
}

export type ContractStanding = 'not_applicable' | 'none' | 'upcoming' | 'open_ended' | 'active' | 'expiring' | 'expired';

export interface ContractTerm {
  id: number;
  kind: ContractKind;
  startDate: string;
  /** null for 无固定期限. */
  endDate: string | null;
  previousId: number | null;
}

/** Where a worker's current contract stands: expiring within `warnDays`, expired without a renewal, … */
export function contractStanding(current: ContractTerm | null, today: string, opts: { applicable: boolean; warnDays?: number }): ContractStanding {
  if (!opts.applicable) return 'not_applicable';
  if (!current) return 'none';
  if (current.startDate > today) return 'upcoming';
  if (current.endDate === null) return 'open_ended';
  const left = daysUntil(today, current.endDate);
  if (left < 0) return 'expired';
  return left <= (opts.warnDays ?? CONTRACT_WARNING_DAYS) ? 'expiring' : 'active';
}

/** A worker's contracts ordered first → latest along the renewal links; the current one is the last. */
export function renewalChain<T extends ContractTerm>(contracts: readonly T[]): T[] {
  const bySuccessorOf = new Map(contracts.filter((c) => c.previousId !== null).map((c) => [c.previousId!, c]));
  const first = contracts.filter((c) => c.previousId === null || !contracts.some((p) => p.id === c.previousId));
  const out: T[] = [];
  for (const head of [...first].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    let c: T | undefined = head;
    while (c && !out.includes(c)) {
      out.push(c);
      c = bySuccessorOf.get(c.id);
    }
  }
  return out;
}

export type RenewalProblem = 'has_successor' | 'open_ended' | 'starts_too_early' | 'ends_before_start';

/** Why a contract cannot be renewed by `next` (null when it can): one successor each, and time moves forward. */
export function renewalProblem(previous: ContractTerm, hasSuccessor: boolean, next: { startDate: string; endDate: string | null }): RenewalProblem | null {
  if (hasSuccessor) return 'has_successor';
  if (previous.endDate === null) return 'open_ended';
  if (next.startDate <= previous.startDate) return 'starts_too_early';
  if (next.endDate !== null && next.endDate < next.startDate) return 'ends_before_start';
  return null;
}

export type PlacementStanding = 'upcoming' | 'active' | 'ended';

/** Placements end by their date: nothing has to run to close them. */
export function placementStanding(p: { startDate: string; endDate: string }, today: string): PlacementStanding {
  if (today < p.startDate) return 'upcoming';
  return today > p.endDate ? 'ended' : 'active';
}

/**
 * A9.4 filing of a community Party secretary with the county organisation department. The platform has no
 * organisation-department role, so the county social-work department (swb_admin at county level, which the
 * 意见 places in charge of the workforce with the organisation department) acknowledges the filing for it.
 */
export function secretaryFilingWorkflow(): WorkflowDefinition {
  return {
    key: 'secretary_filing',
    name: '社区党组织书记备案',
    steps: [{ key: 'county', name: '县级备案确认', role: 'swb_admin', level: 'county', dueDays: 15 }],
    cancellable: true,
  };
}
