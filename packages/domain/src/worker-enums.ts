// Business enumerations of the worker register. The Chinese label is the stored
// value (contracts use these arrays with z.enum); English is display-only.
import { GENDERS, ETHNIC_GROUPS, POLITICAL_STATUSES, EDUCATION_LEVELS, type CodeEntry } from './code-tables.ts';

/** A1.1 — the three kinds of community worker named by the 意见. */
export const WORKER_CATEGORIES = ['社区党组织成员', '居委会专职成员', '社区专职工作人员'] as const;
export type WorkerCategory = (typeof WORKER_CATEGORIES)[number];
export const WORKER_CATEGORY_EN: Readonly<Record<WorkerCategory, string>> = {
  社区党组织成员: 'Community Party organisation member',
  居委会专职成员: "Full-time residents' committee member",
  社区专职工作人员: 'Full-time community staff',
};

/** 三岗: the post class that anchors the grade range (rules.md §3.1). */
export const POST_CLASSES = ['正职', '副职', '其他'] as const;
export type PostClass = (typeof POST_CLASSES)[number];
export const POST_CLASS_EN: Readonly<Record<PostClass, string>> = {
  正职: 'Principal',
  副职: 'Deputy',
  其他: 'Other',
};

/** A worker may hold several positions at once (交叉任职). */
export const POSITIONS = [
  '党组织书记',
  '党组织副书记',
  '党组织委员',
  '居委会主任',
  '居委会副主任',
  '居委会委员',
  '社区服务站站长',
  '社区服务站副站长',
  '网格员',
  '一般工作人员',
] as const;
export type Position = (typeof POSITIONS)[number];
export const POSITION_EN: Readonly<Record<Position, string>> = {
  党组织书记: 'Party secretary',
  党组织副书记: 'Deputy Party secretary',
  党组织委员: 'Party committee member',
  居委会主任: "Residents' committee director",
  居委会副主任: "Residents' committee deputy director",
  居委会委员: "Residents' committee member",
  社区服务站站长: 'Service station head',
  社区服务站副站长: 'Service station deputy head',
  网格员: 'Grid worker',
  一般工作人员: 'General staff',
};

/** 一肩挑: the Party secretary is also the residents' committee director. */
export function isOneShoulder(positions: readonly string[]): boolean {
  return positions.includes('党组织书记') && positions.includes('居委会主任');
}

const PRINCIPAL_POSITIONS: readonly string[] = ['党组织书记', '居委会主任', '社区服务站站长'];
const DEPUTY_POSITIONS: readonly string[] = ['党组织副书记', '居委会副主任', '社区服务站副站长'];

/**
 * Suggested post class; 就高不就低 — a worker holding several posts is classed
 * by the highest one (rules.md §1, 北京 2015). Local schemes differ, so this is
 * only a default the user can override.
 */
export function postClassSuggestion(positions: readonly string[]): PostClass {
  if (positions.some((p) => PRINCIPAL_POSITIONS.includes(p))) return '正职';
  if (positions.some((p) => DEPUTY_POSITIONS.includes(p))) return '副职';
  return '其他';
}

/** A4.1 — national social-work qualification. */
export const SW_QUALIFICATIONS = ['无', '助理社会工作师', '社会工作师', '高级社会工作师'] as const;
export type SwQualification = (typeof SW_QUALIFICATIONS)[number];
export const SW_QUALIFICATION_EN: Readonly<Record<SwQualification, string>> = {
  无: 'None',
  助理社会工作师: 'Assistant social worker',
  社会工作师: 'Social worker',
  高级社会工作师: 'Senior social worker',
};

/** 持证: any qualification other than 无 (the 持证率 indicator, rules.md §8). */
export function hasSwQualification(q: string): boolean {
  return q !== '无' && (SW_QUALIFICATIONS as readonly string[]).includes(q);
}

/** A1.1 — recruitment is organised by the city or the county. */
export const RECRUIT_LEVELS = ['市级', '县级'] as const;
export type RecruitLevel = (typeof RECRUIT_LEVELS)[number];
export const RECRUIT_LEVEL_EN: Readonly<Record<RecruitLevel, string>> = {
  市级: 'City level',
  县级: 'County level',
};

/** A1.1, A1.2, A3.3 — how the worker came in; the last three are structure indicators. */
export const SOURCE_CHANNELS = [
  '统一招聘',
  '选举产生',
  '网格员转聘',
  '选派挂职',
  '高校毕业生',
  '退役军人',
  '社会工作专业人才',
  '其他',
] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];
export const SOURCE_CHANNEL_EN: Readonly<Record<SourceChannel, string>> = {
  统一招聘: 'Open recruitment',
  选举产生: 'Elected',
  网格员转聘: 'Converted from grid worker',
  选派挂职: 'Seconded / assigned',
  高校毕业生: 'College graduate',
  退役军人: 'Veteran',
  社会工作专业人才: 'Social-work professional',
  其他: 'Other',
};

