// Burden reduction (减负增效, A17.1–A17.3): the matter-access list (事项准入) decides what may be handed to a
// community and in which role; communities may assist but never be the responsible party in enforcement-type
// areas (A17.2); certificates on a no-longer-issued list are refused; secondments by county-level and higher
// bodies are forbidden and a street's needs the county social-work department (A17.3). Pure: the API loads
// the list and asks these functions.
import type { WorkflowDefinition } from './workflow.ts';

export const MATTER_KINDS = ['依法履职', '依法协助', '负面清单'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export const MATTER_KIND_EN: Readonly<Record<MatterKind, string>> = { 依法履职: 'Statutory duty', 依法协助: 'Statutory assistance', 负面清单: 'Negative list' };

/** Areas where a community may only assist (意见: 不得作为行政执法、拆迁拆违、环境整治、城市管理、安全生产的责任主体). */
export const FORBIDDEN_AREAS = ['行政执法', '拆迁拆违', '环境整治', '城市管理', '安全生产'] as const;
export const MATTER_AREAS = [...FORBIDDEN_AREAS, '其他'] as const;
export type MatterArea = (typeof MATTER_AREAS)[number];

export const ASSIGNMENT_ROLES = ['responsible', 'assist'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Readonly<Record<AssignmentRole, string>> = { responsible: '责任主体', assist: '协助' };

export interface ListedMatter {
  id: number;
  kind: MatterKind;
  name: string;
  area: MatterArea;
  ownerCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A list issued by a unit applies to everything below it, between its dates (both included). */
export function matterInForce(m: Pick<ListedMatter, 'ownerCode' | 'effectiveFrom' | 'effectiveTo'>, communityCode: string, today: string): boolean {
  return communityCode.startsWith(m.ownerCode) && m.effectiveFrom <= today && (m.effectiveTo === null || today <= m.effectiveTo);
}

/** Names compare without spaces and full/half-width brackets, so "社区 矫正" and "社区矫正" are one matter. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** The listed matter of that name in force for a community today (the nearest issuing unit wins). */
export function findListedMatter<T extends ListedMatter>(matters: readonly T[], name: string, communityCode: string, today: string): T | null {
  const key = normaliseName(name);
  const hits = matters.filter((m) => normaliseName(m.name) === key && matterInForce(m, communityCode, today));
  hits.sort((a, b) => b.ownerCode.length - a.ownerCode.length);
  return hits[0] ?? null;
}

export type AssignmentVerdict =
  | { ok: true }
  | { ok: false; code: 'unlisted' | 'negative' | 'forbidden_area'; reason: string; reasonEn: string };

/** A17.1/A17.2: may this matter be handed to a community in this role, and if not, what the sender can do. */
export function checkAssignment(input: { matter: ListedMatter | null; name: string; role: AssignmentRole; communityName: string }): AssignmentVerdict {
  const { matter, role } = input;
  if (!matter) {
    return {
      ok: false,
      code: 'unlisted',
      reason: `“${input.name}”不在${input.communityName}现行的社区工作事项准入清单内，未准入事项社区可以拒绝；如确需社区承担，请先通过“申请增加事项”报社会工作部审批`,
      reasonEn: `"${input.name}" is not on the matter-access list in force for this community; unlisted matters may be refused. Ask the social-work department to add it first.`,
    };
  }
  if (matter.kind === '负面清单') {
    return {
      ok: false,
      code: 'negative',
      reason: `“${matter.name}”列入负面清单（不应由社区承担的事项），不能派给社区，请由主管部门自行承担`,
      reasonEn: `"${matter.name}" is on the negative list (matters communities must not carry); the department must carry it itself.`,
    };
  }
  if (role === 'responsible' && (FORBIDDEN_AREAS as readonly string[]).includes(matter.area)) {
    return {
      ok: false,
      code: 'forbidden_area',
      reason: `“${matter.name}”属于${matter.area}领域，社区不得作为责任主体，只能派为“协助”`,
      reasonEn: `"${matter.name}" is in the area ${matter.area}: a community may not be the responsible party, only assist.`,
    };
  }
  return { ok: true };
}

/** The approving level for a department's request to add a matter: the social-work department of its own level. */
export function matterAddWorkflow(requesterScope: string): WorkflowDefinition {
  const level = requesterScope.length === 2 ? 'province' : requesterScope.length === 4 ? 'city' : requesterScope.length === 6 ? 'county' : null;
  if (!level) throw new RangeError(`a matter request comes from a province, city or county department, not scope "${requesterScope}"`);
  const name = { province: '省委社会工作部审批', city: '市委社会工作部审批', county: '县（区）委社会工作部审批' }[level];
  return { key: 'matter_add', name: '申请增加准入事项', steps: [{ key: 'swb', name, role: 'swb_admin', level, dueDays: 15 }], cancellable: true };
}

export const BORROWER_LEVELS = ['province', 'city', 'county', 'street', 'other'] as const;
export type BorrowerLevel = (typeof BORROWER_LEVELS)[number];
export const BORROWER_LEVEL_LABELS: Readonly<Record<BorrowerLevel, string>> = { province: '省级', city: '市级', county: '县级', street: '街道（乡镇）', other: '其他' };

/** A17.3: county-level and higher bodies may not borrow community workers at all. */
export function secondmentForbidden(level: BorrowerLevel): { reason: string; reasonEn: string } | null {
  if (level === 'street' || level === 'other') return null;
  return {
    reason: `${BORROWER_LEVEL_LABELS[level]}机关事业单位不得借调社区工作者（县级以上机关事业单位一律不得借调）`,
    reasonEn: 'County-level and higher bodies may not second community workers.',
  };
}

/** A street's secondment is approved by the county social-work department of the worker's county. */
export const SECONDMENT_WORKFLOW: WorkflowDefinition = {
  key: 'secondment',
  name: '借调社区工作者',
  steps: [{ key: 'county_swb', name: '县（区）委社会工作部审批', role: 'swb_admin', level: 'county', dueDays: 10 }],
  cancellable: true,
};

/** Approved and between its dates; an early return (endedOn) ends it that day. */
export function secondmentActive(s: { status: string; startDate: string; endDate: string; endedOn: string | null }, today: string): boolean {
  return s.status === 'approved' && s.startDate <= today && today <= s.endDate && (s.endedOn === null || today < s.endedOn);
}

/** Certificate names compare without "证明"/"的证明" and spaces: "亲属关系证明" is the item "亲属关系". */
export function certificateKey(name: string): string {
  return normaliseName(name).replace(/(的)?证明$/, '').replace(/^(开具|出具)/, '');
}

/** The first no-longer-issued item matching a certificate a community wants to record. */
export function abolishedCertificate<T extends { name: string }>(name: string, abolished: readonly T[]): T | null {
  const key = certificateKey(name);
  return abolished.find((a) => certificateKey(a.name) === key) ?? null;
}

export const SIGNBOARD_KINDS = ['外挂', '内设'] as const;
export type SignboardKind = (typeof SIGNBOARD_KINDS)[number];
export const PLATFORM_KINDS = ['app', '公众号', '工作群', '报表系统'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** Limits a list owner sets for the communities below it; the nearest owner's setting applies. */
export interface BurdenLimits {
  maxExternalSignboards: number;
  maxCertificates: number;
  maxPlatforms: number;
}
/** Used when no unit on the path has set its own (a province or county sets its figures as data). */
export const DEFAULT_BURDEN_LIMITS: BurdenLimits = { maxExternalSignboards: 2, maxCertificates: 6, maxPlatforms: 8 };

export function limitsFor(settings: readonly (BurdenLimits & { ownerCode: string })[], code: string): BurdenLimits & { ownerCode: string | null } {
  const hit = settings.filter((s) => code.startsWith(s.ownerCode)).sort((a, b) => b.ownerCode.length - a.ownerCode.length)[0];
  return hit ?? { ...DEFAULT_BURDEN_LIMITS, ownerCode: null };
}

/** How many registered apps, accounts and groups a community must serve: each names the units it covers by prefix. */
export function platformsServedBy(platforms: readonly { servedPrefix: string }[], communityCode: string): number {
  return platforms.filter((p) => communityCode.startsWith(p.servedPrefix)).length;
}
