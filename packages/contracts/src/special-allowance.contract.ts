// Front-line allowances for major tasks, disasters and emergencies (A12.3): the pack's rates and the
// per-occasion records a street keeps, paid with the month they name.
import { z } from 'zod';
import { SPECIAL_ALLOWANCE_KINDS } from '@cwp/domain/special-allowance';
import { divisionCodeParam, isoDate, yearMonth, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const money = z.number().min(0).max(1_000_000);

export const specialAllowanceRules = z
  .array(z.object({ kind: z.enum(SPECIAL_ALLOWANCE_KINDS), name: z.string().min(1).max(30).optional(), perDay: money.optional(), monthlyCap: money.optional() }))
  .max(SPECIAL_ALLOWANCE_KINDS.length)
  .refine((rs) => new Set(rs.map((r) => r.kind)).size === rs.length, { error: msg('每类一线津贴只能设置一次', 'Each kind of front-line allowance can be set once') });

const daySpan = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

export const specialAllowanceInput = z
  .object({
    workerId: z.number().int().positive().max(INT4_MAX),
    kind: z.enum(SPECIAL_ALLOWANCE_KINDS, { error: msg('请选择津贴类别', 'Choose the kind of allowance') }),
    event: z.string().trim().min(1, { error: msg('请填写任务或事件名称', 'Name the task or event') }).max(100),
    /** The notice or decision the allowance rests on. */
    basis: z.string().trim().min(1, { error: msg('请填写发放依据（文件或决定）', 'Give the notice or decision it rests on') }).max(200),
    startDate: isoDate,
    endDate: isoDate,
    days: z.number({ error: msg('请填写在一线的天数', 'Enter the days served on the front line') }).int().min(1, { error: msg('天数至少为 1', 'At least 1 day') }).max(366),
    /** A lump sum set by the event's notice; omitted = days × the pack's daily rate. */
    amount: money.nullable().optional(),
    payMonth: yearMonth,
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
    else if (v.days > daySpan(v.startDate, v.endDate)) ctx.addIssue({ code: 'custom', path: ['days'], message: msg('天数不能超过起止日期之间的天数', 'More days than the dates span') });
    if (v.payMonth < v.startDate.slice(0, 7)) ctx.addIssue({ code: 'custom', path: ['payMonth'], message: msg('发放月份不能早于任务开始的月份', 'The pay month is before the service began') });
  });
export type SpecialAllowanceInput = z.infer<typeof specialAllowanceInput>;

export const specialAllowanceQuery = z.object({ org: divisionCodeParam, month: yearMonth });

export const revokeSpecialAllowanceInput = z.object({
  reason: z.string().trim().min(2, { error: msg('请填写撤销原因', 'Give the reason for revoking') }).max(200),
});

export const specialAllowance = z.object({
  id: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  kind: z.enum(SPECIAL_ALLOWANCE_KINDS),
  kindLabel: z.string(),
  event: z.string(),
  basis: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  days: z.number(),
  amount: z.number().nullable(),
  perDay: z.number().nullable(),
  /** What this record pays on its own (before any monthly cap) and how. */
  payable: z.number(),
  formula: z.string(),
  payMonth: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type SpecialAllowance = z.infer<typeof specialAllowance>;