export const WORKER_STATUSES = ['试用', '在岗', '离岗', '已退出'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];
export const WORKER_STATUS_EN: Readonly<Record<WorkerStatus, string>> = {
  试用: 'On probation',
  在岗: 'On duty',
  离岗: 'Off duty',
  已退出: 'Exited',
};

/** Still part of the workforce (counts toward quota and statistics); 离岗 is temporary. */
export const ACTIVE_WORKER_STATUSES = ['试用', '在岗', '离岗'] as const satisfies readonly WorkerStatus[];

export function isActiveStatus(status: string): boolean {
  return (ACTIVE_WORKER_STATUSES as readonly string[]).includes(status);
}

/** A9.3 — exits keep the record; nobody is deleted. */
export const EXIT_TYPES = ['罢免', '解聘', '辞职', '退休', '试用期不合格'] as const;
export type ExitType = (typeof EXIT_TYPES)[number];
export const EXIT_TYPE_EN: Readonly<Record<ExitType, string>> = {
  罢免: 'Recalled',
  解聘: 'Dismissed',
  辞职: 'Resigned',
  退休: 'Retired',
  试用期不合格: 'Failed probation',
};

/** A9.5 — kinds of entries in the append-only archive history. */
export const HISTORY_KINDS = ['registered', 'updated', 'transferred', 'exited', 'status_changed', 'grade_changed', 'special_allowance', 'training', 'assessment', 'error_tolerance', 'vetting', 'career_event', 'probation_screened', 'insurance_updated', 'secretary_filed', 'secretary_filing_returned'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
export const HISTORY_KIND_LABELS: Readonly<Record<HistoryKind, string>> = {
  registered: '登记入库',
  updated: '信息变更',
  transferred: '调动',
  exited: '退出',
  status_changed: '状态变更',
  grade_changed: '岗位等级调整',
  special_allowance: '一线津贴',
  training: '教育培训',
  assessment: '年度考核',
  error_tolerance: '容错纠错',
  vetting: '政治把关',
  career_event: '表彰与发展',
  probation_screened: '试用期考察',
  insurance_updated: '社保公积金',
  secretary_filed: '书记备案确认',
  secretary_filing_returned: '书记备案退回',
};
export const HISTORY_KIND_EN: Readonly<Record<HistoryKind, string>> = {
  registered: 'Registered',
  updated: 'Updated',
  transferred: 'Transferred',
  exited: 'Exited',
  status_changed: 'Status changed',
  grade_changed: 'Grade changed',
  special_allowance: 'Front-line allowance',
  training: 'Training',
  assessment: 'Annual assessment',
  error_tolerance: 'Error tolerance',
  vetting: 'Political vetting',
  career_event: 'Honours and career',
  probation_screened: 'Probation screening',
  insurance_updated: 'Social insurance',
  secretary_filed: 'Secretary filing acknowledged',
  secretary_filing_returned: 'Secretary filing returned',
};

function tableEn(table: readonly CodeEntry[]): Record<string, string> {
  return Object.fromEntries(table.map((e) => [e.label, e.en]));
}

// Identical Chinese labels (其他) carry identical English in every enum, so one
// flat map is unambiguous; a test guards that.
const EN_MAPS: readonly Readonly<Record<string, string>>[] = [
  WORKER_CATEGORY_EN,
  POST_CLASS_EN,
  POSITION_EN,
  SW_QUALIFICATION_EN,
  RECRUIT_LEVEL_EN,
  SOURCE_CHANNEL_EN,
  WORKER_STATUS_EN,
  EXIT_TYPE_EN,
  tableEn(GENDERS),
  tableEn(ETHNIC_GROUPS),
  tableEn(POLITICAL_STATUSES),
  tableEn(EDUCATION_LEVELS),
  Object.fromEntries(HISTORY_KINDS.map((k) => [HISTORY_KIND_LABELS[k], HISTORY_KIND_EN[k]])),
];

/** @internal exported for the consistency test. */
export const EN_LABEL_SOURCES = EN_MAPS;

const EN_LABELS: Readonly<Record<string, string>> = Object.assign({}, ...EN_MAPS);

/**
 * English label of any enum value or code-table label above (also history-kind
 * keys). Falls back to the input, so an unknown value still shows something.
 */
export function enLabel(value: string): string {
  if (Object.hasOwn(EN_LABELS, value)) return EN_LABELS[value]!;
  if ((HISTORY_KINDS as readonly string[]).includes(value)) return HISTORY_KIND_EN[value as HistoryKind];
  return value;
}
