// Daily attendance (schedules, punches, the monthly sheet, 补卡) and 请示报告 (A9.2).
import { z } from 'zod';
import { DAY_STATUSES, REPORT_DECISIONS, REPORT_KINDS } from '@cwp/domain/attendance';
import { divisionCodeParam, isoDate, yearMonth, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';
import { workflowRequest } from './workflow.contract.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: msg('时间格式应为 HH:MM，如 08:30', 'Use the form HH:MM, e.g. 08:30') });
const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);

export const scheduleInput = z
  .object({
    orgCode: divisionCodeParam,
    workStart: clock,
    workEnd: clock,
    graceMinutes: z.number().int().min(0).max(120),
    workdays: z.array(z.number().int().min(1).max(7)).min(1, { error: msg('请至少选择一个工作日', 'Choose at least one working day') }),
    effectiveFrom: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.workEnd <= v.workStart) ctx.addIssue({ code: 'custom', path: ['workEnd'], message: msg('下班时间应晚于上班时间', 'The end of work is after its start') });
  });
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const schedule = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  workStart: z.string(),
  workEnd: z.string(),
  graceMinutes: z.number(),
  workdays: z.array(z.number()),
  effectiveFrom: isoDate,
  createdByName: z.string(),
});
export type ScheduleRow = z.infer<typeof schedule>;

export const schedulesQuery = z.object({ org: divisionCodeParam });
export const schedulesView = z.object({
  /** Schedules set by the unit, its ancestors and its descendants, newest first. */
  items: z.array(schedule),
  /** For a community: the one in force today (null = the built-in default 09:00–17:00, Mon–Fri). */
  inForce: schedule.nullable(),
  /** The caller may set schedules for this unit (street or county administrators). */
  canEdit: z.boolean(),
});

const punchKind = z.enum(['in', 'out']);
export const punchInput = z.object({ workerId: z.number().int().positive().max(INT4_MAX), kind: punchKind, note: z.string().trim().max(100).default('') });

export const punch = z.object({ kind: punchKind, clockTime: z.string(), at: z.string(), note: z.string(), corrected: z.boolean(), correctionRequestId: z.number().nullable() });
export const attendanceDay = z.object({
  date: isoDate,
  status: z.enum(DAY_STATUSES).nullable(),
  late: z.boolean(),
  early: z.boolean(),
  checkIn: punch.nullable(),
  checkOut: punch.nullable(),
});
export type AttendanceDay = z.infer<typeof attendanceDay>;
export const monthTotals = z.object({ attended: z.number(), late: z.number(), early: z.number(), missing: z.number(), absent: z.number(), leave: z.number() });
export type MonthTotals = z.infer<typeof monthTotals>;

export const correction = z.object({
  requestId: z.number(),
  workDate: isoDate,
  kind: punchKind,
  clockTime: z.string(),
  reason: z.string(),
  request: workflowRequest,
});
export type Correction = z.infer<typeof correction>;

export const monthQuery = z.object({ month: yearMonth });
/** A worker's month: today's date and state, the schedule, every day and the totals, and their 补卡 requests. */
export const workerMonth = z.object({
  workerId: z.number(),
  workerName: z.string(),
  month: yearMonth,
  today: isoDate,
  schedule: z.object({ workStart: z.string(), workEnd: z.string(), graceMinutes: z.number(), workdays: z.array(z.number()), source: z.string() }),
  days: z.array(attendanceDay),
  totals: monthTotals,
  corrections: z.array(correction),
});
export type WorkerMonth = z.infer<typeof workerMonth>;

export const sheetQuery = z.object({ org: z.string().regex(/^\d{12}$/, { error: msg('请选择一个社区', 'Choose a community') }), month: yearMonth });
export const attendanceSheet = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  month: yearMonth,
  dates: z.array(isoDate),
  rows: z.array(z.object({ workerId: z.number(), workerName: z.string(), codes: z.array(z.enum(DAY_STATUSES).nullable()), totals: monthTotals })),
});
export type AttendanceSheet = z.infer<typeof attendanceSheet>;

export const correctionInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  workDate: isoDate,
  kind: punchKind,
  clockTime: clock,
  reason: text(2, 300, '请填写补卡原因', 'Give the reason for the correction'),
});

export const reportKind = z.enum(REPORT_KINDS, { error: msg('请选择请示或报告', 'Choose a request or a report') });
export const reportInput = z.object({
  kind: reportKind,
  /** The worker filing it; omitted when the community secretary files for the community. */
  workerId: z.number().int().positive().max(INT4_MAX).optional(),
  communityCode: z.string().regex(/^\d{12}$/).optional(),
  subject: text(2, 100, '请填写标题', 'Give a subject'),
  body: text(5, 4000, '请填写正文（至少 5 个字）', 'Write the text (at least 5 characters)'),
});
export const answerInput = z.object({
  decision: z.string().trim().min(1, { error: msg('请选择答复意见', 'Choose the decision') }),
  answer: z.string().trim().max(2000).default(''),
});
export const REPORT_DECISION_OPTIONS = REPORT_DECISIONS;

export const report = z.object({
  id: z.number(),
  kind: reportKind,
  communityCode: z.string(),
  communityName: z.string(),
  workerId: z.number().nullable(),
  subject: z.string(),
  body: z.string(),
  filedByName: z.string(),
  filedOn: isoDate,
  dueOn: isoDate,
  answered: z.boolean(),
  overdue: z.boolean(),
  decision: z.string().nullable(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** The caller may answer it now (the administrator of its street). */
  canAnswer: z.boolean(),
});
export type Report = z.infer<typeof report>;
export const reportsQuery = z.object({ org: divisionCodeParam, filter: z.enum(['all', 'unanswered', 'overdue']).default('all'), kind: reportKind.optional() });
