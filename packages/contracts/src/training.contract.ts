// Training (A5, A6, A8): programmes, enrolment and attendance, the A8.2/A8.3 compliance lists, the trainer
// pool and the resource library. Scripts rely on the compliance shape.
import { z } from 'zod';
import { TRAINING_KINDS, TRAINING_MODES, TRAINING_TIERS, TRAINING_TOPICS } from '@cwp/domain/training';
import { isoDate, pageQuery, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const unitCode = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, { error: msg('请选择组织单位（省、市、县或街道）', 'Choose the organising unit (province, city, county or street)') });
const topics = z
  .array(z.enum(TRAINING_TOPICS), { error: msg('请选择培训主题', 'Choose the topics') })
  .min(1, { error: msg('至少选择一个培训主题', 'Choose at least one topic') })
  .max(TRAINING_TOPICS.length);
const hours = (zh: string, en: string) => z.number({ error: msg(zh, en) }).min(0, { error: msg(zh, en) }).max(1000, { error: msg(zh, en) });

const programmeFields = z.object({
  title: z.string().trim().min(2, { error: msg('请填写培训名称', 'Enter the programme title') }).max(100),
  organiserCode: unitCode,
  tier: z.enum(TRAINING_TIERS, { error: msg('请选择培训层级', 'Choose the tier') }),
  kind: z.enum(TRAINING_KINDS, { error: msg('请选择培训类型', 'Choose the kind') }),
  topics,
  mode: z.enum(TRAINING_MODES, { error: msg('请选择线上或线下', 'Choose online or on-site') }),
  startDate: isoDate,
  endDate: isoDate,
  hours: hours('学时应为 0–1000 之间的数字', 'Hours are a number from 0 to 1000'),
  location: z.string().trim().max(100).default(''),
  description: z.string().trim().max(2000).default(''),
  trainerIds: z.array(z.number().int().positive().max(INT4_MAX)).max(20).default([]),
});
const datesInOrder = (v: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
};
export const programmeInput = programmeFields.superRefine(datesInOrder);
export type ProgrammeInput = z.infer<typeof programmeInput>;
export const updateProgrammeInput = programmeFields.extend({ version: z.number().int().positive().max(INT4_MAX) }).superRefine(datesInOrder);

