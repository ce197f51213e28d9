// Employment (A9.3 probation screening, A12.2 labour contracts and 五险一金, A9.4 secretary filing, A3.4 officials
// placed in communities): request and response shapes shared by the API and the web forms.
import { z } from 'zod';
import { CONTRACT_KINDS, PLACEMENT_KINDS, SCREENING_RESULTS } from '@cwp/domain/employment';
import { isoDate, yearMonth, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';
import { workflowRequest } from './workflow.contract.ts';

const orgCode = z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') });
const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);

// ── Probation (试用期考察, A9.3) ──
export const probationStandingEnum = z.enum(['running', 'due', 'overdue']);
export const probationQuery = z.object({ org: orgCode, standing: z.enum(['due', 'overdue', 'flagged']).optional() });
export const probationItem = z.object({
  workerId: z.number(),
  workerName: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  communityStartDate: isoDate,
  probationEnd: isoDate,
  /** False when the end date is the default (start + configured months) because none was recorded. */
  endRecorded: z.boolean(),
  daysLeft: z.number(),
  standing: probationStandingEnum,
});
export type ProbationItem = z.infer<typeof probationItem>;
export const probationList = z.object({ items: z.array(probationItem), due: z.number(), overdue: z.number(), months: z.number() });

export const screeningInput = z.object({
  result: z.enum(SCREENING_RESULTS, { error: msg('请选择考察结果', 'Choose the result') }),
  screenedOn: isoDate,
  opinion: text(2, 480, '请填写考察意见', 'Write the screening opinion'),
  /** 不合格: the exit date (defaults to the screening date). */
  exitDate: isoDate.optional(),
});
export type ScreeningInput = z.infer<typeof screeningInput>;
export const screening = z.object({
  id: z.number(),
  workerId: z.number(),
  result: z.enum(SCREENING_RESULTS),
  screenedOn: isoDate,
  probationEnd: isoDate,
  opinion: z.string(),
  recordedBy: z.string(),
});
export type Screening = z.infer<typeof screening>;

// ── Labour contracts and 五险一金 (A12.2) ──
export const contractStandingEnum = z.enum(['not_applicable', 'none', 'upcoming', 'open_ended', 'active', 'expiring', 'expired']);
export type ContractStandingValue = z.infer<typeof contractStandingEnum>;
export const contractInput = z
  .object({
    contractNo: text(1, 60, '请填写合同编号', 'Give the contract number'),
    kind: z.enum(CONTRACT_KINDS, { error: msg('请选择合同类型', 'Choose the kind of contract') }),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    signedOn: isoDate,
    /** The contract this one renews (续签). */
    previousId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
    note: z.string().trim().max(500).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.kind === '无固定期限' && v.endDate !== null) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('无固定期限合同没有截止日期', 'An open-ended contract has no end date') });
    if (v.kind !== '无固定期限' && v.endDate === null) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('请填写合同截止日期', 'Give the end date') });
    if (v.endDate !== null && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('截止日期不能早于开始日期', 'The end date is before the start date') });
  });
export type ContractInput = z.infer<typeof contractInput>;
export const labourContract = z.object({
  id: z.number(),
  workerId: z.number(),
  employerCode: z.string(),
  employerName: z.string(),
  contractNo: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  signedOn: isoDate,
  previousId: z.number().nullable(),
  renewed: z.boolean(),
  note: z.string(),
  recordedBy: z.string(),
});
export type LabourContract = z.infer<typeof labourContract>;

export const insuranceStatus = z.object({
  pension: z.boolean(),
  medical: z.boolean(),
  unemployment: z.boolean(),
  injury: z.boolean(),
  maternity: z.boolean(),
  housingFund: z.boolean(),
});
export const termsInput = insuranceStatus
  .extend({
    applicable: z.boolean(),
    notApplicableReason: z.string().trim().max(200).nullable().default(null),
    baseMonth: yearMonth.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.applicable && !v.notApplicableReason) ctx.addIssue({ code: 'custom', path: ['notApplicableReason'], message: msg('不适用时请写明原因（如公务员、事业编制）', 'Say why it does not apply (civil servant, public-institution post…)') });
  });
