// Skills (A6.1, A6.2): 全岗通 post certifications, 导师帮带 mentorships, skills competitions and the
// 社区工作法 case library.
import { z } from 'zod';
import { FRONT_DESK_POSTS, TRAINING_TOPICS } from '@cwp/domain/training';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const orgCode = z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') });
const unitCode = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, { error: msg('请选择组织单位（省、市、县或街道）', 'Choose the organising unit (province, city, county or street)') });

// ── 全岗通 ──
export const certifyInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  posts: z.array(z.enum(FRONT_DESK_POSTS, { error: msg('请选择岗位', 'Choose the posts') })).min(1).max(FRONT_DESK_POSTS.length),
  certifiedOn: isoDate,
});
export const revokeCertInput = z.object({ workerId: z.number().int().positive().max(INT4_MAX), post: z.enum(FRONT_DESK_POSTS) });
export const postCoverageList = z.object({
  posts: z.array(z.string()),
  items: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), posts: z.array(z.object({ post: z.string(), certifiedOn: isoDate })), certified: z.number(), full: z.boolean() })),
  summary: z.object({ workers: z.number(), full: z.number(), rate: z.number().nullable() }),
});
export const orgQuery = z.object({ org: orgCode });

// ── 导师帮带 ──
export const mentorshipInput = z
  .object({
    mentorId: z.number().int().positive().max(INT4_MAX),
    menteeId: z.number().int().positive().max(INT4_MAX),
    startOn: isoDate,
    endOn: isoDate,
    goals: z.string().trim().min(2, { error: msg('请填写帮带目标', 'Enter the goals') }).max(1000),
  })
  .superRefine((v, ctx) => {
    if (v.mentorId === v.menteeId) ctx.addIssue({ code: 'custom', path: ['menteeId'], message: msg('导师和徒弟不能是同一人', 'The mentor and the mentee must be different people') });
    if (v.endOn < v.startOn) ctx.addIssue({ code: 'custom', path: ['endOn'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
  });
export const evaluateMentorshipInput = z.object({ evaluation: z.string().trim().min(2, { error: msg('请填写帮带评价', 'Enter the evaluation') }).max(1000) });
export const mentorship = z.object({
  id: z.number(),
  mentorId: z.number(),
  mentorName: z.string(),
  menteeId: z.number(),
  menteeName: z.string(),
  communityName: z.string(),
  startOn: isoDate,
  endOn: isoDate,
  goals: z.string(),
  evaluation: z.string().nullable(),
  active: z.boolean(),
});

// ── 技能竞赛 ──
export const COMPETITION_LEVELS = ['国家级', '省级', '市级', '县级', '街道级'] as const;
export const competitionInput = z.object({
  orgCode: unitCode,
  name: z.string().trim().min(2, { error: msg('请填写竞赛名称', 'Enter the competition name') }).max(100),
  level: z.enum(COMPETITION_LEVELS, { error: msg('请选择级别', 'Choose the level') }),
  heldOn: isoDate,
  description: z.string().trim().max(1000).default(''),
});
export const competitionResultsInput = z.object({
  items: z.array(z.object({ workerId: z.number().int().positive().max(INT4_MAX), award: z.string().trim().min(1, { error: msg('请填写获奖等次', 'Enter the award') }).max(30) })).min(1).max(500),
});
export const competition = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  name: z.string(),
  level: z.enum(COMPETITION_LEVELS),
  heldOn: isoDate,
  description: z.string(),
  editable: z.boolean(),
  results: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), award: z.string() })),
});

// ── 社区工作法案例库 ──
export const CASE_STATUSES = ['draft', 'published'] as const;
const caseFields = z.object({
  orgCode: unitCode,
  title: z.string().trim().min(2, { error: msg('请填写案例标题', 'Enter the title') }).max(100),
  methodName: z.string().trim().min(2, { error: msg('请填写工作法名称（如“老马工作法”）', 'Name the method') }).max(50),
  topics: z.array(z.enum(TRAINING_TOPICS)).min(1, { error: msg('至少选择一个主题', 'Choose at least one topic') }).max(TRAINING_TOPICS.length),
  summary: z.string().trim().min(10, { error: msg('请填写案例摘要（至少 10 个字）', 'Write a summary (at least 10 characters)') }).max(500),
  content: z.string().trim().min(50, { error: msg('案例正文至少 50 个字', 'The case needs at least 50 characters') }).max(20000),
  authorWorkerId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
});
export const caseInput = caseFields;
export const updateCaseInput = caseFields.extend({ version: z.number().int().positive().max(INT4_MAX) });
export const workCase = caseFields.extend({
  id: z.number(),
  orgName: z.string(),
  authorName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  editable: z.boolean(),
  version: z.number(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
});
export const listCasesQuery = z.object({ org: z.string().regex(/^\d{0,12}$/).optional(), topic: z.enum(TRAINING_TOPICS).optional(), q: z.string().trim().max(50).optional() });
