// Annual assessment (A10.1, A10.2, rules.md §5): a county's scheme weights its dimensions (at least 政治素质,
// 工作实绩 and 居民群众满意度; 嘉兴南湖: street 30%, peers 10%, residents 60%), names its grades (优秀/称职/
// 基本称职/不称职 or 优秀/良好/合格/不合格) with score floors, and may cap the top grade (default 20%). The
// cap is strict: when workers tied at the cut-off cannot all fit, the scheme's tie-breakers decide, and a
// tie they cannot break leaves the whole tied group in the next grade, with a message, for the committee.
import { roundHalfUp } from './staffing.ts';

export const DIMENSION_SOURCES = ['street', 'peer', 'residents'] as const;
export type DimensionSource = (typeof DIMENSION_SOURCES)[number];

export interface AssessmentScheme {
  /** Weights are fractions adding up to 1. */
  dimensions: { key: string; name: string; weight: number; source: DimensionSource }[];
  /** Best first; a worker gets the first grade whose floor their total reaches. The last floor is 0. */
  grades: { name: string; minScore: number }[];
  /** Largest share of the assessed who may get the first grade; null = no cap. */
  topGradeCap: number | null;
  /** Dimension keys compared, in order, to break a tie at the cap's cut-off. */
  tieBreakers: string[];
  minResidentRaters: number;
  /** Least share of ordinary residents among the raters (the rest: representatives, party members…). */
  minOrdinaryShare: number;
}

/** A resident's answer and what it is worth (100 / 60 / 0). */
export const SATISFACTION_LEVELS = [
  { label: '满意', score: 100 },
  { label: '基本满意', score: 60 },
  { label: '不满意', score: 0 },
] as const;
export type SatisfactionLabel = (typeof SATISFACTION_LEVELS)[number]['label'];

export interface SatisfactionSummary {
  raters: number;
  ordinary: number;
  score: number | null;
  /** Why the residents' score cannot be used yet, or null. */
  shortfall: string | null;
}

export function summariseSatisfaction(scheme: Pick<AssessmentScheme, 'minResidentRaters' | 'minOrdinaryShare'>, answers: readonly { level: SatisfactionLabel; ordinary: boolean }[]): SatisfactionSummary {
  const byLevel: Partial<Record<SatisfactionLabel, number>> = {};
  for (const a of answers) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;
  return satisfactionFromCounts(scheme, byLevel, answers.filter((a) => a.ordinary).length);
}

/** The same from counts per level, as the database aggregates them. */
export function satisfactionFromCounts(scheme: Pick<AssessmentScheme, 'minResidentRaters' | 'minOrdinaryShare'>, byLevel: Partial<Record<SatisfactionLabel, number>>, ordinary: number): SatisfactionSummary {
  const raters = SATISFACTION_LEVELS.reduce((s, l) => s + (byLevel[l.label] ?? 0), 0);
  const points = SATISFACTION_LEVELS.reduce((s, l) => s + (byLevel[l.label] ?? 0) * l.score, 0);
  const score = raters ? roundHalfUp((points / raters) * 100) / 100 : null;
  let shortfall: string | null = null;
  if (raters < scheme.minResidentRaters) shortfall = `参评居民 ${raters} 人，少于方案要求的 ${scheme.minResidentRaters} 人`;
  else if (raters > 0 && ordinary < Math.ceil(raters * scheme.minOrdinaryShare)) shortfall = `普通居民 ${ordinary} 人，占 ${roundHalfUp((ordinary / raters) * 1000) / 10}%，低于方案要求的 ${roundHalfUp(scheme.minOrdinaryShare * 100)}%`;
  return { raters, ordinary, score, shortfall };
}

export interface ScoredWorker {
  workerId: number;
  /** Dimension key → score 0–100; null when not yet entered. */
  scores: Readonly<Record<string, number | null>>;
}

export interface GradedWorker {
  workerId: number;
  total: number | null;
  grade: string | null;
  /** True when the cap moved this worker out of the first grade. */
  capped: boolean;
  explanation: string[];
}

export interface GradingOutcome {
  results: GradedWorker[];
  /** Messages for the committee (cap applied, unbreakable ties, missing scores). */
  messages: string[];
  /** How many may get the first grade under the cap (null = no cap). */
  topAllowed: number | null;
}

