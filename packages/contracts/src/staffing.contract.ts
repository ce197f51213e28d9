import { z } from 'zod';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

export const quotaRule = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('per10k'), ratio: z.number().positive({ error: msg('配备比例须大于 0', 'The ratio must be above 0') }).max(200) }),
  z.object({ mode: z.literal('perHouseholds'), householdsPerWorker: z.number().int().min(50).max(5000) }),
  z.object({
    mode: z.literal('householdSteps'),
    steps: z.array(z.object({ below: z.number().int().positive().max(INT4_MAX), quota: z.number().int().min(0) })).min(1).max(20),
    beyond: z.object({ every: z.number().int().positive().max(INT4_MAX), add: z.number().int().positive().max(INT4_MAX) }).optional(),
  }),
  z.object({ mode: z.literal('perCommunityCap'), cap: z.number().int().min(1).max(200) }),
]);
export type QuotaRuleInput = z.infer<typeof quotaRule>;

export const staffingFlag = z.object({
  code: z.string(),
  level: z.enum(['red', 'amber']),
  message: z.string(),
  messageEn: z.string(),
});

/** The staffing line of one unit (A3.1); scripts rely on these names. */
export const staffingNode = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  urbanPopulation: z.number().nullable(),
  households: z.number().nullable(),
  populationYear: z.number().nullable(),
  populationSource: z.string().nullable(),
  rule: z.object({ mode: z.string(), value: z.number().nullable(), params: z.record(z.string(), z.unknown()), inheritedFrom: z.string() }),
  standardQuota: z.number().nullable(),
  quotaFormula: z.string(),
  ceiling: z.number().nullable(),
  headcount: z.number(),
  headcountByStatus: z.record(z.string(), z.number()),
  /** Workers away today on an approved secondment (借调, A17.3): on the books, not at work in the community. */
  seconded: z.number(),
  /** headcount − seconded: the people actually working in the community today. */
  effectiveHeadcount: z.number(),
  gap: z.number().nullable(),
  per10k: z.number().nullable(),
  flags: z.array(staffingFlag),
});
export type StaffingNode = z.infer<typeof staffingNode>;

export const setStaffingRuleInput = z.object({
  rule: quotaRule,
  effectiveFrom: isoDate,
  reason: z.string().trim().min(2, { error: msg('请填写调整依据或原因', 'Give the basis or reason') }).max(500),
});
export type SetStaffingRuleInput = z.infer<typeof setStaffingRuleInput>;

export const setCeilingInput = z.object({
  ceiling: z.number().int().min(0, { error: msg('总量不能为负数', 'The ceiling cannot be negative') }).max(10_000_000),
  effectiveFrom: isoDate,
  reason: z.string().trim().min(2, { error: msg('请填写调整依据或原因', 'Give the basis or reason') }).max(500),
});
export type SetCeilingInput = z.infer<typeof setCeilingInput>;

export const ruleHistoryItem = z.object({
  id: z.number(),
  orgCode: z.string(),
  kind: z.enum(['rule', 'ceiling']),
  summary: z.string(),
  effectiveFrom: z.string(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type RuleHistoryItem = z.infer<typeof ruleHistoryItem>;

export const allocationPlanInput = z.object({
  basis: z.enum(['households', 'urbanPopulation', 'headcount']).default('households'),
  workloadFactors: z.record(z.string(), z.number().min(0.5).max(3)).default({}),
});
export type AllocationPlanInput = z.input<typeof allocationPlanInput>;

export const allocationPlan = z.object({
  streetCode: z.string(),
  total: z.number(),
  basis: z.string(),
  communities: z.array(
    z.object({ code: z.string(), name: z.string(), weight: z.number().nullable(), workloadFactor: z.number(), current: z.number(), suggested: z.number(), change: z.number() }),
  ),
  moves: z.array(z.object({ from: z.string(), fromName: z.string(), to: z.string(), toName: z.string(), count: z.number() })),
});
export type AllocationPlan = z.infer<typeof allocationPlan>;
