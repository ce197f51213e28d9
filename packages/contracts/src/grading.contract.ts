// Grade and pay rule packs (A4, A12, rules.md §3): the JSON a province or city configures, the shipped packs
// are written in, and the API validates. Mirrors packages/domain grading.ts and pay.ts.
import { z } from 'zod';
import { POST_CLASSES, SW_QUALIFICATIONS } from '@cwp/domain/worker-enums';
import { EDUCATION_LEVEL_LABELS } from '@cwp/domain/code-tables';
import { isoDate, yearMonth } from './common.contract.ts';
import { specialAllowanceRules } from './special-allowance.contract.ts';
import { msg } from './messages.ts';

const money = z.number().min(0).max(1_000_000);
const byPost = <T extends z.ZodType>(t: T) => z.object({ 正职: t, 副职: t, 其他: t });
const grade = z.number().int().min(1).max(60);
/** A count of years with one message, in both languages, for every way it can be wrong. */
const years = (m: string) => z.number({ error: m }).int({ error: m }).min(0, { error: m }).max(60, { error: m });
const YEAR_MSG = msg('年度应为 2000–2100 之间的整数', 'The year is a whole number from 2000 to 2100');

export const gradingRule = z
  .object({
    posts: byPost(z.object({ min: grade, max: grade })),
    stepYears: z.number().int().min(1).max(10),
    educationYears: z.partialRecord(z.enum(EDUCATION_LEVEL_LABELS), z.number().int().min(0).max(10)),
    certBonus: z.partialRecord(z.enum(SW_QUALIFICATIONS), z.number().int().min(0).max(10)),
    stackCert: z.boolean(),
    failedYearsCount: z.boolean(),
    yearsAcrossProvinces: z.boolean(),
  })
  .refine((r) => POST_CLASSES.every((p) => r.posts[p].min <= r.posts[p].max), { error: msg('等级区间的起点不能高于上限', 'A grade range starts above its ceiling') });

const payBase = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('averageWage'), annualAverageWage: money, year: z.number().int().min(2000).max(2100), source: z.string().min(1).max(200), multiplier: z.number().positive().max(10).optional() }),
  z.object({ mode: z.literal('fixed'), monthly: money, year: z.number().int().min(2000).max(2100), source: z.string().min(1).max(200) }),
]);

const coefficient = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('linear'), atGrade1: z.number().positive().max(20), perGrade: z.number().min(0).max(5) }),
  z.object({ mode: z.literal('table'), byGrade: z.record(z.string().regex(/^\d{1,2}$/), z.number().positive().max(20)) }),
  z.object({ mode: z.literal('rangeByPost'), byPost: byPost(z.object({ first: z.number().positive().max(20), last: z.number().positive().max(20) })) }),
]);

const payItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('byPost'), name: z.string().min(1).max(30), amounts: byPost(money) }),
  z.object({ kind: z.literal('byPostPerYear'), name: z.string().min(1).max(30), start: byPost(money), perYear: money }),
  z.object({ kind: z.literal('byGrade'), name: z.string().min(1).max(30), first: money, perGrade: money }),
  z.object({ kind: z.literal('gradeTable'), name: z.string().min(1).max(30), amounts: z.array(money).min(1).max(60) }),
  z.object({ kind: z.literal('fixed'), name: z.string().min(1).max(30), amount: money }),
]);

const allowance = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('oneShoulder'), name: z.string().min(1).max(30), amount: money }),
  z.object({ kind: z.literal('qualification'), name: z.string().min(1).max(30), amounts: z.partialRecord(z.enum(SW_QUALIFICATIONS), money) }),
  z.object({ kind: z.literal('fixed'), name: z.string().min(1).max(30), amount: money }),
]);

