// Work systems (A9.1): grids and their workers, and the work ledgers (工作台账) — home visits (上门走访),
// pairing assistance (结对帮扶), proxy services (代办服务), the first-inquiry register (首问负责) — with counts.
import { z } from 'zod';
import { GRID_ROLES, PAIR_TYPES, PROXY_CATEGORIES, PROXY_STATUSES, VISIT_CATEGORIES } from '@cwp/domain/work-logs';
import { isoDate, INT4_MAX } from './common.contract.ts';
import { msg } from './messages.ts';

const text = (min: number, max: number, zh: string, en: string) => z.string().trim().min(min, { error: msg(zh, en) }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const orgCode = z.string().regex(/^\d{2,12}$/, { error: msg('请选择单位', 'Choose a unit') });
const communityCode = z.string().regex(/^\d{12}$/, { error: msg('网格只能建在社区（村）下', 'A grid belongs to a community (12-digit code)') });
/** A resident's name is optional: many visits are to a door, not a named person. */
const residentName = z.string().trim().max(30).nullable().default(null);

// ── 网格 Grids ──
export const gridInput = z.object({
  communityCode,
  number: text(1, 20, '请填写网格编号', 'Enter the grid number'),
  name: text(2, 50, '请填写网格名称', 'Enter the grid name'),
  households: z.number({ error: msg('请填写户数', 'Enter the number of households') }).int().min(0).max(100000),
  buildings: optionalText(500),
});
export type GridInput = z.output<typeof gridInput>;
export const gridUpdateInput = gridInput.omit({ communityCode: true });

export const gridMember = z.object({ assignmentId: z.number(), workerId: z.number(), name: z.string(), role: z.enum(GRID_ROLES), startedOn: isoDate });
export const grid = z.object({
  id: z.number(),
  communityCode: z.string(),
  communityName: z.string(),
  number: z.string(),
  name: z.string(),
  households: z.number(),
  buildings: z.string(),
  members: z.array(gridMember),
  /** Households divided by the workers now serving the grid (workload); null when nobody serves it. */
  householdsPerWorker: z.number().nullable(),
});
export type Grid = z.infer<typeof grid>;
export const gridList = z.object({
  grids: z.array(grid),
  /** Workers in post under the unit who serve no grid (flagged on the page). */
  unassigned: z.array(z.object({ workerId: z.number(), name: z.string(), communityName: z.string() })),
});
export type GridList = z.infer<typeof gridList>;

export const assignInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  role: z.enum(GRID_ROLES, { error: msg('请选择网格长或网格员', 'Choose grid leader or grid member') }),
  startedOn: isoDate,
});
export const endAssignmentInput = z.object({ endedOn: isoDate });
export const gridAssignment = z.object({
  id: z.number(),
  gridId: z.number(),
  gridName: z.string(),
  workerId: z.number(),
  name: z.string(),
  role: z.enum(GRID_ROLES),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  assignedBy: z.string(),
  endedBy: z.string().nullable(),
});
export type GridAssignment = z.infer<typeof gridAssignment>;

// ── Ledger lists ──
export const ledgerQuery = z.object({
  org: orgCode,
  workerId: z.coerce.number().int().positive().max(INT4_MAX).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type LedgerQuery = z.output<typeof ledgerQuery>;
export const proxyQuery = ledgerQuery.extend({ status: z.enum(PROXY_STATUSES).optional(), overdue: z.enum(['0', '1']).optional() });
const page = <T extends z.ZodType>(item: T) => z.object({ total: z.number(), items: z.array(item) });
const entryBase = { id: z.number(), workerId: z.number(), workerName: z.string(), communityName: z.string(), recordedBy: z.string() };

// ── 上门走访 Home visits ──
export const householdVisitInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  address: text(2, 100, '请填写走访住户的地址或门牌号', 'Enter the address or door number visited'),
  residentName,
  /** Optional; only its masked form is stored. */
  residentPhone: z.string().trim().max(30).nullable().default(null),
  visitedOn: isoDate,
  category: z.enum(VISIT_CATEGORIES, { error: msg('请选择走访事项', 'Choose the matter') }),
  notes: text(2, 1000, '请填写走访情况', 'Describe the visit'),
  followUp: z.boolean().default(false),
  pairId: z.number().int().positive().max(INT4_MAX).nullable().default(null),
});
export type HouseholdVisitInput = z.output<typeof householdVisitInput>;
export const householdVisit = z.object({
  ...entryBase,
  gridName: z.string().nullable(),
  pairId: z.number().nullable(),
  address: z.string(),
  residentName: z.string().nullable(),
  residentPhone: z.string().nullable(),
  visitedOn: isoDate,
  category: z.enum(VISIT_CATEGORIES),
  notes: z.string(),
  followUp: z.boolean(),
});
export type HouseholdVisit = z.infer<typeof householdVisit>;
export const householdVisitPage = page(householdVisit);

