import { z } from 'zod';
import {
  WORKER_CATEGORIES,
  POST_CLASSES,
  POSITIONS,
  SW_QUALIFICATIONS,
  RECRUIT_LEVELS,
  SOURCE_CHANNELS,
  WORKER_STATUSES,
  EXIT_TYPES,
} from '@cwp/domain/worker-enums';
import { ETHNIC_GROUP_LABELS, POLITICAL_STATUS_LABELS, EDUCATION_LEVEL_LABELS } from '@cwp/domain/code-tables';
import { parseIdNumber } from '@cwp/domain/id-number';
import { validatePhone } from '@cwp/domain/phone';
import { AGE_BANDS } from '@cwp/domain/age';
import { isoDate, pageQuery, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

export const ethnicityEnum = z.enum(ETHNIC_GROUP_LABELS, { error: msg('请选择民族', 'Choose an ethnicity') });
export const politicalStatusEnum = z.enum(POLITICAL_STATUS_LABELS, { error: msg('请选择政治面貌', 'Choose a political status') });
export const educationEnum = z.enum(EDUCATION_LEVEL_LABELS, { error: msg('请选择学历', 'Choose an education level') });
export const categoryEnum = z.enum(WORKER_CATEGORIES, { error: msg('请选择人员类别', 'Choose a worker category') });
export const postClassEnum = z.enum(POST_CLASSES, { error: msg('请选择岗位类别', 'Choose a post class') });
export const positionEnum = z.enum(POSITIONS, { error: msg('职务不在可选范围内', 'Unknown position') });
export const swQualificationEnum = z.enum(SW_QUALIFICATIONS, { error: msg('请选择社会工作职业资格', 'Choose a qualification level') });
export const recruitLevelEnum = z.enum(RECRUIT_LEVELS, { error: msg('请选择招聘层级', 'Choose the recruiting level') });
export const sourceChannelEnum = z.enum(SOURCE_CHANNELS, { error: msg('请选择来源渠道', 'Choose a source channel') });
export const workerStatusEnum = z.enum(WORKER_STATUSES);
export const activeStatusEnum = z.enum(['试用', '在岗', '离岗'], { error: msg('请选择在岗状态', 'Choose a status') });
export const exitTypeEnum = z.enum(EXIT_TYPES, { error: msg('请选择退出方式', 'Choose how the worker leaves') });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalDate = isoDate.nullable().optional();

const idNumberField = z
  .string({ error: msg('请填写公民身份号码', 'Enter the ID number') })
  .trim()
  .min(1, { error: msg('请填写公民身份号码', 'Enter the ID number') })
  .superRefine((v, ctx) => {
    const r = parseIdNumber(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: msg(r.message, r.messageEn) });
  });

const phoneField = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return;
    const r = validatePhone(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: msg(r.message, r.messageEn) });
  })
  .nullable()
  .optional();

/** Fields a clerk may set when registering or editing a worker (A1.1). */
const workerFields = {
  name: z
    .string({ error: msg('请填写姓名', 'Enter the name') })
    .trim()
    .min(2, { error: msg('姓名至少 2 个字', 'A name has at least 2 characters') })
    .max(30, { error: msg('姓名不超过 30 个字', 'A name has at most 30 characters') }),
  idNumber: idNumberField,
  ethnicity: ethnicityEnum,
  phone: phoneField,
  politicalStatus: politicalStatusEnum,
  partyJoinDate: optionalDate,
  education: educationEnum,
  fullTimeSchool: optionalText(100),
  fullTimeMajor: optionalText(100),
  inServiceEducation: educationEnum.nullable().optional(),
  inServiceSchool: optionalText(100),
  inServiceMajor: optionalText(100),
  swQualification: swQualificationEnum,
  swCertNo: optionalText(50),
  swCertDate: optionalDate,
  category: categoryEnum,
  postClass: postClassEnum,
  positions: z.array(positionEnum).max(6, { error: msg('职务最多 6 项', 'At most 6 positions') }),
  recruitLevel: recruitLevelEnum.nullable().optional(),
  sourceChannel: sourceChannelEnum,
  formerFundingDept: optionalText(100),
  workStartDate: isoDate,
  communityStartDate: isoDate,
  contractStart: optionalDate,
  contractEnd: optionalDate,
  probationEnd: optionalDate,
  nativePlace: optionalText(100),
  livesInCommunity: z.boolean().nullable().optional(),
};

