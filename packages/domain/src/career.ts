// 事业编 eligibility (A13.2, rules.md §6): at least 10 consecutive years of community work, at least one full
// term as community party secretary, and an excellent record. "Consecutive" means no break: a move from one
// community to another on the next day continues the stretch, any gap restarts it. The term length follows
// the local 换届 cycle (5 years now) and the excellence test is configuration.
import { addDaysIso, yearsBetween } from './dates.ts';

export interface CareerPolicy {
  minContinuousYears: number;
  secretaryTermYears: number;
  /** At least this many years graded with the scheme's top grade, within the last `excellentWithinYears`. */
  minExcellentYears: number;
  excellentWithinYears: number;
  /** Any year graded with the failing grade in the continuous stretch disqualifies. */
  noFailingYear: boolean;
}
export const DEFAULT_CAREER_POLICY: CareerPolicy = { minContinuousYears: 10, secretaryTermYears: 5, minExcellentYears: 1, excellentWithinYears: 5, noFailingYear: true };

export interface Period {
  from: string;
  /** null = still. */
  to: string | null;
}

export interface CareerInput {
  today: string;
  /** Community work periods, in any order (one per community or per employment). */
  service: readonly Period[];
  /** Periods as community party secretary. */
  secretary: readonly Period[];
  /** Published annual results: year → grade name. */
  results: Readonly<Record<number, string>>;
  topGrade: string;
  failingGrade: string;
}

export interface CareerDecision {
  eligible: boolean;
  continuousSince: string | null;
  continuousYears: number;
  /** Chinese, one line per condition, each saying whether it is met and why. */
  reasons: string[];
}

/** The unbroken stretch of service that reaches today (or the last day served), merging adjacent periods. */
export function continuousStretch(service: readonly Period[], today: string): Period | null {
  const sorted = [...service].map((p) => ({ from: p.from, to: p.to ?? today })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let current: { from: string; to: string } | null = null;
  for (const p of sorted) {
    if (current && p.from <= addDaysIso(current.to, 1)) {
      if (p.to > current.to) current.to = p.to;
    } else current = { ...p };
  }
  return current && { from: current.from, to: current.to >= today ? null : current.to };
}

export function careerEligibility(input: CareerInput, policy: CareerPolicy = DEFAULT_CAREER_POLICY): CareerDecision {
  const reasons: string[] = [];
  const stretch = continuousStretch(input.service, input.today);
  const end = stretch?.to ?? input.today;
  const years = stretch ? yearsBetween(stretch.from, end) : 0;
  const yearsOk = stretch !== null && stretch.to === null && years >= policy.minContinuousYears;
  reasons.push(
    !stretch
      ? `✗ 无社区工作经历记录`
      : stretch.to !== null
        ? `✗ 目前不在社区工作岗位（连续工作至 ${stretch.to}）`
        : `${yearsOk ? '✓' : '✗'} 自 ${stretch.from} 起连续在社区工作满 ${years} 年（要求 ≥ ${policy.minContinuousYears} 年${input.service.filter((p) => stretch.from <= p.from).length > 1 ? '；期间的社区调动未中断' : ''}）`,
  );

  const terms = input.secretary.map((p) => ({ ...p, years: yearsBetween(p.from, p.to ?? input.today) }));
  const full = terms.find((t) => t.years >= policy.secretaryTermYears);
  reasons.push(
    full
      ? `✓ 任社区党组织书记满一届：${full.from} 至 ${full.to ?? '今'}（${full.years} 年，每届 ${policy.secretaryTermYears} 年）`
      : terms.length
        ? `✗ 任社区党组织书记最长 ${Math.max(...terms.map((t) => t.years))} 年，未满一届（${policy.secretaryTermYears} 年）`
        : '✗ 未担任过社区党组织书记',
  );

  const thisYear = Number(input.today.slice(0, 4));
  const window = Array.from({ length: policy.excellentWithinYears }, (_, i) => thisYear - 1 - i);
  const excellent = window.filter((y) => input.results[y] === input.topGrade);
  const excellentOk = excellent.length >= policy.minExcellentYears;
  reasons.push(
    `${excellentOk ? '✓' : '✗'} 近 ${policy.excellentWithinYears} 个年度（${window.at(-1)}–${window[0]}）考核“${input.topGrade}” ${excellent.length} 次${excellent.length ? `（${excellent.sort().join('、')}）` : ''}，要求至少 ${policy.minExcellentYears} 次`,
  );

  let failingOk = true;
  if (policy.noFailingYear) {
    const fromYear = stretch ? Number(stretch.from.slice(0, 4)) : thisYear;
    const failing = Object.entries(input.results)
      .filter(([y, g]) => Number(y) >= fromYear && g === input.failingGrade)
      .map(([y]) => y);
    failingOk = failing.length === 0;
    reasons.push(failingOk ? `✓ 连续工作期间无“${input.failingGrade}”年度` : `✗ ${failing.join('、')} 年度考核“${input.failingGrade}”`);
  }

  return { eligible: yearsOk && !!full && excellentOk && failingOk, continuousSince: stretch?.from ?? null, continuousYears: years, reasons };
}
