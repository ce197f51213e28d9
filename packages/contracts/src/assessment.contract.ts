// Annual assessment (A10.1, A10.2, A7.1): schemes, scores, the residents' phone survey, results, appeals,
// conduct notes and 容错纠错 decisions.
import { z } from 'zod';
import { DIMENSION_SOURCES, SATISFACTION_LEVELS, schemeProblems } from '@cwp/domain/assessment';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const share = (zh: string, en: string) => z.number({ error: msg(zh, en) }).min(0, { error: msg(zh, en) }).max(1, { error: msg(zh, en) });

export const schemeBody = z
  .object({
    dimensions: z
      .array(
        z.object({
          key: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, { error: msg('维度代码为小写字母开头的字母、数字或下划线', 'A dimension key is lower-case letters, digits or underscores') }),
          name: z.string().trim().min(1).max(30),
          weight: share('权重应在 0–100% 之间', 'A weight is between 0 and 100%'),
          source: z.enum(DIMENSION_SOURCES),
        }),
      )
      .min(1)
      .max(10),
    grades: z.array(z.object({ name: z.string().trim().min(1).max(10), minScore: z.number().min(0).max(100) })).min(2).max(6),
    topGradeCap: share('优秀比例上限应在 0–100% 之间', 'The top-grade cap is between 0 and 100%').nullable(),
    tieBreakers: z.array(z.string()).max(10),
    minResidentRaters: z.number().int().min(0).max(10000),
    minOrdinaryShare: share('普通居民占比应在 0–100% 之间', 'The ordinary residents’ share is between 0 and 100%'),
  })
  .superRefine((b, ctx) => {
    for (const p of schemeProblems(b)) ctx.addIssue({ code: 'custom', message: p });
  });
export type SchemeBody = z.infer<typeof schemeBody>;

const schemeFields = z.object({
  orgCode: z.string().regex(/^(\d{4}|\d{6})$/, { error: msg('考核方案由市或县（市、区）制定', 'A city or county issues the scheme') }),
  year: z.number({ error: msg('年度应为 2000–2100 之间的整数', 'The year is a whole number from 2000 to 2100') }).int().min(2000).max(2100),
  name: z.string().trim().min(2, { error: msg('请填写方案名称', 'Enter the scheme name') }).max(100),
  surveyOpens: isoDate,
  surveyCloses: isoDate,
  body: schemeBody,
});
const surveyDates = (v: { surveyOpens: string; surveyCloses: string }, ctx: z.RefinementCtx) => {
  if (v.surveyCloses < v.surveyOpens) ctx.addIssue({ code: 'custom', path: ['surveyCloses'], message: msg('测评截止日期不能早于开始日期', 'The survey closes before it opens') });
};
export const schemeInput = schemeFields.superRefine(surveyDates);
export type SchemeInput = z.infer<typeof schemeInput>;
export const updateSchemeInput = schemeFields.extend({ version: z.number().int().positive().max(INT4_MAX) }).superRefine(surveyDates);

export const SCHEME_STATUSES = ['draft', 'published', 'results_published'] as const;
export const scheme = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  year: z.number(),
  name: z.string(),
  body: schemeBody,
  status: z.enum(SCHEME_STATUSES),
  surveyOpens: isoDate,
  surveyCloses: isoDate,
  participants: z.number(),
  responses: z.number(),
  editable: z.boolean(),
  version: z.number(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  resultsPublishedAt: z.string().nullable(),
});
export type Scheme = z.infer<typeof scheme>;

