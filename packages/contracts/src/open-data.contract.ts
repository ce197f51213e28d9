// Open data API (A17.4 一次采集、多方利用): other systems read the registry through keys instead of asking
// communities to fill the same forms again. A key carries a scope (division-code prefix) and a field set
// chosen from this fixed catalogue; full 公民身份号码 and phone numbers are never offered.
import { z } from 'zod';
import { divisionCodeParam, isoDate } from './common.contract.ts';
import { msg } from './messages.ts';

/** Fields a consuming system may be granted; `id` and `communityCode` are always returned. */
export const OPEN_FIELDS = [
  'name',
  'gender',
  'birthYear',
  'ethnicity',
  'community',
  'category',
  'positions',
  'postClass',
  'grade',
  'education',
  'inServiceEducation',
  'politicalStatus',
  'swQualification',
  'sourceChannel',
  'status',
  'exit',
  'workStartDate',
  'communityStartDate',
  'contract',
  'idNumberMasked',
  'phoneMasked',
] as const;
export type OpenField = (typeof OPEN_FIELDS)[number];

export const OPEN_FIELD_LABELS: Record<OpenField, { zh: string; en: string }> = {
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  birthYear: { zh: '出生年份', en: 'Birth year' },
  ethnicity: { zh: '民族', en: 'Ethnicity' },
  community: { zh: '所在社区与街道名称', en: 'Community and street names' },
  category: { zh: '人员类别', en: 'Category' },
  positions: { zh: '职务', en: 'Positions' },
  postClass: { zh: '岗位类别', en: 'Post class' },
  grade: { zh: '岗位等级', en: 'Grade' },
  education: { zh: '全日制学历', en: 'Full-time education' },
  inServiceEducation: { zh: '在职学历', en: 'In-service education' },
  politicalStatus: { zh: '政治面貌', en: 'Political status' },
  swQualification: { zh: '社会工作职业资格', en: 'Social-work qualification' },
  sourceChannel: { zh: '来源渠道', en: 'Source channel' },
  status: { zh: '在岗状态', en: 'Status' },
  exit: { zh: '退出方式与日期', en: 'Exit type and date' },
  workStartDate: { zh: '参加工作时间', en: 'Work start date' },
  communityStartDate: { zh: '进入社区工作时间', en: 'Community start date' },
  contract: { zh: '合同起止日期', en: 'Contract dates' },
  idNumberMasked: { zh: '身份证号（脱敏）', en: 'ID number (masked)' },
  phoneMasked: { zh: '联系电话（脱敏）', en: 'Phone (masked)' },
};

export const apiKeyItem = z.object({
  id: z.number(),
  name: z.string(),
  contact: z.string(),
  scopeCode: z.string(),
  scopeName: z.string(),
  fields: z.array(z.enum(OPEN_FIELDS)),
  /** The first characters of the secret, enough to tell keys apart in logs; never the secret. */
  hint: z.string(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
  lastUsedAt: z.string().nullable(),
  calls: z.number(),
});
export type ApiKeyItem = z.infer<typeof apiKeyItem>;

export const createApiKeyInput = z.object({
  name: z.string().trim().min(2, { error: msg('请填写调用系统名称', 'Enter the name of the consuming system') }).max(60),
  contact: z.string().trim().min(2, { error: msg('请填写联系人及联系方式', 'Enter a contact') }).max(100),
  scopeCode: divisionCodeParam,
  fields: z.array(z.enum(OPEN_FIELDS)).min(1, { error: msg('至少选择一个字段', 'Choose at least one field') }),
  expiresOn: isoDate.nullable().optional(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

/** The only response that carries the secret: shown once, stored only as a hash. */
export const createdApiKey = z.object({ key: apiKeyItem, secret: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKey>;

export const apiCallItem = z.object({
  id: z.number(),
  at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number(),
  rows: z.number(),
  ip: z.string().nullable(),
  durationMs: z.number(),
});
export type ApiCallItem = z.infer<typeof apiCallItem>;

export const apiCallsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const apiCallList = z.object({ items: z.array(apiCallItem), total: z.number() });

// ---- /open/v1 (called by other systems with `Authorization: Bearer cwp_…`) ----

export const openWorker = z
  .object({
    id: z.number(),
    communityCode: z.string(),
    name: z.string(),
    gender: z.string(),
    birthYear: z.number(),
    ethnicity: z.string(),
    communityName: z.string(),
    streetCode: z.string(),
    streetName: z.string(),
    category: z.string(),
    positions: z.array(z.string()),
    postClass: z.string(),
    grade: z.number().nullable(),
    education: z.string(),
    inServiceEducation: z.string().nullable(),
    politicalStatus: z.string(),
    swQualification: z.string(),
    sourceChannel: z.string(),
    status: z.string(),
    exitType: z.string().nullable(),
    exitDate: z.string().nullable(),
    workStartDate: z.string(),
    communityStartDate: z.string(),
    contractStart: z.string().nullable(),
    contractEnd: z.string().nullable(),
    idNumberMasked: z.string(),
    phoneMasked: z.string().nullable(),
  })
  .partial()
  .required({ id: true, communityCode: true });
export type OpenWorker = z.infer<typeof openWorker>;

const cursorText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: msg('游标无效', 'Invalid cursor') });

export const openWorkersQuery = z.object({
  org: divisionCodeParam.optional(),
  status: z.string().trim().max(10).optional(),
  cursor: cursorText.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const openWorkerPage = z.object({ items: z.array(openWorker), nextCursor: z.string().nullable() });

export const openChangesQuery = z.object({
  cursor: cursorText.optional(),
  /** Where a first call starts when it has no cursor; omitted = from the beginning. */
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const openFieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const openChange = z.object({
  id: z.number(),
  workerId: z.number(),
  kind: z.string(),
  occurredOn: z.string(),
  recordedAt: z.string(),
  /** The worker's community now; null when they have moved out of the key's scope (this row is their leaving). */
  communityCode: z.string().nullable(),
  inScope: z.boolean(),
  changes: z.array(openFieldChange),
});
export type OpenChange = z.infer<typeof openChange>;

export const openChangePage = z.object({
  items: z.array(openChange),
  /** Pass back as `cursor`; always present, so a consumer can poll with it even when nothing was new. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