export const payRule = z.object({
  family: z.enum(['baseTimesCoef', 'fixedItems']),
  base: payBase.optional(),
  coefficient: coefficient.optional(),
  items: z.array(payItem).max(20).optional(),
  allowances: z.array(allowance).max(20),
  performance: z.object({ share: z.number().min(0).max(1), byResult: z.record(z.string(), z.number().min(0).max(3)) }).optional(),
  specialAllowances: specialAllowanceRules.optional(),
  employer: z.object({ socialInsuranceRate: z.number().min(0).max(1), housingFundRate: z.number().min(0).max(0.24) }),
});

export const PACK_STATUSES = ['draft', 'published'] as const;

/** A rule pack as configured and as shipped (apps/api/resources/grading-packs). */
export const rulePack = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  name: z.string().min(1).max(100),
  /** Division short code of the jurisdiction; '' = national. */
  orgCode: z.string().regex(/^(\d{2}|\d{4}|\d{6})?$/),
  status: z.enum(PACK_STATUSES),
  effectiveFrom: isoDate,
  description: z.string().max(2000),
  sources: z.array(z.string().max(300)).max(20),
  /** Dotted paths of numbers not confirmed from an official text (rules.md [二]/[推]). */
  unverified: z.array(z.object({ path: z.string().max(100), note: z.string().max(300) })).max(50),
  grading: gradingRule,
  pay: payRule,
});
export type RulePack = z.infer<typeof rulePack>;

export const packSummary = rulePack.pick({ id: true, name: true, orgCode: true, status: true, effectiveFrom: true, description: true }).extend({
  family: z.enum(['baseTimesCoef', 'fixedItems']),
  unverifiedCount: z.number(),
  shipped: z.boolean(),
});
export type PackSummary = z.infer<typeof packSummary>;

export const packIdParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/) });

/** A hypothetical worker (POST /api/grading/preview); scripts rely on these names. */
export const previewInput = z.object({
  packId: z.string().min(1).max(63),
  postClass: z.enum(POST_CLASSES),
  communityYears: years(msg('社区工作年限应为 0–60 的整数', 'Community years are a whole number from 0 to 60')),
  education: z.enum(EDUCATION_LEVEL_LABELS),
  certLevel: z.enum(SW_QUALIFICATIONS),
  failedYears: years(msg('不称职年数应为 0–60 的整数', 'Failed years are a whole number from 0 to 60')).optional(),
  positions: z.array(z.string().max(20)).max(6).optional(),
  /** Years assessed 合格/称职 or better (年限补贴); defaults to the community years less the failed ones. */
  passingYears: years(msg('考核合格年数应为 0–60 的整数', 'Passing years are a whole number from 0 to 60')).optional(),
  lastResult: z.string().max(10).optional(),
});
export type PreviewInput = z.infer<typeof previewInput>;

export const payItemOut = z.object({ name: z.string(), amount: z.number(), formula: z.string() });

export const gradeResult = z.object({
  packId: z.string(),
  packName: z.string(),
  grade: z.number(),
  monthlyPay: z.number(),
  items: z.array(payItemOut),
  employer: z.object({ socialInsurance: z.number(), housingFund: z.number(), total: z.number(), formula: z.string() }),
  /** Chinese, in the order the rules apply: years, grade, then each pay item. */
  explanation: z.array(z.string()),
  unverified: z.array(z.object({ path: z.string(), note: z.string() })),
  /** The grade written to the registry by the last approved advancement (null for a preview or when none yet). */
  stored: z.object({ grade: z.number(), effectiveFrom: isoDate, packId: z.string() }).nullable(),
});
export type GradeResult = z.infer<typeof gradeResult>;

/** Annual advancement (A4.2): a batch for a county, city or province, proposed, reviewed, then approved. */
export const advancementInput = z.object({
  orgCode: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, { error: msg('请选择省、市或县级单位', 'Choose a province, city or county') }),
  year: z.number({ error: YEAR_MSG }).int({ error: YEAR_MSG }).min(2000, { error: YEAR_MSG }).max(2100, { error: YEAR_MSG }),
  effectiveFrom: isoDate,
});
export type AdvancementInput = z.infer<typeof advancementInput>;