export const programme = z.object({
  id: z.number(),
  title: z.string(),
  organiserCode: z.string(),
  organiserName: z.string(),
  /** Organised at county level or above: counts for the yearly rule of secretaries and directors (A8.2). */
  countyOrAbove: z.boolean(),
  tier: z.enum(TRAINING_TIERS),
  kind: z.enum(TRAINING_KINDS),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  mode: z.enum(TRAINING_MODES),
  startDate: isoDate,
  endDate: isoDate,
  hours: z.number(),
  location: z.string(),
  description: z.string(),
  trainers: z.array(z.object({ id: z.number(), name: z.string() })),
  /** Enrolled and completed workers inside the caller's scope. */
  enrolled: z.number(),
  completed: z.number(),
  /** True when the caller may edit it (organised within their scope). */
  editable: z.boolean(),
  version: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof programme>;

export const listProgrammesQuery = pageQuery.extend({
  org: z.string().regex(/^\d{0,12}$/).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  tier: z.enum(TRAINING_TIERS).optional(),
  q: z.string().trim().max(50).optional(),
});
export const programmeList = z.object({ items: z.array(programme), total: z.number() });

/** Enrol a list of workers, or everyone in post under a unit (optionally only some post classes). */
export const enrolInput = z
  .object({
    workerIds: z.array(z.number().int().positive().max(INT4_MAX)).max(5000).optional(),
    org: z.string().regex(/^(\d{6}|\d{9}|\d{12})$/).optional(),
    postClass: z.enum(['正职', '副职', '其他']).optional(),
  })
  .refine((v) => (v.workerIds?.length ?? 0) > 0 || v.org !== undefined, { error: msg('请选择人员或单位', 'Choose workers or a unit') });
export const enrolResult = z.object({ added: z.number(), alreadyEnrolled: z.number() });

export const TRAINING_RESULTS = ['合格', '不合格'] as const;

export const enrolment = z.object({
  workerId: z.number(),
  name: z.string(),
  communityName: z.string(),
  positions: z.array(z.string()),
  attended: z.boolean().nullable(),
  hours: z.number().nullable(),
  onlineHours: z.number().nullable(),
  result: z.enum(TRAINING_RESULTS).nullable(),
  completed: z.boolean(),
});
export type Enrolment = z.infer<typeof enrolment>;

export const attendanceInput = z.object({
  items: z
    .array(
      z.object({
        workerId: z.number().int().positive().max(INT4_MAX),
        attended: z.boolean(),
        hours: hours('学时应为 0–1000 之间的数字', 'Hours are a number from 0 to 1000').nullable().optional(),
        onlineHours: hours('线上学时应为 0–1000 之间的数字', 'Online hours are a number from 0 to 1000').nullable().optional(),
        result: z.enum(TRAINING_RESULTS).nullable().optional(),
      }),
    )
    .min(1)
    .max(5000),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

/** Attendance read from a workbook: row-level problems are reported, good rows written only when none fail. */
export const attendanceImportResult = z.object({
  rows: z.number(),
  written: z.number(),
  errors: z.array(z.object({ row: z.number(), message: z.string(), messageEn: z.string() })),
});

export const COMPLIANCE_STATUSES = ['overdue', 'due', 'ok'] as const;
export const complianceQuery = pageQuery.extend({
  org: z.string().regex(/^\d{0,12}$/),
  status: z.enum(COMPLIANCE_STATUSES).optional(),
  rule: z.enum(['A8.2', 'A8.3']).optional(),
});

export const complianceItem = z.object({
  workerId: z.number(),
  name: z.string(),
  communityName: z.string(),
  positions: z.array(z.string()),
  rule: z.enum(['A8.2', 'A8.3']),
  lastTrainedOn: isoDate.nullable(),
  dueBy: isoDate,
  status: z.enum(COMPLIANCE_STATUSES),
  explanation: z.array(z.string()),
});
export type ComplianceItem = z.infer<typeof complianceItem>;

export const complianceList = z.object({
  items: z.array(complianceItem),
  total: z.number(),
  summary: z.object({ workers: z.number(), ok: z.number(), due: z.number(), overdue: z.number(), keyRoleWorkers: z.number(), keyRoleOk: z.number(), rate: z.number().nullable() }),
  asOf: isoDate,
});
export type ComplianceList = z.infer<typeof complianceList>;

/** A worker's own training record with both rules judged (worker detail page). */
export const workerTraining = z.object({
  /** Null once the worker has exited: obligations end with the post. */
  compliance: complianceItem.nullable(),
  programmes: z.array(programme.pick({ id: true, title: true, organiserName: true, tier: true, kind: true, mode: true, startDate: true, endDate: true, hours: true }).extend({ attended: z.boolean().nullable(), result: z.string().nullable(), completed: z.boolean() })),
  totalHours: z.number(),
});
export type WorkerTraining = z.infer<typeof workerTraining>;

// ── 师资库 trainer pool (A8.4) ──
export const trainerInput = z.object({
  orgCode: unitCode,
  name: z.string().trim().min(1, { error: msg('请填写姓名', 'Enter the name') }).max(30),
  affiliation: z.string().trim().min(1, { error: msg('请填写工作单位', 'Enter the affiliation') }).max(100),
  title: z.string().trim().max(50).default(''),
  topics,
  intro: z.string().trim().max(1000).default(''),
  active: z.boolean().default(true),
});
export type TrainerInput = z.infer<typeof trainerInput>;
export const trainer = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  name: z.string(),
  affiliation: z.string(),
  title: z.string(),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  intro: z.string(),
  active: z.boolean(),
  /** Programmes this trainer taught that the caller can see. */
  programmes: z.number(),
  editable: z.boolean(),
});
export type Trainer = z.infer<typeof trainer>;
export const listTrainersQuery = z.object({ org: z.string().regex(/^\d{0,12}$/).optional(), topic: z.enum(TRAINING_TOPICS).optional(), q: z.string().trim().max(30).optional(), activeOnly: z.enum(['0', '1']).optional() });

// ── 资源库 resource library (A8.4) ──
export const RESOURCE_KINDS = ['课件', '视频', '教材', '案例', '政策文件', '其他'] as const;
export const resource = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  title: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  description: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  editable: z.boolean(),
});
export type Resource = z.infer<typeof resource>;
/** The text fields of an upload (multipart: these plus `file`); topics comma-separated. */
export const resourceFields = z.object({
  orgCode: unitCode,
  title: z.string().trim().min(2, { error: msg('请填写资源名称', 'Enter the title') }).max(100),
  kind: z.enum(RESOURCE_KINDS, { error: msg('请选择资源类型', 'Choose the kind') }),
  topics,
  description: z.string().trim().max(1000).default(''),
});
export const listResourcesQuery = z.object({ org: z.string().regex(/^\d{0,12}$/).optional(), kind: z.enum(RESOURCE_KINDS).optional(), topic: z.enum(TRAINING_TOPICS).optional(), q: z.string().trim().max(50).optional() });
