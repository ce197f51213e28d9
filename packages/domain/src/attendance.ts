// Daily attendance and 请示报告 (A9.2): the work schedule in force for a community (its own, else the nearest
// unit on its path — street, then county), the status of one worker's day from the schedule, their punches,
// approved leave and the weekday, monthly totals, who approves a missing-punch correction (补卡), and when the
// street must answer a request for instructions or a report. Pure: the API reads rows and calls these.
import { addDaysIso, daysInMonth, isoDate } from './dates.ts';
import type { WorkflowDefinition } from './workflow.ts';

export interface Schedule {
  /** Unit that set it: a county (6), street (9) or community (12) code. */
  orgCode: string;
  /** 'HH:MM' in Beijing time. */
  workStart: string;
  workEnd: string;
  /** Minutes after the start still counted as on time. */
  graceMinutes: number;
  /** ISO weekdays worked (1 = Monday … 7 = Sunday). */
  workdays: readonly number[];
  effectiveFrom: string;
}

/** Used where no unit on the path has set a schedule: the usual office hours of a community service centre. */
export const DEFAULT_SCHEDULE: Omit<Schedule, 'orgCode' | 'effectiveFrom'> = { workStart: '09:00', workEnd: '17:00', graceMinutes: 5, workdays: [1, 2, 3, 4, 5] };

/**
 * The schedule in force for a community on a date: among schedules already effective, the one set by the
 * nearest unit on the community's path (its own override beats the street's, the street's the county's),
 * and of that unit's rows the latest effective one. null when none applies.
 */
export function scheduleInForce(schedules: readonly Schedule[], communityCode: string, on: string): Schedule | null {
  let best: Schedule | null = null;
  for (const s of schedules) {
    if (!communityCode.startsWith(s.orgCode) || s.effectiveFrom > on) continue;
    if (!best || s.orgCode.length > best.orgCode.length || (s.orgCode.length === best.orgCode.length && s.effectiveFrom > best.effectiveFrom)) best = s;
  }
  return best;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const clockFormatters = new Map<string, Intl.DateTimeFormat>();
/** The wall-clock time 'HH:MM' of an instant in a time zone (Beijing by default): a punch is judged by local time. */
export function clockTime(at: Date, timeZone = 'Asia/Shanghai'): string {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

export const DAY_STATUSES = ['正常', '迟到', '早退', '迟到早退', '缺卡', '旷工', '请假', '休息日', '待打卡'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

export interface DayInput {
  date: string;
  today: string;
  schedule: Pick<Schedule, 'workStart' | 'workEnd' | 'graceMinutes' | 'workdays'>;
  /** 'HH:MM' of the check-in / check-out, or null when none. */
  checkIn: string | null;
  checkOut: string | null;
  /** Approved leave covers this day. */
  onLeave: boolean;
}

export interface DayResult {
  status: DayStatus | null;
  late: boolean;
  early: boolean;
  /** Punches missing on a day that needed them (0, 1 or 2 — 2 is 旷工). */
  missing: number;
  /** At work on a working day (at least one punch, not on leave): counts towards 出勤天数. */
  present: boolean;
}

/**
 * One worker's day. Future days have no status; weekends and other non-working days are 休息日 (punches on
 * them are overtime, not judged); approved leave on a working day is 请假 whatever was punched. A past
 * working day with no punch at all is 旷工, with one punch 缺卡 (lateness of the punch that exists is
 * still counted); today a missing check-out is not yet missing (待打卡 until the day is over).
 */
export function dayStatus(d: DayInput): DayResult {
  const none = { late: false, early: false, missing: 0, present: false };
  if (d.date > d.today) return { status: null, ...none };
  if (!d.schedule.workdays.includes(isoWeekday(d.date))) return { status: '休息日', ...none };
  if (d.onLeave) return { status: '请假', ...none };
  const late = d.checkIn !== null && minutesOf(d.checkIn) > minutesOf(d.schedule.workStart) + d.schedule.graceMinutes;
  const early = d.checkOut !== null && minutesOf(d.checkOut) < minutesOf(d.schedule.workEnd);
  const isToday = d.date === d.today;
  if (d.checkIn === null && d.checkOut === null) return isToday ? { status: '待打卡', ...none } : { status: '旷工', ...none, missing: 2 };
  if (d.checkIn === null || d.checkOut === null) {
    if (isToday && d.checkOut === null) return { status: late ? '迟到' : '待打卡', late, early: false, missing: 0, present: true };
    return { status: '缺卡', late, early, missing: 1, present: true };
  }
  return { status: late && early ? '迟到早退' : late ? '迟到' : early ? '早退' : '正常', late, early, missing: 0, present: true };
}

export interface MonthTotals {
  /** Working days present (at least one punch, not on leave). */
  attended: number;
  late: number;
  early: number;
  missing: number;
  absent: number;
  leave: number;
}

export function monthTotals(days: readonly DayResult[]): MonthTotals {
  const t: MonthTotals = { attended: 0, late: 0, early: 0, missing: 0, absent: 0, leave: 0 };
  for (const d of days) {
    if (d.status === '请假') t.leave++;
    if (d.status === '旷工') t.absent++;
    if (d.present) t.attended++;
    if (d.late) t.late++;
    if (d.early) t.early++;
    if (d.status === '缺卡') t.missing++;
  }
  return t;
}

/** Every date of a month 'YYYY-MM'. */
export function datesOfMonth(month: string): string[] {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Array.from({ length: daysInMonth(y, m) }, (_, i) => isoDate(y, m, i + 1));
}

/**
 * 补卡: the community secretary decides a worker's correction; the secretary's own goes to the street, so
 * nobody approves their own attendance.
 */
export function correctionWorkflow(opts: { isSecretary: boolean }): WorkflowDefinition {
  const step = opts.isSecretary
    ? { key: 'street', name: '街道审批', role: 'street_admin', level: 'street' as const, dueDays: 3 }
    : { key: 'community', name: '社区党组织书记审批', role: 'community_secretary', level: 'community' as const, dueDays: 3 };
  return { key: 'attendance_correction', name: '补卡', steps: [step], cancellable: true };
}

/** A correction may be asked for a day in the last month at most, so a sheet already used for pay stays settled. */
export const CORRECTION_WINDOW_DAYS = 31;

export const REPORT_KINDS = ['请示', '报告'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** 请示 need a decision; a 报告 is answered by acknowledging it (已阅), with an optional instruction. */
export const REPORT_DECISIONS: Readonly<Record<ReportKind, readonly string[]>> = { 请示: ['同意', '不同意', '原则同意，按意见修改'], 报告: ['已阅知'] };

/**
 * Working days the street has to answer. Five working days — one working week — is the usual limit local
 * rules set for a street to reply to a community's 请示 (longer than the 1–3 days of leave approval, since an
 * answer may need the street to consult a department); weekends do not count.
 */
export const REPORT_ANSWER_WORKING_DAYS = 5;

/** The date `n` working days (Monday–Friday) after `from` (public holidays not deducted, as for leave). */
export function addWorkingDays(from: string, n: number): string {
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDaysIso(d, 1);
    if (isoWeekday(d) <= 5) left--;
  }
  return d;
}

/** An unanswered report is overdue the day after its answer was due. */
export function reportOverdue(dueOn: string, answered: boolean, today: string): boolean {
  return !answered && today > dueOn;
}
