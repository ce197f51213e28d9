// Leave (请销假, A9.2): types, working days, the paid annual leave a worker is entitled to by total years
// of work (《职工带薪年休假条例》: 1–9 years 5 days, 10–19 years 10 days, 20 years or more 15 days), who
// approves (the community secretary for short leave of other staff, the street beyond that or for the
// secretary), and the return (销假) a worker must record after leave.
import { addDaysIso, yearsBetween } from './dates.ts';
import type { WorkflowDefinition } from './workflow.ts';

export const LEAVE_TYPES = ['年休假', '事假', '病假', '婚假', '产假', '陪产假', '丧假', '探亲假'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];
export const LEAVE_TYPE_EN: Readonly<Record<LeaveType, string>> = {
  年休假: 'Annual leave',
  事假: 'Personal leave',
  病假: 'Sick leave',
  婚假: 'Marriage leave',
  产假: 'Maternity leave',
  陪产假: 'Paternity leave',
  丧假: 'Bereavement leave',
  探亲假: 'Family-visit leave',
};

/** Days a Monday-to-Friday worker is away between two dates, both included (public holidays not deducted). */
export function workingDays(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDaysIso(d, 1)) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) n++;
  }
  return n;
}

/** Paid annual leave for a year, from the years worked by the start of that year. */
export function annualLeaveDays(workStartDate: string, year: number): { days: number; explanation: string } {
  const years = Math.max(0, yearsBetween(workStartDate, `${year}-01-01`));
  const days = years >= 20 ? 15 : years >= 10 ? 10 : years >= 1 ? 5 : 0;
  return { days, explanation: `${workStartDate} 参加工作，至 ${year} 年初累计 ${years} 年，年休假 ${days} 天（满 1 年 5 天，满 10 年 10 天，满 20 年 15 天）` };
}

/** Days without the community secretary needing the street's approval too. */
export const SHORT_LEAVE_DAYS = 3;

/** The approval steps for a leave request, chosen when it is submitted. */
export function leaveWorkflow(opts: { isSecretary: boolean; days: number }): WorkflowDefinition {
  const street = { key: 'street', name: '街道审批', role: 'street_admin', level: 'street' as const, dueDays: 2 };
  const community = { key: 'community', name: '社区党组织书记审批', role: 'community_secretary', level: 'community' as const, dueDays: 1 };
  const steps = opts.isSecretary ? [street] : opts.days > SHORT_LEAVE_DAYS ? [community, street] : [community];
  return { key: 'leave', name: '请假', steps, cancellable: true };
}

/** Leave not closed by a return record the day after it ends is flagged (未销假). */
export function unreturned(endDate: string, returnedOn: string | null, today: string): boolean {
  return returnedOn === null && today > addDaysIso(endDate, 1);
}
