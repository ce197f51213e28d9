// Approval requests (issue 7): one shape for every kind, and leave (请销假, A9.2) as the first kind.
import { z } from 'zod';
import { LEAVE_TYPES } from '@cwp/domain/leave';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

export const stepRecord = z.object({ step: z.string().nullable(), action: z.enum(['submit', 'approve', 'reject', 'cancel']), by: z.string(), at: isoDate, comment: z.string() });

export const workflowRequest = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  subjectCode: z.string(),
  subjectName: z.string(),
  requesterName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'cancelled']),
  /** Where it stands, in words (待街道审批（第 2/2 步…）). */
  standing: z.string(),
  steps: z.array(z.object({ key: z.string(), name: z.string() })),
  stepIndex: z.number(),
  dueOn: isoDate.nullable(),
  overdue: z.boolean(),
  records: z.array(stepRecord),
  /** Actions the caller may take now. */
  actions: z.array(z.enum(['approve', 'reject', 'cancel'])),
  version: z.number(),
  createdAt: z.string(),
});
export type WorkflowRequest = z.infer<typeof workflowRequest>;

export const actInput = z.object({
  action: z.enum(['approve', 'reject', 'cancel']),
  comment: z.string().trim().max(500).default(''),
  version: z.number().int().positive().max(INT4_MAX),
});

export const inboxQuery = z.object({ box: z.enum(['todo', 'mine', 'overdue']).default('todo') });

export const leaveInput = z
  .object({
    workerId: z.number().int().positive().max(INT4_MAX),
    leaveType: z.enum(LEAVE_TYPES, { error: msg('请选择请假类型', 'Choose the kind of leave') }),
    startDate: isoDate,
    endDate: isoDate,
    reason: z.string().trim().min(2, { error: msg('请填写请假事由', 'Give the reason') }).max(500),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
  });

export const leave = z.object({
  requestId: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  leaveType: z.enum(LEAVE_TYPES),
  startDate: isoDate,
  endDate: isoDate,
  days: z.number(),
  reason: z.string(),
  returnedOn: isoDate.nullable(),
  /** Approved, ended more than a day ago, and no return recorded (未销假). */
  unreturned: z.boolean(),
  request: workflowRequest,
});
export type Leave = z.infer<typeof leave>;

export const leaveQuery = z.object({ org: z.string().regex(/^\d{2,12}$/), status: z.enum(['pending', 'approved', 'rejected', 'cancelled']).optional(), unreturned: z.enum(['0', '1']).optional() });
export const returnInput = z.object({ returnedOn: isoDate });
export const leaveBalanceQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const leaveBalance = z.object({
  year: z.number(),
  annual: z.object({ entitled: z.number(), used: z.number(), left: z.number(), explanation: z.string() }),
  usedByType: z.record(z.string(), z.number()),
});
