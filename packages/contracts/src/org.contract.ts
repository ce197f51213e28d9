import { z } from 'zod';
import { msg } from './messages.ts';

export const ORG_LEVELS = ['province', 'city', 'county', 'street', 'community'] as const;
export type OrgLevelName = (typeof ORG_LEVELS)[number];

export const ORG_LEVEL_LABELS: Record<OrgLevelName, { zh: string; en: string }> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '地级', en: 'Prefecture' },
  county: { zh: '县级', en: 'County' },
  street: { zh: '街道(乡镇)', en: 'Street / township' },
  community: { zh: '社区(居委会)', en: 'Community' },
};

export const orgUnitSummary = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(ORG_LEVELS),
  parentCode: z.string().nullable(),
  streetKind: z.string().nullable(),
  committeeKind: z.string().nullable(),
  urCode: z.string().nullable(),
  childCount: z.number(),
});
export type OrgUnitSummary = z.infer<typeof orgUnitSummary>;

export const populationFact = z.object({
  id: z.number(),
  orgCode: z.string(),
  year: z.number(),
  totalPopulation: z.number().nullable(),
  urbanPopulation: z.number().nullable(),
  households: z.number().nullable(),
  source: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type PopulationFact = z.infer<typeof populationFact>;

export const orgUnitDetail = orgUnitSummary.extend({
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Most recent population figure of this unit itself, if any. */
  population: populationFact.nullable(),
  workerCount: z.number(),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetail>;

export const orgSearchQuery = z.object({
  q: z.string().trim().min(1, { error: msg('请输入名称或代码', 'Enter a name or code') }).max(50),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const orgSearchHit = orgUnitSummary.extend({ pathNames: z.string() });
export type OrgSearchHit = z.infer<typeof orgSearchHit>;

const count = (zh: string, en: string) =>
  z
    .number({ error: msg(`${zh}应填写整数`, `${en} must be a whole number`) })
    .int({ error: msg(`${zh}应填写整数`, `${en} must be a whole number`) })
    .min(0, { error: msg(`${zh}不能为负数`, `${en} cannot be negative`) })
    .max(100_000_000, { error: msg(`${zh}超出合理范围`, `${en} is out of range`) })
    .nullable()
    .optional();

export const recordPopulationInput = z
  .object({
    year: z
      .number()
      .int()
      .min(2000, { error: msg('年份应在 2000 年之后', 'The year must be 2000 or later') })
      .max(2100),
    totalPopulation: count('常住人口', 'Resident population'),
    urbanPopulation: count('城镇常住人口', 'Urban population'),
    households: count('户数', 'Households'),
    source: z
      .string()
      .trim()
      .min(2, { error: msg('请填写数据来源，如“2024 年统计年鉴”', 'Give the source, e.g. "2024 statistical yearbook"') })
      .max(200),
  })
  .superRefine((v, ctx) => {
    if (v.totalPopulation == null && v.urbanPopulation == null && v.households == null) {
      ctx.addIssue({ code: 'custom', path: ['urbanPopulation'], message: msg('至少填写一项人口或户数', 'Enter at least one figure') });
    }
    if (v.totalPopulation != null && v.urbanPopulation != null && v.urbanPopulation > v.totalPopulation) {
      ctx.addIssue({ code: 'custom', path: ['urbanPopulation'], message: msg('城镇人口不能大于常住人口', 'Urban population cannot exceed total population') });
    }
  });
export type RecordPopulationInput = z.infer<typeof recordPopulationInput>;
