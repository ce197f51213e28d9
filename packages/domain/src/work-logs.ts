// Work systems (A9.1): grids (网格化服务管理), home visits (上门走访), pairing assistance (结对帮扶), proxy
// services (代办服务) and first-inquiry responsibility (首问负责). Code lists, the proxy-service state
// machine with its overdue rule, and the counting rules the counts endpoint and the assessment sheet share.
import { addDaysIso } from './dates.ts';

export const GRID_ROLES = ['网格长', '网格员'] as const;
export type GridRole = (typeof GRID_ROLES)[number];

/** Matter categories of a home visit: a fixed list so counts by category compare across communities. */
export const VISIT_CATEGORIES = ['政策宣传', '矛盾调解', '困难帮扶', '安全隐患', '民意收集', '其他'] as const;
export type VisitCategory = (typeof VISIT_CATEGORIES)[number];

export const PAIR_TYPES = ['低保', '特困', '残疾', '独居老人', '留守儿童', '其他'] as const;
export type PairType = (typeof PAIR_TYPES)[number];

/** Matters communities most often handle for residents; anything else is 其他 with the matter in free text. */
export const PROXY_CATEGORIES = ['社保认证', '居住证', '高龄补贴申请', '医保办理', '低保救助申请', '残疾人证件', '其他'] as const;
export type ProxyCategory = (typeof PROXY_CATEGORIES)[number];

export const PROXY_STATUSES = ['受理', '办理中', '办结', '退回'] as const;
export type ProxyStatus = (typeof PROXY_STATUSES)[number];
export const PROXY_OPEN: readonly ProxyStatus[] = ['受理', '办理中'];

/**
 * Days a proxy service may stay open before it is flagged. Product choice, not a quoted regulation: the
 * matters in the list are ones the government service centres commit to finish within 10 working days
 * (about two calendar weeks); a community that takes longer than 15 calendar days has usually lost track
 * of it, so the flag prompts a follow-up. Change it here; the API, the tests and the web read this constant.
 */
export const PROXY_DUE_DAYS = 15;

/** Moves a proxy service may make: forward only, and a finished one (办结/退回) never reopens. */
const NEXT: Readonly<Record<ProxyStatus, readonly ProxyStatus[]>> = {
  受理: ['办理中', '办结', '退回'],
  办理中: ['办结', '退回'],
  办结: [],
  退回: [],
};

export function canMoveProxy(from: ProxyStatus, to: ProxyStatus): boolean {
  return NEXT[from].includes(to);
}

export function proxyDueOn(acceptedOn: string, dueDays = PROXY_DUE_DAYS): string {
  return addDaysIso(acceptedOn, dueDays);
}

/** Still open after its due date (accepted date + PROXY_DUE_DAYS). */
export function proxyOverdue(p: { status: ProxyStatus; acceptedOn: string }, today: string, dueDays = PROXY_DUE_DAYS): boolean {
  return PROXY_OPEN.includes(p.status) && today > proxyDueOn(p.acceptedOn, dueDays);
}

/** A pair counts as active in a period when it started by the period's end and had not ended before its start. */
export function pairActiveDuring(p: { startedOn: string; endedOn: string | null }, from: string, to: string): boolean {
  return p.startedOn <= to && (p.endedOn === null || p.endedOn >= from);
}

export interface WorkLogCounts {
  visits: number;
  pairsActive: number;
  proxyDone: number;
  proxyOpen: number;
  proxyOverdue: number;
  firstInquiries: number;
}

export const ZERO_COUNTS: WorkLogCounts = { visits: 0, pairsActive: 0, proxyDone: 0, proxyOpen: 0, proxyOverdue: 0, firstInquiries: 0 };

/**
 * The counting rules for a period [from, to] (the SQL in work-logs.queries.ts follows them; the API tests
 * check both agree): visits and first inquiries by their date; pairs active at any time in the period;
 * proxy services finished (办结) in the period; open ones accepted by the period's end, of which overdue
 * as of `asOf` (today, or the period's end for a past period).
 */
export function countWorkLogs(
  rows: {
    visits: { visitedOn: string }[];
    pairs: { startedOn: string; endedOn: string | null }[];
    proxies: { status: ProxyStatus; acceptedOn: string; completedOn: string | null }[];
    inquiries: { receivedOn: string }[];
  },
  from: string,
  to: string,
  asOf: string,
): WorkLogCounts {
  const inPeriod = (d: string) => d >= from && d <= to;
  const open = rows.proxies.filter((p) => PROXY_OPEN.includes(p.status) && p.acceptedOn <= to);
  return {
    visits: rows.visits.filter((v) => inPeriod(v.visitedOn)).length,
    pairsActive: rows.pairs.filter((p) => pairActiveDuring(p, from, to)).length,
    proxyDone: rows.proxies.filter((p) => p.status === '办结' && p.completedOn !== null && inPeriod(p.completedOn)).length,
    proxyOpen: open.length,
    proxyOverdue: open.filter((p) => proxyOverdue(p, asOf)).length,
    firstInquiries: rows.inquiries.filter((i) => inPeriod(i.receivedOn)).length,
  };
}

/** The date overdue is judged at for a period: today while it runs, its last day once it is over. */
export function countsAsOf(to: string, today: string): string {
  return to < today ? to : today;
}