export const advancementItem = z.object({
  workerId: z.number(),
  name: z.string(),
  communityName: z.string(),
  postClass: z.string(),
  packId: z.string(),
  communityYears: z.number(),
  fromGrade: z.number().nullable(),
  toGrade: z.number(),
  /** After approval: whether it was written (false when the worker changed since the proposal). */
  applied: z.boolean().nullable(),
});

export const advancementBatch = z.object({
  id: z.number(),
  orgCode: z.string(),
  orgName: z.string(),
  year: z.number(),
  effectiveFrom: isoDate,
  status: z.enum(['proposed', 'approved']),
  workers: z.number(),
  unchanged: z.number(),
  changes: z.array(advancementItem),
  createdBy: z.string(),
  createdAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
export type AdvancementBatch = z.infer<typeof advancementBatch>;

/** Monthly pay sheet of a street or county (A12.1): one line per worker in post, items as columns. */
export const paySheetQuery = z.object({ month: yearMonth });

export const paySheetLine = z.object({
  workerId: z.number(),
  name: z.string(),
  communityName: z.string(),
  postClass: z.string(),
  grade: z.number(),
  /** 'approved': written by an annual advancement; 'computed': no approved grade yet, computed from the rules. */
  gradeSource: z.enum(['approved', 'computed']),
  packId: z.string(),
  items: z.record(z.string(), z.number()),
  monthlyPay: z.number(),
  socialInsurance: z.number(),
  housingFund: z.number(),
});

export const paySheet = z.object({
  code: z.string(),
  name: z.string(),
  month: z.string(),
  /** Item names in the order they first appear. */
  columns: z.array(z.string()),
  lines: z.array(paySheetLine),
  totals: z.object({ workers: z.number(), items: z.record(z.string(), z.number()), monthlyPay: z.number(), socialInsurance: z.number(), housingFund: z.number(), employerTotal: z.number() }),
});
export type PaySheet = z.infer<typeof paySheet>;

/** Next year's personnel cost of a county, city or province (A15.1). */
export const budgetQuery = z.object({ year: z.coerce.number({ error: YEAR_MSG }).int({ error: YEAR_MSG }).min(2000, { error: YEAR_MSG }).max(2100, { error: YEAR_MSG }) });

export const budget = z.object({
  code: z.string(),
  name: z.string(),
  year: z.number(),
  workers: z.number(),
  /** Annual amounts (12 months) per pay item, in the order items first appear. */
  items: z.array(z.object({ name: z.string(), annual: z.number() })),
  pay: z.number(),
  employer: z.object({ socialInsurance: z.number(), housingFund: z.number() }),
  /** Cost of filling the gap between the standard quota and the headcount with new entry-level staff. */
  gap: z.object({ standardQuota: z.number().nullable(), headcount: z.number(), vacancies: z.number(), perHireAnnual: z.number(), annual: z.number(), assumption: z.string() }),
  total: z.number(),
  explanation: z.array(z.string()),
});
export type Budget = z.infer<typeof budget>;

export const publishInput = z.object({ effectiveFrom: isoDate });

/** What a draft pack would change for the workers of a unit, against the packs in force (A15.1 what-if). */
export const whatIfQuery = z.object({ org: z.string().regex(/^\d{2,12}$/) });

export const whatIf = z.object({
  packId: z.string(),
  org: z.string(),
  orgName: z.string(),
  workers: z.number(),
  gradeChanges: z.number(),
  gradeUp: z.number(),
  gradeDown: z.number(),
  annualCurrent: z.number(),
  annualDraft: z.number(),
  difference: z.number(),
  /** Up to 50 of the changed workers, largest difference first. */
  examples: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string(), gradeCurrent: z.number(), gradeDraft: z.number(), monthlyCurrent: z.number(), monthlyDraft: z.number() })),
});
export type WhatIf = z.infer<typeof whatIf>;
