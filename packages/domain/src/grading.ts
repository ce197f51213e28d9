// Position grade sequence (A4.1–A4.3, rules.md §3.1): post floor + whole steps of counted years + certificate
// bonus, clamped to the post's range. Every number a clerk needs to check a grade by hand is returned with
// the result, in the order the rule applies them. Pure: callers pass years, dates and assessment results.
import { compareIsoDates, splitIsoDate } from './dates.ts';
import { SW_QUALIFICATIONS, type PostClass } from './worker-enums.ts';

export interface PostRange {
  min: number;
  max: number;
}

export interface GradingRule {
  posts: Record<PostClass, PostRange>;
  /** Community years per grade step (三岗十八级: 3; 宁夏 2025: 2). */
  stepYears: number;
  /** Education counted as community years (学历视同年限), by education label; others count 0. */
  educationYears: Partial<Record<string, number>>;
  /** Grades added for a social-work qualification, by qualification label. */
  certBonus: Partial<Record<string, number>>;
  /** true: a holder of a higher level also gets the lower levels' bonuses; false: the highest only (就高不叠加). */
  stackCert: boolean;
  /** Whether a year assessed 不称职/不合格 still counts as a community year (本溪: it does not). */
  failedYearsCount: boolean;
  /** Whether community years earned in another province count (A4.3 requires it only within a province). */
  yearsAcrossProvinces: boolean;
}

export interface GradeInput {
  postClass: PostClass;
  /** Completed community years (see communityYears). */
  communityYears: number;
  /** Years among them assessed 不称职/不合格. */
  failedYears?: number;
  education: string;
  /** Highest social-work qualification held ('无' when none). */
  certLevel: string;
}

export interface GradeResult {
  grade: number;
  post: PostRange;
  countedYears: number;
  educationYears: number;
  steps: number;
  certBonus: number;
  unclamped: number;
  /** Chinese, one line per rule applied, numbers filled in. */
  explanation: string[];
}

function certBonusOf(rule: GradingRule, level: string): number {
  const held = SW_QUALIFICATIONS.indexOf(level as (typeof SW_QUALIFICATIONS)[number]);
  if (held <= 0) return 0;
  if (!rule.stackCert) return rule.certBonus[level] ?? 0;
  let sum = 0;
  for (let i = 1; i <= held; i++) sum += rule.certBonus[SW_QUALIFICATIONS[i]!] ?? 0;
  return sum;
}

export function computeGrade(rule: GradingRule, input: GradeInput): GradeResult {
  const post = rule.posts[input.postClass];
  const failed = Math.max(0, Math.min(input.failedYears ?? 0, input.communityYears));
  const countedYears = Math.max(0, input.communityYears - (rule.failedYearsCount ? 0 : failed));
  const educationYears = rule.educationYears[input.education] ?? 0;
  const steps = Math.floor((countedYears + educationYears) / rule.stepYears);
  const certBonus = certBonusOf(rule, input.certLevel);
  const unclamped = post.min + steps + certBonus;
  const grade = Math.min(post.max, Math.max(post.min, unclamped));
  const explanation = [
    `岗位类别“${input.postClass}”：等级区间 ${post.min}–${post.max} 级，起点 ${post.min} 级`,
    failed > 0
      ? rule.failedYearsCount
        ? `社区工作年限 ${input.communityYears} 年（其中考核不称职 ${failed} 年，按规则照常计算）`
        : `社区工作年限 ${input.communityYears} 年 − 考核不称职 ${failed} 年 = ${countedYears} 年`
      : `社区工作年限 ${countedYears} 年`,
    educationYears > 0 ? `学历“${input.education}”视同社区工作年限 ${educationYears} 年` : `学历“${input.education}”不折算年限`,
    `晋级档数 = ⌊(${countedYears} + ${educationYears}) ÷ ${rule.stepYears}⌋ = ${steps}`,
    certBonus > 0
      ? `社会工作职业资格“${input.certLevel}”加 ${certBonus} 级（${rule.stackCert ? '逐级累加' : '就高不叠加'}）`
      : `无社会工作职业资格加级`,
    unclamped === grade
      ? `等级 = ${post.min} + ${steps} + ${certBonus} = ${grade} 级`
      : `等级 = ${post.min} + ${steps} + ${certBonus} = ${unclamped}，超出区间，按${unclamped > post.max ? '上限' : '下限'}取 ${grade} 级`,
  ];
  return { grade, post, countedYears, educationYears, steps, certBonus, unclamped, explanation };
}

export interface CommunityPeriod {
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', exclusive; null = to the date asked about. */
  to: string | null;
  /** Province (2-digit code) of the community served in this period. */
  province: string;
}

function monthsBetween(from: string, to: string): number {
  const a = splitIsoDate(from);
  const b = splitIsoDate(to);
  if (!a || !b) throw new RangeError(`Invalid ISO date: ${a ? to : from}`);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return Math.max(0, months);
}

/**
 * Completed community years on `asOf` (A4.3): service in the current province accumulates across moves;
 * service in other provinces counts only when the rule says so. Months are summed over the periods, then
 * whole years taken, so two half years make one.
 */
export function communityYears(
  periods: readonly CommunityPeriod[],
  opts: { asOf: string; currentProvince: string; acrossProvinces: boolean },
): { years: number; months: number; explanation: string[] } {
  let months = 0;
  const explanation: string[] = [];
  for (const p of periods) {
    if (compareIsoDates(p.from, opts.asOf) >= 0) continue;
    const end = p.to === null || compareIsoDates(p.to, opts.asOf) > 0 ? opts.asOf : p.to;
    const m = monthsBetween(p.from, end);
    const counted = opts.acrossProvinces || p.province === opts.currentProvince;
    explanation.push(`${p.from} 至 ${end}：${m} 个月${counted ? '' : '（外省，不累计）'}`);
    if (counted) months += m;
  }
  const years = Math.floor(months / 12);
  explanation.push(`合计 ${months} 个月，满 ${years} 年`);
  return { years, months, explanation };
}
