// Annual assessment schemes (A10.1): a city or county drafts one per year, publishes it (everyone in post
// under it becomes a participant with a survey link), streets enter street and peer scores, residents rate
// by phone, and the scheme's grades and cap are applied over the whole population, never per street.
import { msg } from '@cwp/contracts/messages';
import type { Participant, Scheme, SchemeBody, SchemeInput, ScoresInput, ScoringSheet } from '@cwp/contracts/assessment.contract';
import { gradeAssessment, satisfactionFromCounts, type AssessmentScheme, type GradedWorker, type SatisfactionLabel, type SatisfactionSummary } from '@cwp/domain/assessment';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, isUniqueViolation, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as q from './schemes.queries.ts';

export const SCHEME_NOT_FOUND = msg('考核方案不存在或不在您的数据范围内', 'This assessment scheme does not exist or is outside your data scope');
const NOT_YOURS = msg('该考核方案由上级单位制定，只能由制定单位修改', 'A higher unit issued this scheme; only it can change it');

type Listed = NonNullable<Awaited<ReturnType<typeof q.findScheme>>>;

async function present(db: Db, actor: Actor, rows: Listed[]): Promise<Scheme[]> {
  const counts = await q.schemeCounts(db, rows.map((r) => r.s.id), actor.scopeCode);
  return rows.map(({ s, orgName }) => ({
    id: s.id,
    orgCode: s.orgCode,
    orgName,
    year: s.year,
    name: s.name,
    body: s.body as SchemeBody,
    status: s.status as Scheme['status'],
    surveyOpens: s.surveyOpens,
    surveyCloses: s.surveyCloses,
    participants: counts.get(s.id)?.participants ?? 0,
    responses: counts.get(s.id)?.responses ?? 0,
    editable: codeInScope(s.orgCode, actor.scopeCode) && actor.permissions.includes('assessment:manage'),
    version: s.version,
    createdBy: s.createdBy,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    resultsPublishedAt: s.resultsPublishedAt?.toISOString() ?? null,
  }));
}

export async function listSchemes(opts: { db: Db; actor: Actor; org?: string; year?: number }): Promise<Scheme[]> {
  return present(opts.db, opts.actor, await q.listSchemes(opts.db, opts.actor.scopeCode, { org: opts.org, year: opts.year }));
}

export async function visibleScheme(db: Db, actor: Actor, id: number): Promise<Listed> {
  const row = await q.findScheme(db, id, actor.scopeCode);
  if (!row) throw notFound(SCHEME_NOT_FOUND);
  return row;
}

export async function getScheme(opts: { db: Db; actor: Actor; id: number }): Promise<Scheme> {
  return (await present(opts.db, opts.actor, [await visibleScheme(opts.db, opts.actor, opts.id)]))[0]!;
}

const audit = (db: Db, actor: Actor, action: string, id: number, detail: Record<string, unknown>) => auditSuccess(db, actor, action, 'assessment_scheme', id, detail);

const DUPLICATE = msg('该单位本年度已有考核方案', 'This unit already has a scheme for that year');