type Ctx = z.RefinementCtx;
interface CrossFieldValues {
  idNumber?: string;
  /** Known birth date (edits of a stored record); otherwise derived from idNumber. */
  birthDate?: string;
  politicalStatus?: string;
  partyJoinDate?: string | null;
  workStartDate?: string;
  communityStartDate?: string;
  contractStart?: string | null;
  contractEnd?: string | null;
  sourceChannel?: string;
  formerFundingDept?: string | null;
  swQualification?: string;
  swCertNo?: string | null;
  positions?: string[];
  postClass?: string;
}

/** Checks that span fields; shared by create and edit so the form and the API give the same answer. */
export function checkWorkerCrossFields(v: CrossFieldValues, ctx: Ctx): void {
  const parsed = v.idNumber ? parseIdNumber(v.idNumber) : null;
  const birth = parsed?.ok ? parsed.value.birthDate : (v.birthDate ?? null);
  const adultFrom = birth ? `${Number(birth.slice(0, 4)) + 16}${birth.slice(4)}` : null;
  const today = new Date().toISOString().slice(0, 10);
  const add = (path: string, zh: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: msg(zh, en) });

  if (v.politicalStatus && ['中共党员', '中共预备党员'].includes(v.politicalStatus) && v.partyJoinDate === null) {
    add('partyJoinDate', '中共党员须填写入党时间', 'Party members need a party join date');
  }
  if (v.partyJoinDate && adultFrom && v.partyJoinDate < adultFrom) add('partyJoinDate', '入党时间早于 16 周岁，请核对', 'Party join date is before age 16');
  for (const f of ['workStartDate', 'communityStartDate', 'partyJoinDate'] as const) {
    const d = v[f];
    if (d && d > today) add(f, '日期不能晚于今天', 'The date cannot be in the future');
  }
  if (v.workStartDate && adultFrom && v.workStartDate < adultFrom) add('workStartDate', '参加工作时间早于 16 周岁，请核对', 'Work start is before age 16');
  if (v.workStartDate && v.communityStartDate && v.communityStartDate < v.workStartDate) {
    add('communityStartDate', '进入社区工作时间不能早于参加工作时间', 'Community start cannot be before work start');
  }
  if (v.contractStart && v.contractEnd && v.contractEnd <= v.contractStart) add('contractEnd', '合同截止日期应晚于开始日期', 'Contract end must be after its start');
  if (v.sourceChannel === '网格员转聘' && !v.formerFundingDept) {
    add('formerFundingDept', '网格员转聘须填写原经费来源部门（A1.2）', 'Converted grid staff need the former funding department (A1.2)');
  }
  if (v.swQualification && v.swQualification !== '无' && !v.swCertNo) add('swCertNo', '请填写职业资格证书编号', 'Enter the certificate number');
}

export const registerWorkerInput = z
  .object({
    ...workerFields,
    positions: workerFields.positions.default([]),
    streetCode: z.string().regex(/^\d{9}$/, { error: msg('请选择所属街道（9 位代码）', 'Choose the employing street (9 digits)') }),
    communityCode: z.string().regex(/^\d{12}$/, { error: msg('请选择所在社区（12 位代码）', 'Choose the community (12 digits)') }),
    status: activeStatusEnum.optional(),
  })
  .superRefine((v, ctx) => {
    checkWorkerCrossFields(v, ctx);
    if (!v.communityCode.startsWith(v.streetCode)) {
      ctx.addIssue({ code: 'custom', path: ['communityCode'], message: msg('所在社区必须属于所选街道', 'The community must belong to the chosen street') });
    }
  });
export type RegisterWorkerInput = z.input<typeof registerWorkerInput>;

/** Edit: any subset of fields; where and whether the worker works changes only through transfer/exit. */
export const updateWorkerInput = z
  .object(workerFields)
  .partial()
  .extend({ status: activeStatusEnum.optional(), version: z.number().int().positive().max(INT4_MAX).optional() })
  .superRefine((v, ctx) => checkWorkerCrossFields(v, ctx));
export type UpdateWorkerInput = z.input<typeof updateWorkerInput>;