export type TermsInput = z.infer<typeof termsInput>;
export const employmentTerms = insuranceStatus.extend({
  applicable: z.boolean(),
  notApplicableReason: z.string().nullable(),
  baseMonth: z.string().nullable(),
  /** False when nothing has been recorded yet (everything shown as 未登记). */
  recorded: z.boolean(),
  updatedBy: z.string().nullable(),
});
export type EmploymentTerms = z.infer<typeof employmentTerms>;

export const contractFilterEnum = z.enum(['expiring', 'expired', 'none', 'not_applicable', 'flagged']);
export const contractListQuery = z.object({
  org: orgCode,
  filter: contractFilterEnum.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const contractListItem = z.object({
  workerId: z.number(),
  workerName: z.string(),
  category: z.string(),
  communityName: z.string(),
  current: labourContract.nullable(),
  standing: contractStandingEnum,
  daysLeft: z.number().nullable(),
  insuredItems: z.number(),
});
export type ContractListItem = z.infer<typeof contractListItem>;
export const contractList = z.object({
  items: z.array(contractListItem),
  total: z.number(),
  counts: z.object({ expiring: z.number(), expired: z.number(), none: z.number(), notApplicable: z.number() }),
  warnDays: z.number(),
});

// ── Secretary filing (书记备案, A9.4) ──
export const filingInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  appointedOn: isoDate,
  documentNo: text(2, 80, '请填写任职文件或选举结果文号', 'Give the appointment document number'),
  note: z.string().trim().max(500).default(''),
});
export type FilingInput = z.infer<typeof filingInput>;
export const secretaryFiling = z.object({
  requestId: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityName: z.string(),
  appointedOn: isoDate,
  documentNo: z.string(),
  note: z.string(),
  request: workflowRequest,
});
export type SecretaryFiling = z.infer<typeof secretaryFiling>;
export const filingQuery = z.object({ org: orgCode, status: z.enum(['pending', 'approved', 'rejected', 'cancelled']).optional() });
export const unfiledSecretary = z.object({ workerId: z.number(), workerName: z.string(), communityCode: z.string(), communityName: z.string(), positions: z.array(z.string()), lastStatus: z.string().nullable() });
export type UnfiledSecretary = z.infer<typeof unfiledSecretary>;

// ── Officials placed in communities (挂职锻炼, A3.4) ──
export const placementStandingEnum = z.enum(['upcoming', 'active', 'ended']);
const placementFields = {
  personName: text(2, 40, '请填写姓名', 'Give the name'),
  sourceUnit: text(2, 100, '请填写派出单位', 'Give the sending unit'),
  kind: z.enum(PLACEMENT_KINDS, { error: msg('请选择类型', 'Choose the kind') }),
  communityCode: z.string().regex(/^\d{12}$/, { error: msg('请选择社区', 'Choose a community') }),
  startDate: isoDate,
  endDate: isoDate,
  tasks: text(2, 1000, '请填写工作任务', 'Describe the tasks'),
};
export const placementInput = z.object(placementFields).superRefine((v, ctx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
});
export type PlacementInput = z.infer<typeof placementInput>;
export const placementUpdate = z.object({ endDate: isoDate, tasks: placementFields.tasks });
export const placement = z.object({ id: z.number(), ...placementFields, communityName: z.string(), standing: placementStandingEnum, recordedBy: z.string() });
export type Placement = z.infer<typeof placement>;
export const placementQuery = z.object({ org: orgCode, standing: placementStandingEnum.optional() });

// ── A worker's employment card ──
export const workerEmployment = z.object({
  probation: z.object({ inProbation: z.boolean(), probationEnd: isoDate.nullable(), standing: probationStandingEnum.nullable(), daysLeft: z.number().nullable(), screening: screening.nullable() }),
  contracts: z.array(labourContract),
  contractStanding: contractStandingEnum,
  terms: employmentTerms,
  isSecretary: z.boolean(),
  filings: z.array(secretaryFiling),
});
export type WorkerEmployment = z.infer<typeof workerEmployment>;
