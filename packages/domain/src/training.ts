// Training tiers, kinds and topics (A5.1, A6.1, A8.1) and the two frequency rules (A8.2, A8.3), judged per
// worker from the role held in each period: a community party secretary or residents' committee director
// is trained at least once every calendar year in a programme organised at county level or above; every
// other worker at least once in each rolling three-year window, any tier and online included.
import { addDaysIso, isoDate } from './dates.ts';

export const TRAINING_TIERS = ['省(市)级以上示范培训', '市级重点培训', '县级骨干培训', '街道全员培训'] as const;
export type TrainingTier = (typeof TRAINING_TIERS)[number];
export const TRAINING_TIER_EN: Readonly<Record<TrainingTier, string>> = {
  '省(市)级以上示范培训': 'Provincial demonstration',
  市级重点培训: 'City key training',
  县级骨干培训: 'County backbone training',
  街道全员培训: 'Street-wide training',
};

export const TRAINING_KINDS = ['初任培训', '在职培训', '专项培训', '实践锻炼'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_EN: Readonly<Record<TrainingKind, string>> = { 初任培训: 'Induction', 在职培训: 'In-service', 专项培训: 'Special topic', 实践锻炼: 'Practical placement' };

export const TRAINING_TOPICS = ['政治理论', '政策法规', '群众工作', '组织动员', '依法办事', '矛盾调解', '应急处突', '协调沟通', '信息技术应用', '廉政'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];
export const TRAINING_TOPIC_EN: Readonly<Record<TrainingTopic, string>> = {
  政治理论: 'Political theory',
  政策法规: 'Policy and law',
  群众工作: 'Working with residents',
  组织动员: 'Organising and mobilising',
  依法办事: 'Acting by law',
  矛盾调解: 'Mediation',
  应急处突: 'Emergency response',
  协调沟通: 'Coordination and communication',
  信息技术应用: 'Information technology',
  廉政: 'Integrity',
};

export const TRAINING_MODES = ['线下', '线上'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

/** Positions the yearly rule applies to (A8.2). */
export const KEY_POSITIONS = ['党组织书记', '居委会主任'] as const;
export const holdsKeyPosition = (positions: readonly string[]) => positions.some((p) => (KEY_POSITIONS as readonly string[]).includes(p));

/** A programme counts for A8.2 when a county or a higher level organises it (division code of ≤ 6 digits). */
export const countyOrAbove = (organiserCode: string) => organiserCode.length <= 6;

export interface TrainingPolicy {
  /** Obligations start here: records before the system was in use cannot be judged. */
  trackingFrom: string;
  /** "Due soon" when the deadline is this close. */
  dueSoonDays: number;
  /** Someone appointed secretary or director in the last days of a year is first due the next year. */
  keyRoleGraceDays: number;
  otherWindowYears: number;
}
export const DEFAULT_TRAINING_POLICY: TrainingPolicy = { trackingFrom: '2024-01-01', dueSoonDays: 90, keyRoleGraceDays: 92, otherWindowYears: 3 };

/** A stretch of time in which the worker did or did not hold a key position; `to` null = still. */
export interface RoleSpan {
  from: string;
  to: string | null;
  key: boolean;
}

export interface PositionChange {
  on: string;
  before: readonly string[];
  after: readonly string[];
}

/**
 * The worker's key-role spans from the start of community work to now, rebuilt backwards from the current
 * positions through the recorded position changes (oldest change first or not; they are sorted here).
 * `isKey` says which positions count (by default the two the yearly training rule names).
 */
export function roleSpans(start: string, current: readonly string[], changes: readonly PositionChange[], isKey: (positions: readonly string[]) => boolean = holdsKeyPosition): RoleSpan[] {
  const sorted = [...changes].filter((c) => c.on >= start).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const spans: RoleSpan[] = [];
  let to: string | null = null;
  let positions = current;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const c = sorted[i]!;
    spans.unshift({ from: c.on, to, key: isKey(positions) });
    to = addDaysIso(c.on, -1);
    positions = c.before;
  }
  spans.unshift({ from: start, to, key: isKey(positions) });
  // Adjacent spans with the same role are one span.
  const merged: RoleSpan[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && last.key === s.key) last.to = s.to;
    else if (!(s.to !== null && s.to < s.from)) merged.push({ ...s });
  }
  return merged;
}

function spanOn(spans: readonly RoleSpan[], date: string): RoleSpan | undefined {
  return spans.find((s) => s.from <= date && (s.to === null || date <= s.to));
}

export interface CompletedTraining {
  /** The day the training was completed (the programme's end date). */
  on: string;
  countyOrAbove: boolean;
}

export type ComplianceStatus = 'ok' | 'due' | 'overdue';

export interface ComplianceResult {
  rule: 'A8.2' | 'A8.3';
  status: ComplianceStatus;
  lastTrainedOn: string | null;
  dueBy: string;
  /** Chinese, how the status was reached. */
  explanation: string[];
}