export const transferWorkerInput = z.object({
  toCommunityCode: z.string().regex(/^\d{12}$/, { error: msg('请选择调入社区', 'Choose the destination community') }),
  reason: z.string().trim().min(2, { error: msg('请填写调动原因', 'Give the reason for the transfer') }).max(500),
  effectiveDate: isoDate,
});
export type TransferWorkerInput = z.infer<typeof transferWorkerInput>;

export const exitWorkerInput = z.object({
  exitType: exitTypeEnum,
  reason: z.string().trim().min(2, { error: msg('请填写退出原因', 'Give the reason for leaving') }).max(500),
  exitDate: isoDate,
});
export type ExitWorkerInput = z.infer<typeof exitWorkerInput>;

export const listWorkersQuery = pageQuery.extend({
  org: z.string().regex(/^\d{0,12}$/).optional(),
  q: z.string().trim().max(30).optional(),
  category: categoryEnum.optional(),
  postClass: postClassEnum.optional(),
  status: z.enum([...WORKER_STATUSES, '在职'] as [string, ...string[]]).optional(),
  education: educationEnum.optional(),
  ageBand: z.enum(AGE_BANDS.map((b) => b.key) as [string, ...string[]]).optional(),
  politicalStatus: politicalStatusEnum.optional(),
  swQualification: swQualificationEnum.optional(),
  sort: z.enum(['community', 'name', 'birthDate', 'communityStartDate']).default('community'),
});
/** Roster export: the list filters, plus full personal numbers for roles allowed to see them. */
export const exportWorkersQuery = listWorkersQuery.extend({ full: z.enum(['0', '1']).optional() });
export type ExportWorkersQuery = z.infer<typeof exportWorkersQuery>;

/** Parsed query (defaults applied); `ListWorkersParams` is what a caller may send. */
export type ListWorkersQuery = z.infer<typeof listWorkersQuery>;
export type ListWorkersParams = z.input<typeof listWorkersQuery>;

export const workerListItem = z.object({
  id: z.number(),
  name: z.string(),
  idNumber: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  age: z.number(),
  phone: z.string().nullable(),
  politicalStatus: z.string(),
  education: z.string(),
  swQualification: z.string(),
  category: z.string(),
  postClass: z.string(),
  positions: z.array(z.string()),
  streetCode: z.string(),
  streetName: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  communityStartDate: z.string(),
  status: z.string(),
});
export type WorkerListItem = z.infer<typeof workerListItem>;

export const workerListResponse = z.object({ items: z.array(workerListItem), total: z.number() });

export const workerDetail = workerListItem.extend({
  idNumberRevealed: z.boolean(),
  genderCode: z.string(),
  ethnicity: z.string(),
  ethnicityCode: z.string(),
  politicalStatusCode: z.string(),
  partyJoinDate: z.string().nullable(),
  educationCode: z.string(),
  fullTimeSchool: z.string().nullable(),
  fullTimeMajor: z.string().nullable(),
  inServiceEducation: z.string().nullable(),
  inServiceEducationCode: z.string().nullable(),
  inServiceSchool: z.string().nullable(),
  inServiceMajor: z.string().nullable(),
  swCertNo: z.string().nullable(),
  swCertDate: z.string().nullable(),
  oneShoulder: z.boolean(),
  recruitLevel: z.string().nullable(),
  sourceChannel: z.string(),
  formerFundingDept: z.string().nullable(),
  workStartDate: z.string(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  probationEnd: z.string().nullable(),
  nativePlace: z.string().nullable(),
  livesInCommunity: z.boolean().nullable(),
  exitType: z.string().nullable(),
  exitDate: z.string().nullable(),
  exitReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkerDetail = z.infer<typeof workerDetail>;

export const workerDetailQuery = z.object({ reveal: z.enum(['0', '1']).optional() });

export const historyChange = z.object({ field: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() });
export const workerHistoryEntry = z.object({
  id: z.number(),
  kind: z.string(),
  kindLabel: z.string(),
  occurredOn: z.string(),
  recordedAt: z.string(),
  actorName: z.string(),
  source: z.string(),
  summary: z.string(),
  changes: z.array(historyChange),
});
export type WorkerHistoryEntry = z.infer<typeof workerHistoryEntry>;
export const workerHistoryResponse = z.array(workerHistoryEntry);
