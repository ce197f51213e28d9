// Supervision (监督管理, A11.1–A11.3): 谈心谈话 and early warnings, service commitments and duty disclosure
// with the community's public page, 三务公开 records, economic responsibility audits of secretaries and
// directors. The public page's shape is exactly what residents may see — nothing personal beyond the name.
import { z } from 'zod';
import { AUDIT_KINDS, AUDITED_POSITIONS, CHECK_RESULTS, DISCLOSURE_CHANNELS, DISCLOSURE_KINDS, FINDING_CATEGORIES, RECTIFICATION_STATUSES, TALK_KINDS } from '@cwp/domain/supervision';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);
const orgCode = z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') });
const communityCode = z.string().regex(/^\d{12}$/, { error: msg('请选择社区', 'Choose a community') });
export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { error: msg('期间应为 2026-Q3 这样的季度', 'The period should be a quarter such as 2026-Q3') });
const flag = z.enum(['0', '1']).optional();

// ── 谈心谈话 A11.1 ──
export const talkInput = z
  .object({
    workerId: z.number().int().positive().max(INT4_MAX),
    talkedOn: isoDate,
    talkerName: text(2, 30, '请填写谈话人', 'Enter who held the talk'),
    talkerRole: text(2, 50, '请填写谈话人职务', "Enter the talker's role"),
    kind: z.enum(TALK_KINDS, { error: msg('请选择谈话类型', 'Choose the kind of talk') }),
    topics: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
    content: text(5, 4000, '请填写谈话内容摘要（至少 5 个字）', 'Summarise the talk (at least 5 characters)'),
    followUp: z.string().trim().max(1000).default(''),
    nextTalkOn: isoDate.nullable().default(null),
  })
  .refine((v) => v.nextTalkOn === null || v.nextTalkOn > v.talkedOn, { path: ['nextTalkOn'], error: msg('下次谈话日期应晚于本次', 'The next talk must be after this one') });
export type TalkInput = z.input<typeof talkInput>;
export const talkSummary = z.object({
  id: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  talkedOn: isoDate,
  talkerName: z.string(),
  talkerRole: z.string(),
  kind: z.enum(TALK_KINDS),
  topics: z.array(z.string()),
  nextTalkOn: isoDate.nullable(),
  recordedBy: z.string(),
});
export type TalkSummary = z.infer<typeof talkSummary>;
/** The content is only in the detail, whose every read is audited. */
export const talk = talkSummary.extend({ content: z.string(), followUp: z.string(), recordedAt: z.string() });
export type Talk = z.infer<typeof talk>;
export const talkQuery = z.object({ org: orgCode, workerId: z.coerce.number().int().positive().max(INT4_MAX).optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });

export const warningReason = z.object({ kind: z.enum(['warning_talk', 'conduct', 'overdue_follow_up']), on: isoDate, text: z.string(), textEn: z.string() });
export const earlyWarning = z.object({ workerId: z.number(), name: z.string(), communityCode: z.string(), communityName: z.string(), reasons: z.array(warningReason) });
export type EarlyWarning = z.infer<typeof earlyWarning>;
export const orgQuery = z.object({ org: orgCode });

// ── 服务承诺与职责公开 A11.2 ──
export const commitmentInput = z.object({ content: text(4, 300, '请填写承诺内容', 'Enter the commitment'), effectiveFrom: isoDate });
export const commitment = z.object({ id: z.number(), communityCode: z.string(), content: z.string(), effectiveFrom: isoDate, withdrawnOn: isoDate.nullable(), recordedBy: z.string() });
export type Commitment = z.infer<typeof commitment>;
export const dutyInput = z.object({ post: text(2, 40, '请填写公开的岗位', 'Enter the post shown'), duty: text(4, 500, '请填写岗位职责', 'Describe the duties') });
export type DutyInput = z.infer<typeof dutyInput>;
export const publicationInput = z.object({ published: z.boolean() });
export const communityDisclosure = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  published: z.boolean(),
  commitments: z.array(commitment),
  workers: z.array(z.object({ workerId: z.number(), name: z.string(), positions: z.array(z.string()), post: z.string().nullable(), duty: z.string().nullable(), updatedBy: z.string().nullable() })),
});
export type CommunityDisclosure = z.infer<typeof communityDisclosure>;
export const communityCodeParam = z.object({ code: communityCode });
export const workerIdParam = z.object({ workerId: z.coerce.number().int().positive().max(INT4_MAX) });

/** What residents see, and nothing more: strict objects so an added column cannot slip out. */
export const publicCommunityWorker = z.strictObject({ name: z.string(), post: z.string(), duty: z.string() });
export const publicCommunity = z.strictObject({
  communityName: z.string(),
  streetName: z.string(),
  commitments: z.array(z.strictObject({ content: z.string(), effectiveFrom: isoDate })),
  workers: z.array(publicCommunityWorker),
});
export type PublicCommunity = z.infer<typeof publicCommunity>;

