// Incentives and care (A2.1, A2.2, A13.1–A13.3, A14.1): political vetting, the reserve pool, 事业编
// eligibility, honours and career events, health checks, holiday visits and the difficulties channel.
// Scripts rely on the career-eligibility shape.
import { z } from 'zod';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);
const orgCode = z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') });

// ── 政治把关 A2.1 ──
export const VETTING_RESULTS = ['通过', '不通过'] as const;
export const vettingInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  vettedOn: isoDate,
  vettingBody: text(2, 100, '请填写把关单位', 'Enter the vetting body'),
  conductRecord: text(2, 1000, '请填写现实表现与有无违法违纪记录', 'Describe conduct and any disciplinary record'),
  result: z.enum(VETTING_RESULTS, { error: msg('请选择把关结论', 'Choose the result') }),
  notes: z.string().trim().max(1000).default(''),
});
export const vetting = vettingInput.extend({ id: z.number(), notes: z.string(), recordedBy: z.string(), recordedAt: z.string() });

// ── 后备人才库 A2.2 ──
export const RESERVE_SOURCES = ['社区专职工作人员', '优秀网格员', '返乡大学生', '退役军人', '机关企事业单位退休党员', '其他'] as const;
export const RESERVE_POSTS = ['社区党组织书记', '社区“两委”成员'] as const;
export const RESERVE_STATUSES = ['培养中', '已使用', '已退出'] as const;
export const reserveInput = z
  .object({
    communityCode: z.string().regex(/^\d{12}$/, { error: msg('请选择社区', 'Choose a community') }),
    workerId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
    name: z.string().trim().max(30).default(''),
    gender: z.enum(['男', '女']).nullable().default(null),
    birthYear: z.number().int().min(1940).max(2010).nullable().default(null),
    education: z.string().max(20).nullable().default(null),
    politicalStatus: z.string().max(20).nullable().default(null),
    source: z.enum(RESERVE_SOURCES, { error: msg('请选择来源', 'Choose the source') }),
    targetPost: z.enum(RESERVE_POSTS, { error: msg('请选择培养方向', 'Choose the target post') }),
    nominatedOn: isoDate,
  })
  .refine((v) => v.workerId !== null || v.name.length >= 2, { path: ['name'], error: msg('非在册人员请填写姓名', 'Enter the name of a person not in the registry') });
export const reserveUpdateInput = z.object({
  version: z.number().int().positive().max(INT4_MAX),
  addMeasure: z.object({ on: isoDate, measure: text(2, 300, '请填写培养措施', 'Describe the measure') }).optional(),
  status: z.enum(RESERVE_STATUSES).optional(),
  review: z.string().trim().max(1000).optional(),
  reviewedOn: isoDate.optional(),
});
export const reserveCandidate = z.object({
  id: z.number(),
  communityCode: z.string(),
  communityName: z.string(),
  workerId: z.number().nullable(),
  name: z.string(),
  gender: z.string().nullable(),
  birthYear: z.number().nullable(),
  education: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  source: z.enum(RESERVE_SOURCES),
  targetPost: z.enum(RESERVE_POSTS),
  nominatedOn: isoDate,
  nominatedBy: z.string(),
  measures: z.array(z.object({ on: isoDate, measure: z.string(), by: z.string() })),
  status: z.enum(RESERVE_STATUSES),
  review: z.string(),
  reviewedOn: isoDate.nullable(),
  version: z.number(),
});
export type ReserveCandidate = z.infer<typeof reserveCandidate>;
export const reserveQuery = z.object({ org: orgCode, status: z.enum(RESERVE_STATUSES).optional(), targetPost: z.enum(RESERVE_POSTS).optional() });
/** Reserve pool composition (A2.2: mostly from full-time staff). */
export const reserveList = z.object({ items: z.array(reserveCandidate), summary: z.object({ total: z.number(), fromStaff: z.number(), bySource: z.record(z.string(), z.number()) }) });

// ── 事业编 eligibility A13.2 (scripts rely on this shape) ──
export const careerEligibilityQuery = z.object({ org: orgCode, eligibleOnly: z.enum(['0', '1']).optional() });
export const careerEligibilityList = z.object({
  items: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), eligible: z.boolean(), continuousSince: isoDate.nullable(), continuousYears: z.number(), reasons: z.array(z.string()) })),
  policy: z.object({ minContinuousYears: z.number(), secretaryTermYears: z.number(), minExcellentYears: z.number(), excellentWithinYears: z.number(), noFailingYear: z.boolean() }),
});