// ── 结对帮扶 Pairing assistance ──
export const pairInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  personName: text(1, 30, '请填写帮扶对象姓名', 'Enter the name of the person helped'),
  address: text(2, 100, '请填写帮扶对象住址', 'Enter their address'),
  needType: z.enum(PAIR_TYPES, { error: msg('请选择帮扶类型', 'Choose the kind of need') }),
  startedOn: isoDate,
  notes: optionalText(500),
});
export type PairInput = z.output<typeof pairInput>;
export const endPairInput = z.object({ endedOn: isoDate });
export const assistancePair = z.object({
  ...entryBase,
  personName: z.string(),
  address: z.string(),
  needType: z.enum(PAIR_TYPES),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  notes: z.string(),
  /** Visits in the log linked to this pair. */
  visits: z.number(),
  lastVisitOn: isoDate.nullable(),
});
export type AssistancePair = z.infer<typeof assistancePair>;
export const assistancePairPage = page(assistancePair);

// ── 代办服务 Proxy services ──
export const proxyServiceInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  category: z.enum(PROXY_CATEGORIES, { error: msg('请选择代办事项类别', 'Choose the kind of matter') }),
  matter: text(2, 200, '请填写代办事项', 'Describe the matter'),
  requesterName: residentName,
  requesterAddress: text(2, 100, '请填写申请住户的地址或门牌号', 'Enter the requester’s address or door number'),
  acceptedOn: isoDate,
});
export type ProxyServiceInput = z.output<typeof proxyServiceInput>;
export const proxyStatusInput = z.object({
  status: z.enum(['办理中', '办结', '退回'], { error: msg('请选择办理状态', 'Choose the new status') }),
  /** The completion date for 办结 / 退回; ignored for 办理中. */
  on: isoDate,
  outcome: optionalText(500),
});
export const proxyService = z.object({
  ...entryBase,
  category: z.enum(PROXY_CATEGORIES),
  matter: z.string(),
  requesterName: z.string().nullable(),
  requesterAddress: z.string(),
  acceptedOn: isoDate,
  status: z.enum(PROXY_STATUSES),
  completedOn: isoDate.nullable(),
  outcome: z.string(),
  dueOn: isoDate,
  overdue: z.boolean(),
});
export type ProxyService = z.infer<typeof proxyService>;
export const proxyServicePage = page(proxyService);

// ── 首问负责 First-inquiry register ──
export const firstInquiryInput = z.object({
  workerId: z.number().int().positive().max(INT4_MAX),
  receivedOn: isoDate,
  inquirerName: residentName,
  matter: text(2, 200, '请填写咨询或求助事项', 'Describe the inquiry'),
  resolution: optionalText(500),
  referredTo: optionalText(100),
  /** Closed at once when answered on the spot. */
  closedOn: isoDate.nullable().default(null),
});
export type FirstInquiryInput = z.output<typeof firstInquiryInput>;
export const closeInquiryInput = z
  .object({ closedOn: isoDate, resolution: optionalText(500), referredTo: optionalText(100) })
  .refine((v) => v.resolution !== '' || v.referredTo !== '', { path: ['resolution'], error: msg('请填写办理结果或转交去向', 'Say how it was resolved or to whom it was referred') });
export const firstInquiry = z.object({
  ...entryBase,
  receivedOn: isoDate,
  inquirerName: z.string().nullable(),
  matter: z.string(),
  resolution: z.string(),
  referredTo: z.string(),
  closedOn: isoDate.nullable(),
});
export type FirstInquiry = z.infer<typeof firstInquiry>;
export const firstInquiryPage = page(firstInquiry);
export const inquiryQuery = ledgerQuery.extend({ open: z.enum(['0', '1']).optional() });
/** An export takes the filters of any of the four lists. */
export const ledgerExportQuery = proxyQuery.extend({ open: z.enum(['0', '1']).optional() });

// ── Counts ──
export const countsQuery = z.object({ org: orgCode, from: isoDate, to: isoDate });
export const workLogCounts = z.object({
  visits: z.number(),
  pairsActive: z.number(),
  proxyDone: z.number(),
  proxyOpen: z.number(),
  proxyOverdue: z.number(),
  firstInquiries: z.number(),
});
export type WorkLogCountsDto = z.infer<typeof workLogCounts>;
export const workLogCountsReport = z.object({
  org: z.string(),
  from: isoDate,
  to: isoDate,
  /** The day overdue is judged at: today, or the period's last day for a past period. */
  asOf: isoDate,
  totals: workLogCounts,
  byCommunity: z.array(workLogCounts.extend({ communityCode: z.string(), communityName: z.string() })),
  /** Per worker when the unit is a street or a community (a city's thousands of workers are left out). */
  byWorker: z.array(workLogCounts.extend({ workerId: z.number(), workerName: z.string(), communityName: z.string() })),
});
export type WorkLogCountsReport = z.infer<typeof workLogCountsReport>;

// ── A worker's own phone page ──
export const myWorkLog = z.object({
  workerId: z.number(),
  grid: z.object({ name: z.string(), role: z.enum(GRID_ROLES), households: z.number() }).nullable(),
  pairs: z.array(assistancePair),
  visits: z.array(householdVisit),
  proxyServices: z.array(proxyService),
  firstInquiries: z.array(firstInquiry),
  month: workLogCounts,
});
export type MyWorkLog = z.infer<typeof myWorkLog>;
