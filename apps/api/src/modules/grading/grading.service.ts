import { msg } from '@cwp/contracts/messages';
import type { GradeResult, PackSummary, PreviewInput, RulePack } from '@cwp/contracts/grading.contract';
import { todayIso } from '@cwp/domain/dates';
import { resolveNearest } from '@cwp/domain/effective-dated';
import { communityYears, computeGrade, type GradeResult as DomainGrade } from '@cwp/domain/grading';
import { computePay, type PayResult } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { findWorkerInScope, listHistory } from '../workers/workers.queries.ts';
import { higherEducation, servicePeriods, type Moved } from './grade-inputs.ts';
import * as q from './grading.queries.ts';

export const PACK_NOT_FOUND = msg('规则包不存在或不在您的数据范围内', 'This rule pack does not exist or is outside your data scope');
export const NO_PUBLISHED_PACK = msg('尚无适用的已发布等级薪酬规则包，请先发布规则包', 'No published grade and pay rule pack applies yet; publish one first');

/** A pack is visible to its own jurisdiction, the units below it and the levels above it; national packs to all. */
function visible(actor: Actor, orgCode: string): boolean {
  return orgCode === '' || actor.scopeCode.startsWith(orgCode) || orgCode.startsWith(actor.scopeCode);
}

export async function listPacks(opts: { db: Db; actor: Actor }): Promise<PackSummary[]> {
  const rows = await q.listPacks(opts.db);
  return rows
    .filter((r) => visible(opts.actor, r.orgCode))
    .map((r) => {
      const body = r.body as RulePack;
      return {
        id: r.id,
        name: r.name,
        orgCode: r.orgCode,
        status: r.status as PackSummary['status'],
        effectiveFrom: r.effectiveFrom,
        description: body.description,
        family: body.pay.family,
        unverifiedCount: body.unverified.length,
        shipped: r.shipped,
      };
    });
}

export async function getPack(opts: { db: Db; actor: Actor; id: string }): Promise<RulePack> {
  const row = await q.findPack(opts.db, opts.id);
  if (!row || !visible(opts.actor, row.orgCode)) throw notFound(PACK_NOT_FOUND);
  return row.body as RulePack;
}

function present(pack: RulePack, preface: string[], grade: DomainGrade, pay: PayResult, stored: GradeResult['stored'] = null): GradeResult {
  return {
    stored,
    packId: pack.id,
    packName: pack.name,
    grade: grade.grade,
    monthlyPay: pay.monthlyPay,
    items: pay.items,
    employer: pay.employer,
    explanation: [
      ...preface,
      ...grade.explanation,
      ...pay.items.map((i) => `${i.name}：${i.formula} = ${i.amount.toFixed(2)} 元`),
      `月工资合计 ${pay.monthlyPay.toFixed(2)} 元；单位负担 ${pay.employer.formula}`,
    ],
    unverified: pack.unverified,
  };
}

function gradeAndPay(pack: RulePack, input: { postClass: PostClass; communityYears: number; failedYears: number; education: string; certLevel: string; positions: readonly string[]; passingYears?: number; lastResult?: string | null }) {
  const grade = computeGrade(pack.grading, input);
  const pay = computePay(pack.pay, {
    postClass: input.postClass,
    grade: grade.grade,
    postRange: grade.post,
    positions: input.positions,
    certLevel: input.certLevel,
    passingYears: input.passingYears ?? grade.countedYears,
    lastResult: input.lastResult ?? null,
  });
  return { grade, pay };
}

/** A hypothetical worker under a pack the caller can see (POST /api/grading/preview). */
export async function previewGrade(opts: { db: Db; actor: Actor; input: PreviewInput }): Promise<GradeResult> {
  const { input } = opts;
  const pack = await getPack({ db: opts.db, actor: opts.actor, id: input.packId });
  const failedYears = input.failedYears ?? 0;
  const { grade, pay } = gradeAndPay(pack, {
    postClass: input.postClass,
    communityYears: input.communityYears,
    failedYears,
    education: input.education,
    certLevel: input.certLevel,
    positions: input.positions ?? [],
    passingYears: input.passingYears ?? Math.max(0, input.communityYears - failedYears),
    lastResult: input.lastResult,
  });
  return present(pack, [`规则包：${pack.name}（${pack.status === 'published' ? '已发布' : '草稿'}）`], grade, pay);
}

/** The grade and pay of a registered worker under the pack that applies to their community today. */
export async function workerGrade(opts: { db: Db; actor: Actor; id: number }): Promise<GradeResult> {
  const row = await findWorkerInScope(opts.db, opts.actor, opts.id);
  if (!row) throw notFound();
  const w = row.worker;
  const today = todayIso();
  const published = (await q.publishedPacks(opts.db)).map((p) => ({ orgCode: p.orgCode, effectiveFrom: p.effectiveFrom, value: p.body as RulePack }));
  const resolved = resolveNearest(published, w.communityCode, today);
  if (!resolved) throw new AppError('INVALID_STATE', NO_PUBLISHED_PACK);
  const pack = resolved.item.value;
  const history = await listHistory(opts.db, w.id);
  const moves = history.filter((h) => h.kind === 'transferred').map((h) => ({ occurredOn: h.occurredOn, changes: h.changes as Moved['changes'] }));
  const asOf = w.exitDate && w.exitDate < today ? w.exitDate : today;
  const years = communityYears(servicePeriods(w, moves), { asOf, currentProvince: w.communityCode.slice(0, 2), acrossProvinces: pack.grading.yearsAcrossProvinces });
  const education = higherEducation(w.education, w.inServiceEducation);
  const assessed = q.assessmentInputs((await q.assessmentRecords(opts.db, { workerId: w.id }, Number(today.slice(0, 4)))).get(w.id));
  const { grade, pay } = gradeAndPay(pack, {
    postClass: w.postClass as PostClass,
    communityYears: years.years,
    failedYears: assessed.failedYears,
    education,
    certLevel: w.swQualification,
    positions: w.positions,
    passingYears: Math.max(0, years.years - assessed.failedYears),
    lastResult: assessed.lastResult,
  });
  const preface = [
    `适用规则包：${pack.name}（${resolved.inheritedFrom === '' ? '全国默认' : `由 ${resolved.inheritedFrom} 发布`}，${pack.effectiveFrom} 起施行）`,
    ...years.explanation.map((l) => `社区工作经历：${l}`),
    assessed.summary,
    education !== w.education ? `学历按在职学历“${education}”（高于全日制学历“${w.education}”）` : `学历按全日制学历“${education}”`,
  ];
  const stored = w.grade !== null && w.gradeEffectiveFrom && w.gradePackId ? { grade: w.grade, effectiveFrom: w.gradeEffectiveFrom, packId: w.gradePackId } : null;
  preface.push(
    stored
      ? `档案记载：${stored.grade} 级（${stored.effectiveFrom} 起，年度晋级写入）${stored.grade === grade.grade ? '，与本次测算一致' : `；按现行规则测算为 ${grade.grade} 级，待下次年度晋级调整`}`
      : '档案中尚无经审批的等级，以下为按现行规则的测算',
  );
  return present(pack, preface, grade, pay, stored);
}