// ── Honours, nominations, career moves A13.1, A13.3 ──
export const CAREER_EVENT_KINDS = ['荣誉表彰', '推荐党代表', '推荐人大代表', '推荐政协委员', '发展党员', '招录为公务员', '招聘为事业单位人员', '进入街道领导班子'] as const;
export const EVENT_LEVELS = ['国家级', '省级', '市级', '县级', '街道级'] as const;
export const careerEventInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  kind: z.enum(CAREER_EVENT_KINDS, { error: msg('请选择类别', 'Choose the kind') }),
  title: text(2, 100, '请填写名称（如“全国优秀共产党员”）', 'Enter the title'),
  level: z.enum(EVENT_LEVELS, { error: msg('请选择级别', 'Choose the level') }),
  occurredOn: isoDate,
  issuer: text(2, 100, '请填写授予或推荐单位', 'Enter the issuing body'),
  notes: z.string().trim().max(1000).default(''),
});
export const careerEvent = careerEventInput.extend({ id: z.number(), notes: z.string(), workerName: z.string(), communityName: z.string(), recordedBy: z.string() });
export const careerEventQuery = z.object({ org: orgCode, year: z.coerce.number().int().min(2000).max(2100).optional(), kind: z.enum(CAREER_EVENT_KINDS).optional() });

// ── Care A14.1 ──
export const healthCheckQuery = z.object({ org: orgCode, year: z.coerce.number().int().min(2000).max(2100) });
export const healthCheckList = z.object({
  year: z.number(),
  items: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), scheduledOn: isoDate.nullable(), completedOn: isoDate.nullable(), institution: z.string() })),
  summary: z.object({ workers: z.number(), scheduled: z.number(), completed: z.number() }),
});
export const healthCheckInput = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z
    .array(z.object({ workerId: z.number().int().positive().max(INT4_MAX), scheduledOn: isoDate.nullable(), completedOn: isoDate.nullable(), institution: z.string().trim().max(100).default('') }))
    .min(1)
    .max(5000),
});

export const VISIT_OCCASIONS = ['春节', '元宵', '端午', '中秋', '国庆', '重大任务一线慰问', '生病住院', '其他'] as const;
export const visitInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  occasion: z.enum(VISIT_OCCASIONS, { error: msg('请选择慰问事由', 'Choose the occasion') }),
  visitedOn: isoDate,
  visitors: text(2, 100, '请填写慰问人', 'Enter who visited'),
  content: text(2, 500, '请填写慰问内容', 'Describe the visit'),
  amount: z.number().min(0).max(100000).nullable().default(null),
});
export const visit = visitInput.extend({ id: z.number(), workerName: z.string(), communityName: z.string(), workerStatus: z.string(), recordedBy: z.string() });
export const visitQuery = z.object({ org: orgCode, year: z.coerce.number().int().min(2000).max(2100).optional() });

export const DIFFICULTY_CATEGORIES = ['工作', '生活', '健康', '家庭', '其他'] as const;
export const DIFFICULTY_STATUSES = ['待答复', '已答复', '已办结'] as const;
export const difficultyInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  category: z.enum(DIFFICULTY_CATEGORIES, { error: msg('请选择类别', 'Choose a category') }),
  content: text(5, 2000, '请描述遇到的困难（至少 5 个字）', 'Describe the difficulty (at least 5 characters)'),
});
export const answerInput = z.object({ answer: text(2, 2000, '请填写答复', 'Enter the answer') });
export const difficulty = z.object({
  id: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  category: z.enum(DIFFICULTY_CATEGORIES),
  content: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
  dueOn: isoDate,
  status: z.enum(DIFFICULTY_STATUSES),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type Difficulty = z.infer<typeof difficulty>;
export const difficultyQuery = z.object({ org: orgCode, status: z.enum(DIFFICULTY_STATUSES).optional(), overdue: z.enum(['0', '1']).optional() });

/** A worker's incentives and care record (worker page). */
export const workerIncentives = z.object({
  vettings: z.array(vetting),
  events: z.array(careerEvent),
  reserve: z.array(reserveCandidate),
  healthChecks: z.array(z.object({ year: z.number(), scheduledOn: isoDate.nullable(), completedOn: isoDate.nullable(), institution: z.string() })),
  visits: z.array(visit),
  difficulties: z.array(difficulty),
});