/** The scheme's own consistency, for the form and the API. */
export function schemeProblems(s: AssessmentScheme): string[] {
  const out: string[] = [];
  const sum = roundHalfUp(s.dimensions.reduce((a, d) => a + d.weight, 0) * 10000) / 10000;
  if (sum !== 1) out.push(`各维度权重之和应为 100%，现为 ${roundHalfUp(sum * 10000) / 100}%`);
  if (new Set(s.dimensions.map((d) => d.key)).size !== s.dimensions.length) out.push('维度不能重复');
  if (!s.dimensions.some((d) => d.source === 'residents')) out.push('方案应包含居民群众满意度维度（A10.1）');
  if (s.grades.length < 2) out.push('至少设置两个等次');
  for (let i = 1; i < s.grades.length; i++) if (s.grades[i]!.minScore >= s.grades[i - 1]!.minScore) out.push('等次分数线应从高到低排列');
  if (s.grades.at(-1)?.minScore !== 0) out.push('最后一个等次的分数线应为 0');
  for (const k of s.tieBreakers) if (!s.dimensions.some((d) => d.key === k)) out.push(`并列比较维度“${k}”不在方案中`);
  return out;
}

const fmt = (x: number) => String(roundHalfUp(x * 100) / 100);

export function totalScore(scheme: AssessmentScheme, w: ScoredWorker): { total: number | null; formula: string; missing: string[] } {
  const missing = scheme.dimensions.filter((d) => w.scores[d.key] === null || w.scores[d.key] === undefined).map((d) => d.name);
  if (missing.length) return { total: null, formula: '', missing };
  const total = roundHalfUp(scheme.dimensions.reduce((s, d) => s + d.weight * w.scores[d.key]!, 0) * 100) / 100;
  const formula = scheme.dimensions.map((d) => `${d.name} ${fmt(w.scores[d.key]!)} × ${roundHalfUp(d.weight * 100)}%`).join(' + ') + ` = ${fmt(total)}`;
  return { total, formula, missing };
}

function gradeOf(scheme: AssessmentScheme, total: number): number {
  const i = scheme.grades.findIndex((g) => total >= g.minScore);
  return i === -1 ? scheme.grades.length - 1 : i;
}

/** Totals, grades by the score floors, then the cap on the first grade with the tie rule described above. */
export function gradeAssessment(scheme: AssessmentScheme, workers: readonly ScoredWorker[]): GradingOutcome {
  const messages: string[] = [];
  const rows = workers.map((w) => {
    const t = totalScore(scheme, w);
    return { w, ...t, gradeIndex: t.total === null ? null : gradeOf(scheme, t.total), capped: false };
  });
  const unscored = rows.filter((r) => r.total === null).length;
  if (unscored) messages.push(`${unscored} 人的评分尚未录齐，暂不评定等次`);

  const scored = rows.filter((r) => r.total !== null);
  // The cap is a share of everyone assessed, scored yet or not: a preview with few scores entered must not
  // shrink it (one scored worker of 900 would otherwise allow no 优秀 at all).
  const topAllowed = scheme.topGradeCap === null ? null : Math.floor(rows.length * scheme.topGradeCap);
  const top = scored.filter((r) => r.gradeIndex === 0);
  if (topAllowed !== null && top.length > topAllowed) {
    const key = (r: (typeof rows)[number]) => [r.total!, ...scheme.tieBreakers.map((k) => r.w.scores[k] ?? 0)];
    const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
      return 0;
    };
    top.sort(cmp);
    // Everyone tied with the last one who fits goes down together if the group does not fit whole.
    let keep = topAllowed;
    if (keep > 0 && keep < top.length && cmp(top[keep - 1]!, top[keep]!) === 0) {
      const first = top.findIndex((r) => cmp(r, top[keep - 1]!) === 0);
      const tied = top.filter((r) => cmp(r, top[keep - 1]!) === 0).length;
      messages.push(`${tied} 人在${scheme.grades[0]!.name}名额分界处得分和并列比较项完全相同，名额不足以全部评为${scheme.grades[0]!.name}，均暂列${scheme.grades[1]!.name}，请考核委员会复核`);
      keep = first;
    }
    for (const r of top.slice(keep)) {
      r.gradeIndex = 1;
      r.capped = true;
    }
    messages.push(`${scheme.grades[0]!.name}比例上限 ${roundHalfUp(scheme.topGradeCap! * 100)}%：参评 ${rows.length} 人，最多 ${topAllowed} 人；达到分数线的 ${top.length} 人中 ${top.length - keep} 人按得分顺序调整为${scheme.grades[1]!.name}`);
  }

  return {
    topAllowed,
    messages,
    results: rows.map((r) => {
      const explanation: string[] = [];
      if (r.total === null) explanation.push(`尚未录入：${r.missing.join('、')}`);
      else {
        explanation.push(`总分 = ${r.formula}`);
        const floor = gradeOf(scheme, r.total);
        explanation.push(`达到“${scheme.grades[floor]!.name}”分数线 ${scheme.grades[floor]!.minScore}`);
        if (r.capped) explanation.push(`${scheme.grades[0]!.name}名额已满（上限 ${topAllowed} 人），评为“${scheme.grades[1]!.name}”`);
      }
      return { workerId: r.w.workerId, total: r.total, grade: r.gradeIndex === null ? null : scheme.grades[r.gradeIndex]!.name, capped: r.capped, explanation };
    }),
  };
}
