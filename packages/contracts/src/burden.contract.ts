// Burden reduction (减负增效, A17.1–A17.3): matter-access list, assignments, certificates and signboards,
// secondments and the apps/groups registry. `assignInput` and `secondmentInput` are relied on by scripts.
import { z } from 'zod';
import { ASSIGNMENT_ROLES, BORROWER_LEVELS, MATTER_AREAS, MATTER_KINDS, PLATFORM_KINDS, SIGNBOARD_KINDS } from '@cwp/domain/burden';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';
import { workflowRequest } from './workflow.contract.ts';

const code = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { error: msg('区划代码应为 2、4、6、9 或 12 位数字', 'A division code has 2, 4, 6, 9 or 12 digits') });
const ownerCode = z.union([z.literal(''), code]);
const community = z.string().regex(/^\d{12}$/, { error: msg('请选择社区', 'Choose a community') });
const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);
const datesInOrder = (v: { effectiveFrom?: string; effectiveTo?: string | null; startDate?: string; endDate?: string }, ctx: z.RefinementCtx) => {
  if (v.effectiveFrom && v.effectiveTo && v.effectiveTo < v.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: msg('失效日期不能早于生效日期', 'The end date is before the start date') });
  if (v.startDate && v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: msg('结束日期不能早于开始日期', 'The end date is before the start date') });
};

export const orgQuery = z.object({ org: code });

const matterFields = z.object({
  kind: z.enum(MATTER_KINDS, { error: msg('请选择事项类别', 'Choose the kind of matter') }),
  name: text(2, 100, '请填写事项名称', 'Give the name of the matter'),
  area: z.enum(MATTER_AREAS).default('其他'),
  legalBasis: text(2, 500, '请填写法律法规或政策依据', 'Give the legal basis'),
  requestingDept: text(2, 100, '请填写申请部门', 'Give the requesting department'),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().default(null),
});

export const matterInput = matterFields
  .extend({
    approvingBody: text(2, 100, '请填写审批机关', 'Give the approving body'),
    ownerCode,
    reason: text(2, 500, '请填写调整原因', 'Give the reason for the change'),
  })
  .superRefine(datesInOrder);
export type MatterInput = z.infer<typeof matterInput>;
export const matterUpdateInput = matterFields
  .extend({ approvingBody: text(2, 100, '请填写审批机关', 'Give the approving body'), reason: text(2, 500, '请填写调整原因', 'Give the reason for the change'), version: z.number().int().positive().max(INT4_MAX) })
  .superRefine(datesInOrder);
export type MatterUpdateInput = z.infer<typeof matterUpdateInput>;

export const matter = z.object({
  id: z.number(),
  kind: z.enum(MATTER_KINDS),
  name: z.string(),
  area: z.enum(MATTER_AREAS),
  legalBasis: z.string(),
  requestingDept: z.string(),
  approvingBody: z.string(),
  ownerCode: z.string(),
  ownerName: z.string(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  inForce: z.boolean(),
  version: z.number(),
  /** Whether the caller may edit it (burden:manage and the owner inside their scope). */
  editable: z.boolean(),
});
export type Matter = z.infer<typeof matter>;
export const matterQuery = z.object({ org: code.optional(), kind: z.enum(MATTER_KINDS).optional(), q: z.string().trim().max(50).optional(), all: z.enum(['0', '1']).optional() });

export const matterVersion = z.object({ version: z.number(), snapshot: z.record(z.string(), z.unknown()), changedByName: z.string(), reason: z.string(), requestId: z.number().nullable(), createdAt: z.string() });

export const matterRequestInput = matterFields.extend({ reason: text(2, 500, '请说明需要社区承担的理由', 'Say why communities must take this on') }).superRefine(datesInOrder);
export type MatterRequestInput = z.infer<typeof matterRequestInput>;
export const matterRequest = z.object({
  requestId: z.number(),
  kind: z.enum(MATTER_KINDS),
  name: z.string(),
  area: z.enum(MATTER_AREAS),
  requestingDept: z.string(),
  ownerCode: z.string(),
  matterId: z.number().nullable(),
  request: workflowRequest,
});
export type MatterRequest = z.infer<typeof matterRequest>;

/** POST /api/matters/assign — exactly this shape; scripts rely on it. */
export const assignInput = z
  .object({
    matterId: z.number().int().positive().max(INT4_MAX).optional(),
    matterName: z.string().trim().min(1).max(100).optional(),
    communityCode: community,
    role: z.enum(ASSIGNMENT_ROLES, { error: msg('请选择社区承担的角色', 'Choose the community’s role') }),
    note: z.string().trim().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.matterId === undefined && !v.matterName) ctx.addIssue({ code: 'custom', path: ['matterName'], message: msg('请选择或填写事项', 'Choose or type the matter') });
  });