export async function createScheme(opts: { db: Db; actor: Actor; input: SchemeInput }): Promise<Scheme> {
  const { db, actor, input } = opts;
  if (!(await findUnitInScope(db, input.orgCode, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  try {
    const row = await db.transaction(async (tx) => {
      const row = await q.insertScheme(tx, { orgCode: input.orgCode, year: input.year, name: input.name, body: input.body, status: 'draft', surveyOpens: input.surveyOpens, surveyCloses: input.surveyCloses, createdBy: actor.displayName });
      await audit(tx, actor, 'assessment_scheme_create', row.id, { orgCode: input.orgCode, year: input.year });
      return row;
    });
    return getScheme({ db, actor, id: row.id });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', DUPLICATE);
    throw err;
  }
}

async function ownScheme(db: Db, actor: Actor, id: number): Promise<Listed> {
  const row = await visibleScheme(db, actor, id);
  if (!codeInScope(row.s.orgCode, actor.scopeCode)) throw new AppError('FORBIDDEN', NOT_YOURS);
  return row;
}

export async function updateScheme(opts: { db: Db; actor: Actor; id: number; input: SchemeInput & { version: number } }): Promise<Scheme> {
  const { db, actor, input } = opts;
  const { s } = await ownScheme(db, actor, opts.id);
  if (input.orgCode !== s.orgCode) throw new AppError('VALIDATION_FAILED', msg('方案的制定单位不能更改', 'The issuing unit of a scheme cannot change'));
  try {
    await db.transaction(async (tx) => {
      const row = await q.updateScheme(tx, s.id, { version: input.version, status: 'draft' }, { year: input.year, name: input.name, body: input.body, surveyOpens: input.surveyOpens, surveyCloses: input.surveyCloses });
      if (!row) throw new AppError(s.status === 'draft' ? 'VERSION_CONFLICT' : 'INVALID_STATE', s.status === 'draft' ? msg('方案已被他人修改，请刷新后重试', 'Someone else changed this scheme; reload and try again') : msg('方案发布后不能修改', 'A published scheme cannot be changed'));
      await audit(tx, actor, 'assessment_scheme_update', s.id, { name: input.name });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', DUPLICATE);
    throw err;
  }
  return getScheme({ db, actor, id: s.id });
}

/** Publishing opens the survey and scoring: everyone then in post under the unit is assessed. */
export async function publishScheme(opts: { db: Db; actor: Actor; id: number }): Promise<Scheme> {
  const { db, actor } = opts;
  const { s } = await ownScheme(db, actor, opts.id);
  await db.transaction(async (tx) => {
    const row = await q.updateScheme(tx, s.id, { status: 'draft' }, { status: 'published', publishedBy: actor.displayName, publishedAt: new Date() });
    if (!row) throw new AppError('INVALID_STATE', msg('方案已发布', 'This scheme is already published'));
    const n = await q.addParticipants(tx, s.id, s.orgCode);
    await audit(tx, actor, 'assessment_scheme_publish', s.id, { participants: n });
  });
  return getScheme({ db, actor, id: s.id });
}

export interface ComputedParticipant {
  p: Awaited<ReturnType<typeof q.participants>>[number];
  scores: Record<string, number | null>;
  satisfaction: SatisfactionSummary;
  graded: GradedWorker;
  conductNotes: number;
}

/** Scores, survey summaries and grades of every participant, graded together so the cap covers the scheme. */
export async function computeScheme(db: Db, s: q.SchemeRow): Promise<{ people: ComputedParticipant[]; messages: string[]; topAllowed: number | null }> {
  const body = s.body as AssessmentScheme;
  const [people, scores, survey, conduct] = await Promise.all([q.participants(db, s.id), q.scores(db, s.id), q.surveyCounts(db, s.id), q.conductCounts(db, s.id, s.year)]);
  const entered = new Map<number, Record<string, number>>();
  for (const x of scores) entered.set(x.workerId, { ...entered.get(x.workerId), [x.dimension]: x.score });
  const counts = new Map<number, { byLevel: Partial<Record<SatisfactionLabel, number>>; ordinary: number }>();
  for (const x of survey) {
    const c = counts.get(x.workerId) ?? { byLevel: {}, ordinary: 0 };
    c.byLevel[x.level as SatisfactionLabel] = x.n;
    c.ordinary += x.ordinary;
    counts.set(x.workerId, c);
  }
  const conductBy = new Map(conduct.map((c) => [c.workerId, c.n]));
  const rows = people.map((p) => {
    const c = counts.get(p.workerId) ?? { byLevel: {}, ordinary: 0 };
    const satisfaction = satisfactionFromCounts(body, c.byLevel, c.ordinary);
    const mine: Record<string, number | null> = {};
    for (const d of body.dimensions) mine[d.key] = d.source === 'residents' ? (satisfaction.shortfall ? null : satisfaction.score) : (entered.get(p.workerId)?.[d.key] ?? null);
    return { p, scores: mine, satisfaction };
  });
  const outcome = gradeAssessment(body, rows.map((r) => ({ workerId: r.p.workerId, scores: r.scores })));
  return {
    people: rows.map((r, i) => {
      const graded = outcome.results[i]!;
      if (r.satisfaction.shortfall) graded.explanation.push(`居民群众测评暂不能计分：${r.satisfaction.shortfall}`);
      return { ...r, graded, conductNotes: conductBy.get(r.p.workerId) ?? 0 };
    }),
    messages: outcome.messages,
    topAllowed: outcome.topAllowed,
  };
}

/** The scoring sheet of a unit inside the scheme (a street's own workers), graded against everyone. */
export async function scoringSheet(opts: { db: Db; actor: Actor; id: number; org: string }): Promise<ScoringSheet> {
  const { db, actor } = opts;
  const { s } = await visibleScheme(db, actor, opts.id);
  if (!codeInScope(opts.org, actor.scopeCode) || !(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const all = await computeScheme(db, s);
  const mine = all.people.filter((x) => x.p.communityCode.startsWith(opts.org));
  const items: Participant[] = mine.map((x) => ({
    workerId: x.p.workerId,
    name: x.p.name,
    communityName: x.p.communityName,
    positions: x.p.positions,
    surveyToken: x.p.token,
    raters: x.satisfaction.raters,
    ordinary: x.satisfaction.ordinary,
    residentScore: x.satisfaction.score,
    shortfall: x.satisfaction.shortfall,
    scores: x.scores,
    total: x.graded.total,
    grade: x.graded.grade,
    capped: x.graded.capped,
    explanation: x.graded.explanation,
    conductNotes: x.conductNotes,
  }));
  return { schemeId: s.id, org: opts.org, items, messages: all.messages, topAllowed: all.topAllowed, assessed: all.people.length };
}

/** Street and peer scores for participants in the caller's scope, while the scheme is open. */
export async function enterScores(opts: { db: Db; actor: Actor; id: number; input: ScoresInput }): Promise<{ written: number }> {
  const { db, actor, input } = opts;
  const { s } = await visibleScheme(db, actor, opts.id);
  if (s.status !== 'published') throw new AppError('INVALID_STATE', s.status === 'draft' ? msg('方案尚未发布，不能录入评分', 'The scheme is not published yet; scores cannot be entered') : msg('考核结果已公布，评分不能再修改', 'Results are published; scores can no longer change'));
  const body = s.body as AssessmentScheme;
  const bad = input.items.filter((i) => !body.dimensions.some((d) => d.key === i.dimension && d.source !== 'residents'));
  if (bad.length) {
    const m = msg('只能录入街道或互评维度的分数，居民测评分由问卷自动计算', 'Only street and peer dimensions are entered; the residents’ score comes from the survey');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'items', message: m }]);
  }
  const ids = [...new Set(input.items.map((i) => i.workerId))];
  const ok = await q.participantsInScope(db, s.id, ids, actor.scopeCode);
  if (ok.size !== ids.length) throw notFound(msg('部分人员不是本方案的考核对象或不在您的数据范围内', 'Some workers are not assessed under this scheme or are outside your data scope'));
  await db.transaction(async (tx) => {
    await q.upsertScores(tx, s.id, input.items, actor.displayName);
    await audit(tx, actor, 'assessment_scores', s.id, { items: input.items.length, workers: ids.length });
  });
  return { written: input.items.length };
}