const yearEnd = (y: number) => isoDate(y, 12, 31);
const daysUntil = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function addYears(d: string, years: number): string {
  const y = Number(d.slice(0, 4)) + years;
  const md = d.slice(5);
  // 29 February becomes 28 February in a common year.
  return md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-02-28` : `${y}-${md}`;
}

/**
 * The yearly obligation of year y applies when the worker holds a key position at its end (or today, for the
 * current year) in a span that began early enough in the year, and the year is tracked.
 */
function keyYearApplies(spans: readonly RoleSpan[], y: number, today: string, p: TrainingPolicy): boolean {
  if (yearEnd(y) < p.trackingFrom) return false;
  const at = yearEnd(y) < today ? yearEnd(y) : today;
  const span = spanOn(spans, at);
  if (!span?.key) return false;
  // The key role continues from an earlier span only if it began before the grace cut-off of y.
  return span.from <= addDaysIso(yearEnd(y), -p.keyRoleGraceDays);
}

export function trainingCompliance(input: {
  today: string;
  communityStartDate: string;
  spans: readonly RoleSpan[];
  trainings: readonly CompletedTraining[];
  policy?: TrainingPolicy;
}): ComplianceResult {
  const p = input.policy ?? DEFAULT_TRAINING_POLICY;
  const { today } = input;
  const done = input.trainings.filter((t) => t.on <= today).sort((a, b) => (a.on < b.on ? -1 : 1));
  const y = Number(today.slice(0, 4));
  const current = spanOn(input.spans, today);

  if (current?.key) {
    const qualifying = done.filter((t) => t.countyOrAbove);
    const last = qualifying.at(-1)?.on ?? null;
    const inYear = (year: number) => qualifying.some((t) => t.on.startsWith(`${year}-`));
    const lines = [`现任社区党组织书记或居委会主任：每年至少参加 1 次县级及以上组织的培训（A8.2）`, last ? `最近一次县级及以上培训：${last}` : '尚无县级及以上培训记录'];
    if (inYear(y)) return { rule: 'A8.2', status: 'ok', lastTrainedOn: last, dueBy: yearEnd(y + 1), explanation: [...lines, `${y} 年已完成，下次应于 ${yearEnd(y + 1)} 前完成`] };
    if (keyYearApplies(input.spans, y - 1, today, p) && !inYear(y - 1)) {
      return { rule: 'A8.2', status: 'overdue', lastTrainedOn: last, dueBy: yearEnd(y - 1), explanation: [...lines, `${y - 1} 年任职期间未参加县级及以上培训，${y} 年也尚未补训：已逾期`] };
    }
    if (!keyYearApplies(input.spans, y, today, p)) {
      return { rule: 'A8.2', status: 'ok', lastTrainedOn: last, dueBy: yearEnd(y + 1), explanation: [...lines, `${current.from} 起任职，在 ${y} 年最后 ${p.keyRoleGraceDays} 天内，首次应于 ${yearEnd(y + 1)} 前完成`] };
    }
    const left = daysUntil(today, yearEnd(y));
    return {
      rule: 'A8.2',
      status: left <= p.dueSoonDays ? 'due' : 'ok',
      lastTrainedOn: last,
      dueBy: yearEnd(y),
      explanation: [...lines, `${y} 年尚未完成，应于 ${yearEnd(y)} 前完成（还剩 ${left} 天${left <= p.dueSoonDays ? '，即将到期' : ''}）`],
    };
  }

  const last = done.at(-1)?.on ?? null;
  const windowStart = [p.trackingFrom, input.communityStartDate].sort().at(-1)!;
  const base = last && last >= windowStart ? last : windowStart;
  const dueBy = addDaysIso(addYears(base, p.otherWindowYears), -1);
  const left = daysUntil(today, dueBy);
  const status: ComplianceStatus = left < 0 ? 'overdue' : left <= p.dueSoonDays ? 'due' : 'ok';
  return {
    rule: 'A8.3',
    status,
    lastTrainedOn: last,
    dueBy,
    explanation: [
      `其他社区工作者：每 ${p.otherWindowYears} 年至少参加 1 次轮训（A8.3），各级培训和线上学习均计入`,
      last && last >= windowStart ? `最近一次培训：${last}` : `自 ${windowStart} 起尚无培训记录（${windowStart === p.trackingFrom ? '系统开始记录培训的日期' : '进入社区工作的日期'}）`,
      status === 'overdue' ? `应于 ${dueBy} 前完成，已逾期 ${-left} 天` : `应于 ${dueBy} 前完成（还剩 ${left} 天${status === 'due' ? '，即将到期' : ''}）`,
    ],
  };
}

const TIER_MAX_CODE_LENGTH: Readonly<Record<TrainingTier, number>> = { '省(市)级以上示范培训': 2, 市级重点培训: 4, 县级骨干培训: 6, 街道全员培训: 9 };

/** A programme's tier cannot be above its organiser: a street cannot run 县级骨干培训 (A8.1). */
export function tierFitsOrganiser(tier: TrainingTier, organiserCode: string): boolean {
  return organiserCode.length <= TIER_MAX_CODE_LENGTH[tier];
}

/**
 * 全岗通 (A6.2): the front-desk services of a community's 党群服务中心 one worker should be able to handle.
 * The default list follows the services communities commonly handle at one window; a worker certified
 * for all of them is 全岗通.
 */
export const FRONT_DESK_POSTS = ['党群服务', '社会救助', '养老服务', '就业创业', '社会保险', '医疗保障', '退役军人服务', '残疾人服务', '妇女儿童', '综治调解'] as const;
export type FrontDeskPost = (typeof FRONT_DESK_POSTS)[number];

export function postCoverage(certified: readonly string[]): { certified: number; total: number; full: boolean; missing: FrontDeskPost[] } {
  const missing = FRONT_DESK_POSTS.filter((p) => !certified.includes(p));
  return { certified: FRONT_DESK_POSTS.length - missing.length, total: FRONT_DESK_POSTS.length, full: missing.length === 0, missing };
}