export type AssignInput = z.infer<typeof assignInput>;

export const assignment = z.object({
  id: z.number(),
  matterId: z.number(),
  matterName: z.string(),
  matterKind: z.enum(MATTER_KINDS),
  area: z.enum(MATTER_AREAS),
  communityCode: z.string(),
  communityName: z.string(),
  role: z.enum(ASSIGNMENT_ROLES),
  assignedByName: z.string(),
  unitName: z.string(),
  assignedOn: isoDate,
  note: z.string(),
});
export type Assignment = z.infer<typeof assignment>;

export const communityBurden = z.object({
  code: z.string(),
  name: z.string(),
  assignments: z.number(),
  responsible: z.number(),
  assist: z.number(),
  signboards: z.number(),
  externalSignboards: z.number(),
  unapprovedSignboards: z.number(),
  certificates: z.number(),
  platforms: z.number(),
  limits: z.object({ maxExternalSignboards: z.number(), maxCertificates: z.number(), maxPlatforms: z.number(), ownerCode: z.string().nullable() }),
  /** Words for what is over a limit (外挂牌子超过 2 块…). */
  flags: z.array(z.string()),
});
export type CommunityBurden = z.infer<typeof communityBurden>;

export const signboardInput = z.object({
  communityCode: community,
  name: text(2, 100, '请填写牌子名称', 'Give the name on the signboard'),
  issuingDept: text(2, 100, '请填写挂牌部门', 'Give the issuing department'),
  kind: z.enum(SIGNBOARD_KINDS),
  approved: z.boolean(),
});
export const signboard = signboardInput.extend({ id: z.number(), communityName: z.string(), recordedByName: z.string() });
export type Signboard = z.infer<typeof signboard>;

export const certificateInput = z.object({
  communityCode: community,
  name: text(2, 100, '请填写证明事项名称', 'Give the certificate'),
  basis: text(2, 500, '请填写出具依据', 'Give the basis for issuing it'),
});
export const certificate = certificateInput.extend({ id: z.number(), communityName: z.string(), recordedByName: z.string() });
export type Certificate = z.infer<typeof certificate>;
export const abolishedCertificate = z.object({ id: z.number(), listName: z.string(), ownerCode: z.string(), name: z.string(), source: z.string() });
export type AbolishedCertificate = z.infer<typeof abolishedCertificate>;
export const communityQuery = z.object({ community });

/** POST /api/secondments — exactly this shape; scripts rely on it. */
export const secondmentInput = z
  .object({
    workerId: z.number().int().positive().max(INT4_MAX),
    borrowingOrg: z.object({ name: text(2, 100, '请填写借调单位', 'Give the borrowing body'), level: z.enum(BORROWER_LEVELS, { error: msg('请选择借调单位层级', 'Choose the level of the borrowing body') }) }),
    startDate: isoDate,
    endDate: isoDate,
    reason: text(2, 500, '请填写借调事由', 'Give the reason'),
  })
  .superRefine(datesInOrder);
export type SecondmentInput = z.infer<typeof secondmentInput>;
export const secondment = z.object({
  requestId: z.number(),
  workerId: z.number(),
  workerName: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  borrowingOrg: z.object({ name: z.string(), level: z.enum(BORROWER_LEVELS) }),
  startDate: isoDate,
  endDate: isoDate,
  reason: z.string(),
  endedOn: isoDate.nullable(),
  active: z.boolean(),
  request: workflowRequest,
});
export type Secondment = z.infer<typeof secondment>;
export const endSecondmentInput = z.object({ endedOn: isoDate });

export const platformInput = z.object({
  kind: z.enum(PLATFORM_KINDS),
  name: text(2, 100, '请填写名称', 'Give the name'),
  ownerDept: text(2, 100, '请填写主管部门', 'Give the owning department'),
  purpose: text(2, 500, '请填写用途', 'Give the purpose'),
  servedPrefix: code,
});
export const platform = platformInput.extend({ id: z.number(), servedName: z.string(), communities: z.number(), recordedByName: z.string() });
export type Platform = z.infer<typeof platform>;

export const limitsInput = z.object({
  maxExternalSignboards: z.number().int().min(0).max(100),
  maxCertificates: z.number().int().min(0).max(200),
  maxPlatforms: z.number().int().min(0).max(200),
});
export const limits = limitsInput.extend({ ownerCode: z.string().nullable(), ownerName: z.string() });
export type Limits = z.infer<typeof limits>;