// ── 三务公开 A11.2 ──
export const disclosureInput = z.object({
  communityCode,
  kind: z.enum(DISCLOSURE_KINDS, { error: msg('请选择公开类别', 'Choose the kind') }),
  period: quarter,
  title: text(2, 100, '请填写公开事项', 'Enter the title'),
  summary: text(2, 2000, '请填写公开内容摘要', 'Summarise the content'),
  disclosedOn: isoDate,
  channel: z.enum(DISCLOSURE_CHANNELS, { error: msg('请选择公开渠道', 'Choose the channel') }),
});
export type DisclosureInput = z.infer<typeof disclosureInput>;
export const disclosureCheckInput = z.object({ checkedOn: isoDate, result: z.enum(CHECK_RESULTS, { error: msg('请选择检查结果', 'Choose the result') }), note: z.string().trim().max(500).default('') });
export const disclosure = disclosureInput.extend({
  id: z.number(),
  communityName: z.string(),
  checkedOn: isoDate.nullable(),
  checkedBy: z.string().nullable(),
  checkResult: z.enum(CHECK_RESULTS).nullable(),
  checkNote: z.string(),
  recordedBy: z.string(),
});
export type Disclosure = z.infer<typeof disclosure>;
export const disclosureQuery = z.object({ org: orgCode, year: z.coerce.number().int().min(2000).max(2100) });
export const disclosureList = z.object({
  items: z.array(disclosure),
  /** Ended quarters of the year with a kind not disclosed. */
  missing: z.array(z.object({ communityCode: z.string(), communityName: z.string(), quarter, kind: z.enum(DISCLOSURE_KINDS) })),
});
export type DisclosureList = z.infer<typeof disclosureList>;

// ── 经济责任审计 A11.3 ──
export const findingInput = z.object({
  category: z.enum(FINDING_CATEGORIES, { error: msg('请选择问题类别', 'Choose the category') }),
  description: text(4, 1000, '请描述审计发现的问题', 'Describe the finding'),
  amount: z.number().nonnegative().max(1e11).nullable().default(null),
  rectifyBy: isoDate,
});
export const auditInput = z
  .object({
    workerId: z.number().int().positive().max(INT4_MAX),
    position: z.enum(AUDITED_POSITIONS, { error: msg('请选择被审计职务', 'Choose the audited position') }),
    kind: z.enum(AUDIT_KINDS, { error: msg('请选择审计类型', 'Choose the kind') }),
    periodFrom: isoDate,
    periodTo: isoDate,
    auditBody: text(2, 100, '请填写审计机构', 'Enter the auditing body'),
    startedOn: isoDate,
    reportedOn: isoDate.nullable().default(null),
    findings: z.array(findingInput).max(50).default([]),
  })
  .refine((v) => v.periodTo >= v.periodFrom, { path: ['periodTo'], error: msg('审计期间的结束不能早于开始', 'The period cannot end before it starts') })
  .refine((v) => v.reportedOn === null || v.reportedOn >= v.startedOn, { path: ['reportedOn'], error: msg('报告日期不能早于审计开始', 'The report cannot predate the start') });
export type AuditInput = z.input<typeof auditInput>;
export const rectificationInput = z
  .object({ status: z.enum(RECTIFICATION_STATUSES), evidence: z.string().trim().max(1000).default(''), rectifiedOn: isoDate.nullable().default(null) })
  .refine((v) => v.status !== '已整改' || (v.rectifiedOn !== null && v.evidence.length >= 4), { path: ['evidence'], error: msg('已整改须填写整改日期和佐证说明', 'A rectified finding needs the date and evidence') });
export const finding = z.object({
  id: z.number(),
  auditId: z.number(),
  category: z.enum(FINDING_CATEGORIES),
  description: z.string(),
  amount: z.number().nullable(),
  rectifyBy: isoDate,
  status: z.enum(RECTIFICATION_STATUSES),
  evidence: z.string(),
  rectifiedOn: isoDate.nullable(),
  overdue: z.boolean(),
});
export type Finding = z.infer<typeof finding>;
export const economicAudit = z.object({
  id: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  position: z.enum(AUDITED_POSITIONS),
  kind: z.enum(AUDIT_KINDS),
  periodFrom: isoDate,
  periodTo: isoDate,
  auditBody: z.string(),
  startedOn: isoDate,
  reportedOn: isoDate.nullable(),
  recordedBy: z.string(),
  findings: z.array(finding),
});
export type EconomicAudit = z.infer<typeof economicAudit>;
export const auditQuery = z.object({ org: orgCode, overdue: flag });
export const departureWithoutAudit = z.object({ workerId: z.number(), name: z.string(), communityCode: z.string(), communityName: z.string(), position: z.enum(AUDITED_POSITIONS), leftOn: isoDate, how: z.enum(['exited', 'position_changed']) });
export type DepartureWithoutAudit = z.infer<typeof departureWithoutAudit>;
export const auditList = z.object({ items: z.array(economicAudit), overdueFindings: z.number(), departuresWithoutAudit: z.array(departureWithoutAudit) });
export type AuditList = z.infer<typeof auditList>;
