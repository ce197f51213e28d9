// Supervision (监督管理, A11): 谈心谈话 and the early-warning list built from it and from conduct notes
// (A11.1); 三务公开 — party, residence and finance affairs disclosed at least once a quarter, checked by the
// street (A11.2, 《村务公开条例》 practice applied to residents' committees); economic responsibility audits
// of community party secretaries and committee directors, with rectification deadlines and the rule that
// nobody leaves such a post without a 离任 audit (A11.3).
import { addDaysIso } from './dates.ts';

export const TALK_KINDS = ['日常', '提醒', '诫勉', '任前', '离任', '关怀'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];
export const TALK_KIND_EN: Readonly<Record<TalkKind, string>> = { 日常: 'Routine', 提醒: 'Reminder', 诫勉: 'Admonition', 任前: 'Pre-appointment', 离任: 'Leaving office', 关怀: 'Care' };
/** Talks that mean something went wrong; one in the last 12 months puts a worker on the warning list. */
export const WARNING_TALK_KINDS: readonly TalkKind[] = ['提醒', '诫勉'];
export const WARNING_LOOKBACK_DAYS = 365;

export type WarningReasonKind = 'warning_talk' | 'conduct' | 'overdue_follow_up';
export interface WarningReason {
  kind: WarningReasonKind;
  on: string;
  text: string;
  textEn: string;
}
export interface TalkFact {
  workerId: number;
  talkedOn: string;
  kind: TalkKind;
  nextTalkOn: string | null;
}
export interface ConductFact {
  workerId: number;
  occurredOn: string;
  kind: string;
  resolved: boolean;
}

/**
 * Early warnings per worker (A11.1): a 提醒/诫勉 talk within the last 12 months; a conduct note still open,
 * or recorded within 12 months; a follow-up talk whose date has passed with no later talk held.
 * Reasons are sorted newest first; workers without any reason are absent.
 */
export function earlyWarnings(input: { talks: readonly TalkFact[]; conduct: readonly ConductFact[]; today: string }): Map<number, WarningReason[]> {
  const since = addDaysIso(input.today, -WARNING_LOOKBACK_DAYS);
  const out = new Map<number, WarningReason[]>();
  const add = (workerId: number, r: WarningReason) => out.set(workerId, [...(out.get(workerId) ?? []), r]);
  const lastTalk = new Map<number, string>();
  for (const t of input.talks) if ((lastTalk.get(t.workerId) ?? '') < t.talkedOn) lastTalk.set(t.workerId, t.talkedOn);

  for (const t of input.talks) {
    if (WARNING_TALK_KINDS.includes(t.kind) && t.talkedOn >= since && t.talkedOn <= input.today) {
      add(t.workerId, { kind: 'warning_talk', on: t.talkedOn, text: `${t.talkedOn} 受到${t.kind}谈话`, textEn: `${TALK_KIND_EN[t.kind]} talk on ${t.talkedOn}` });
    }
    // Only the newest talk's follow-up date counts: a later talk is the follow-up.
    if (t.nextTalkOn && t.nextTalkOn < input.today && lastTalk.get(t.workerId) === t.talkedOn) {
      add(t.workerId, { kind: 'overdue_follow_up', on: t.nextTalkOn, text: `约定 ${t.nextTalkOn} 回访谈话，逾期未谈`, textEn: `Follow-up talk due ${t.nextTalkOn} not held` });
    }
  }
  for (const c of input.conduct) {
    if (!c.resolved || c.occurredOn >= since) {
      add(c.workerId, {
        kind: 'conduct',
        on: c.occurredOn,
        text: `${c.occurredOn} 作风问题记录（${c.kind}）${c.resolved ? '' : '，尚未整改'}`,
        textEn: `Conduct note on ${c.occurredOn} (${c.kind})${c.resolved ? '' : ', not yet resolved'}`,
      });
    }
  }
  for (const reasons of out.values()) reasons.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  return out;
}

// ── 三务公开 A11.2 ──
export const DISCLOSURE_KINDS = ['党务', '居务', '财务'] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];
export const DISCLOSURE_KIND_EN: Readonly<Record<DisclosureKind, string>> = { 党务: 'Party affairs', 居务: 'Residence affairs', 财务: 'Finance' };
export const DISCLOSURE_CHANNELS = ['公开栏', '线上'] as const;
export const CHECK_RESULTS = ['合格', '需整改'] as const;
/** Each kind must be disclosed at least once per quarter. */
export const QUARTERLY_KINDS: readonly DisclosureKind[] = DISCLOSURE_KINDS;

/** '2026-Q3' for any date in July–September 2026. */
export function quarterOf(isoDate: string): string {
  return `${isoDate.slice(0, 4)}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The last day of a quarter '2026-Q3' → '2026-09-30'. */
export function quarterEnd(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return addDaysIso(`${q === 4 ? y + 1 : y}-${String(q === 4 ? 1 : q * 3 + 1).padStart(2, '0')}-01`, -1);
}

/** The quarters of a year already over on `today` (a quarter in progress is not yet missing anything). */
export function endedQuarters(year: number, today: string): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`).filter((q) => quarterEnd(q) < today);
}

export interface MissingDisclosure {
  communityCode: string;
  quarter: string;
  kind: DisclosureKind;
}

/** Every (community, ended quarter, kind) with no disclosure recorded for that period. */
export function missingDisclosures(input: { communityCodes: readonly string[]; disclosures: readonly { communityCode: string; kind: string; period: string }[]; quarters: readonly string[] }): MissingDisclosure[] {
  const have = new Set(input.disclosures.map((d) => `${d.communityCode}|${d.period}|${d.kind}`));
  const out: MissingDisclosure[] = [];
  for (const communityCode of input.communityCodes)
    for (const quarter of input.quarters) for (const kind of QUARTERLY_KINDS) if (!have.has(`${communityCode}|${quarter}|${kind}`)) out.push({ communityCode, quarter, kind });
  return out;
}

// ── 经济责任审计 A11.3 ──
export const AUDITED_POSITIONS = ['党组织书记', '居委会主任'] as const;
export type AuditedPosition = (typeof AUDITED_POSITIONS)[number];
export const AUDIT_KINDS = ['任中', '离任'] as const;
export const FINDING_CATEGORIES = ['财务收支', '资产资源', '工程项目', '惠民资金', '内部控制', '其他'] as const;
export const RECTIFICATION_STATUSES = ['整改中', '已整改'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** A finding still being rectified after its deadline. */
export function rectificationOverdue(f: { status: RectificationStatus; rectifyBy: string }, today: string): boolean {
  return f.status === '整改中' && f.rectifyBy < today;
}

/**
 * An exit audit covers a departure when its period runs to within a quarter of the leaving date: audit
 * bodies usually cut the period at the last month- or quarter-end before the person leaves.
 */
export const EXIT_AUDIT_SLACK_DAYS = 92;

export interface Departure {
  workerId: number;
  position: AuditedPosition;
  leftOn: string;
}

/** Audited positions held before a change and not after it. */
export function positionsEnded(before: readonly string[], after: readonly string[]): AuditedPosition[] {
  return AUDITED_POSITIONS.filter((p) => before.includes(p) && !after.includes(p));
}

/** Departures from an audited post not covered by any 离任 audit of the same person. */
export function departuresWithoutExitAudit<D extends Departure>(departures: readonly D[], audits: readonly { workerId: number; kind: string; periodTo: string }[]): D[] {
  return departures.filter((d) => !audits.some((a) => a.workerId === d.workerId && a.kind === '离任' && a.periodTo >= addDaysIso(d.leftOn, -EXIT_AUDIT_SLACK_DAYS)));
}