export const listSchemesQuery = z.object({ org: z.string().regex(/^\d{0,12}$/).optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
export const orgQuery = z.object({ org: z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') }) });

/** One assessed worker as the scoring sheet shows them: scores per dimension, residents' summary, preview grade. */
export const participant = z.object({
  workerId: z.number(),
  name: z.string(),
  communityName: z.string(),
  positions: z.array(z.string()),
  surveyToken: z.string(),
  raters: z.number(),
  ordinary: z.number(),
  residentScore: z.number().nullable(),
  shortfall: z.string().nullable(),
  scores: z.record(z.string(), z.number().nullable()),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  capped: z.boolean(),
  explanation: z.array(z.string()),
  /** Conduct notes (A7.1) recorded for the worker in the scheme's year: what the street score should weigh. */
  conductNotes: z.number(),
});
export type Participant = z.infer<typeof participant>;
export const scoringSheet = z.object({
  schemeId: z.number(),
  org: z.string(),
  items: z.array(participant),
  /** Messages from grading the whole scheme population (cap, ties, missing scores). */
  messages: z.array(z.string()),
  topAllowed: z.number().nullable(),
  assessed: z.number(),
});
export type ScoringSheet = z.infer<typeof scoringSheet>;

export const scoresInput = z.object({
  items: z
    .array(
      z.object({
        workerId: z.number().int().positive().max(INT4_MAX),
        dimension: z.string().max(30),
        score: z.number({ error: msg('分数应为 0–100 之间的数字', 'A score is a number from 0 to 100') }).min(0, { error: msg('分数应为 0–100 之间的数字', 'A score is a number from 0 to 100') }).max(100, { error: msg('分数应为 0–100 之间的数字', 'A score is a number from 0 to 100') }),
      }),
    )
    .min(1)
    .max(20000),
});
export type ScoresInput = z.infer<typeof scoresInput>;

// ── Residents' survey (public, no login) ──
export const RESPONDENT_TYPES = ['普通居民', '居民代表', '党员代表', '驻区单位代表'] as const;
export const publicSurvey = z.object({
  schemeName: z.string(),
  workerName: z.string(),
  post: z.string(),
  communityName: z.string(),
  open: z.boolean(),
  opens: isoDate,
  closes: isoDate,
  levels: z.array(z.string()),
  respondentTypes: z.array(z.string()),
  /** Signed when the page was served; a submission within seconds of it is refused (abuse check). */
  formToken: z.string(),
});
const phone = z.string().trim().regex(/^1[3-9]\d{9}$/, { error: msg('请输入 11 位手机号码', 'Enter an 11-digit mobile number') });
export const surveyCodeInput = z.object({ phone, formToken: z.string().max(200), website: z.string().max(0, { error: msg('提交被拒绝', 'Submission refused') }).optional() });
export const surveyResponseInput = z.object({
  phone,
  code: z.string().regex(/^\d{6}$/, { error: msg('请输入 6 位验证码', 'Enter the 6-digit code') }),
  level: z.enum(SATISFACTION_LEVELS.map((l) => l.label) as ['满意', '基本满意', '不满意'], { error: msg('请选择满意程度', 'Choose how satisfied you are') }),
  respondentType: z.enum(RESPONDENT_TYPES, { error: msg('请选择您的身份', 'Choose who you are') }),
  comment: z.string().trim().max(200).default(''),
  formToken: z.string().max(200),
  website: z.string().max(0, { error: msg('提交被拒绝', 'Submission refused') }).optional(),
});

// ── Appeals, conduct notes, 容错纠错 ──
export const appealInput = z.object({ schemeId: z.number().int().positive().max(INT4_MAX), workerId: z.number().int().positive().max(INT4_MAX), reason: z.string().trim().min(5, { error: msg('请写明复核理由（至少 5 个字）', 'Give the reason (at least 5 characters)') }).max(1000) });
export const decideAppealInput = z.object({
  outcome: z.enum(['upheld', 'changed'], { error: msg('请选择维持或变更', 'Choose upheld or changed') }),
  decision: z.string().trim().min(2, { error: msg('请填写复核意见', 'Enter the decision') }).max(1000),
  newGrade: z.string().max(10).optional(),
});
export const appeal = z.object({
  id: z.number(),
  schemeId: z.number(),
  year: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  reason: z.string(),
  filedBy: z.string(),
  filedAt: z.string(),
  status: z.enum(['pending', 'upheld', 'changed']),
  decision: z.string().nullable(),
  oldGrade: z.string(),
  newGrade: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type Appeal = z.infer<typeof appeal>;

export const CONDUCT_KINDS = ['躺平', '推诿扯皮', '服务态度', '工作作风', '其他'] as const;
export const conductNoteInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  occurredOn: isoDate,
  kind: z.enum(CONDUCT_KINDS, { error: msg('请选择问题类型', 'Choose the kind of problem') }),
  description: z.string().trim().min(5, { error: msg('请描述具体情况（至少 5 个字）', 'Describe what happened (at least 5 characters)') }).max(1000),
  followUp: z.string().trim().max(1000).default(''),
});
export const updateConductNoteInput = z.object({ followUp: z.string().trim().max(1000), resolved: z.boolean() });
export const conductNote = z.object({
  id: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  occurredOn: isoDate,
  kind: z.enum(CONDUCT_KINDS),
  description: z.string(),
  followUp: z.string(),
  resolved: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export const listConductQuery = z.object({ org: z.string().regex(/^\d{2,12}$/), year: z.coerce.number().int().min(2000).max(2100).optional(), open: z.enum(['0', '1']).optional() });

export const TOLERANCE_DECISIONS = ['免予追责', '从轻或减轻处理', '不予容错'] as const;
export const errorToleranceInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  decidedOn: isoDate,
  matter: z.string().trim().min(2, { error: msg('请填写事项', 'Describe the matter') }).max(500),
  decision: z.enum(TOLERANCE_DECISIONS, { error: msg('请选择认定结果', 'Choose the decision') }),
  basis: z.string().trim().min(2, { error: msg('请填写依据', 'Give the basis') }).max(500),
});
export const errorTolerance = z.object({ id: z.number(), workerId: z.number(), decidedOn: isoDate, matter: z.string(), decision: z.enum(TOLERANCE_DECISIONS), basis: z.string(), recordedBy: z.string(), recordedAt: z.string() });

/** A worker's assessment record (worker page; A10.2). */
export const workerAssessments = z.object({
  results: z.array(z.object({ schemeId: z.number(), year: z.number(), schemeName: z.string(), total: z.number().nullable(), grade: z.string(), failing: z.boolean(), explanation: z.array(z.string()) })),
  appeals: z.array(appeal),
  conductNotes: z.array(conductNote),
  errorTolerance: z.array(errorTolerance),
});
export type WorkerAssessments = z.infer<typeof workerAssessments>;

/** 不称职 results calling for a contract non-renewal review (A10.2), latest result per worker in post. */
export const renewalReviewList = z.array(
  z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), year: z.number(), grade: z.string(), contractEnd: isoDate.nullable(), failingYears: z.number() }),
);
