// Configuring rule packs (A4, A12): a province, city or county creates drafts (from scratch, by copying
// or by importing JSON), edits them, tries them out (what-if), and publishes them from a date. Published
// packs are never edited: a change is a new pack with a later effective date, so history stays readable.
import { msg } from '@cwp/contracts/messages';
import type { RulePack, WhatIf } from '@cwp/contracts/grading.contract';
import { computeGrade } from '@cwp/domain/grading';
import { levelOfCode } from '@cwp/domain/division-code';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, isUniqueViolation, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import { higherEducation } from './grade-inputs.ts';
import { getPack, PACK_NOT_FOUND } from './grading.service.ts';
import * as q from './grading.queries.ts';
import { gradesUnder, passingYearsOf } from './worker-grades.ts';

const PACK_LEVELS = new Set(['province', 'city', 'county']);

/** Whether the actor may change a pack of this jurisdiction: their own unit or one below it ('' only nationally). */
function mayManage(actor: Actor, orgCode: string): boolean {
  return codeInScope(orgCode, actor.scopeCode);
}

function checkJurisdiction(actor: Actor, orgCode: string): void {
  if (orgCode !== '' && !PACK_LEVELS.has(levelOfCode(orgCode) ?? '')) {
    throw new AppError('VALIDATION_FAILED', msg('规则包由省、市或县（市、区）制定', 'Rule packs belong to a province, city or county'));
  }
  if (!mayManage(actor, orgCode)) throw notFound(PACK_NOT_FOUND);
}

async function audit(db: Db, actor: Actor, action: string, id: string, detail: Record<string, unknown>) {
  await insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action, objectType: 'grading_pack', objectId: id, outcome: 'success', detail });
}

/** A new draft from a full pack (the JSON import, or a copy the page made of another pack). */
export async function createPack(opts: { db: Db; actor: Actor; pack: RulePack }): Promise<RulePack> {
  const { db, actor } = opts;
  const pack: RulePack = { ...opts.pack, status: 'draft' };
  checkJurisdiction(actor, pack.orgCode);
  try {
    await db.transaction(async (tx) => {
      await q.insertPack(tx, { id: pack.id, name: pack.name, orgCode: pack.orgCode, status: 'draft', effectiveFrom: pack.effectiveFrom, body: pack });
      await audit(tx, actor, 'grading_pack_create', pack.id, { orgCode: pack.orgCode });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', msg(`编号“${pack.id}”已被其他规则包使用，请换一个`, `The id “${pack.id}” is taken; choose another`));
    throw err;
  }
  return pack;
}

async function loadManaged(db: Db, actor: Actor, id: string) {
  const row = await q.findPack(db, id);
  if (!row || !mayManage(actor, row.orgCode)) throw notFound(PACK_NOT_FOUND);
  return row;
}

export async function updatePack(opts: { db: Db; actor: Actor; id: string; pack: RulePack }): Promise<RulePack> {
  const { db, actor, id } = opts;
  const existing = await loadManaged(db, actor, id);
  if (opts.pack.id !== id) throw new AppError('VALIDATION_FAILED', msg('规则包编号不能修改', 'A pack’s id cannot change'));
  if (opts.pack.orgCode !== existing.orgCode) checkJurisdiction(actor, opts.pack.orgCode);
  const pack: RulePack = { ...opts.pack, status: 'draft' };
  await db.transaction(async (tx) => {
    const row = await q.updateDraft(tx, id, { name: pack.name, orgCode: pack.orgCode, effectiveFrom: pack.effectiveFrom, body: pack });
    if (!row) throw new AppError('INVALID_STATE', msg('已发布的规则包不能修改；请复制为新草稿，调整后以新的生效日期发布', 'A published pack cannot change; copy it to a new draft and publish that from a later date'));
    await audit(tx, actor, 'grading_pack_update', id, { before: existing.body, after: pack });
  });
  return pack;
}

export async function publishPack(opts: { db: Db; actor: Actor; id: string; effectiveFrom: string }): Promise<RulePack> {
  const { db, actor, id } = opts;
  const existing = await loadManaged(db, actor, id);
  const pack: RulePack = { ...(existing.body as RulePack), status: 'published', effectiveFrom: opts.effectiveFrom };
  await db.transaction(async (tx) => {
    const row = await q.updateDraft(tx, id, { status: 'published', effectiveFrom: opts.effectiveFrom, body: pack });
    if (!row) throw new AppError('INVALID_STATE', msg('该规则包已发布', 'This pack is already published'));
    await audit(tx, actor, 'grading_pack_publish', id, { orgCode: pack.orgCode, effectiveFrom: opts.effectiveFrom });
  });
  return pack;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * What-if: every worker in post under `org` graded and paid under the draft instead of the pack in force
 * for them today; how many change grade, and the difference in a year's pay plus employer costs.
 */
export async function whatIf(opts: { db: Db; actor: Actor; id: string; org: string; today: string }): Promise<WhatIf> {
  const { db, actor } = opts;
  const draft = await getPack({ db, actor, id: opts.id });
  const node = await loadStatsNode(db, actor, opts.org);
  if (!node.code.startsWith(draft.orgCode)) throw new AppError('VALIDATION_FAILED', msg('所选单位不在该规则包的适用地区内', 'The unit is outside the pack’s region'));
  let annualCurrent = 0;
  let annualDraft = 0;
  let up = 0;
  let down = 0;
  const examples: WhatIf['examples'] = [];
  const computed = await gradesUnder(db, node.code, opts.today);
  for (const c of computed) {
    const { worker: w, pack, grade } = c;
    const input = { postClass: w.postClass as PostClass, positions: w.positions, certLevel: w.swQualification, lastResult: c.lastResult, passingYears: passingYearsOf(c) };
    const payNow = computePay(pack.pay, { ...input, grade: grade.grade, postRange: grade.post });
    // The same years and results, judged by the draft's rules (it may count 不称职 years differently).
    const g2 = computeGrade(draft.grading, { postClass: input.postClass, communityYears: c.years, failedYears: c.failedYears, education: higherEducation(w.education, w.inServiceEducation), certLevel: w.swQualification });
    const payDraft = computePay(draft.pay, { ...input, grade: g2.grade, postRange: g2.post });
    annualCurrent += (payNow.monthlyPay + payNow.employer.total) * 12;
    annualDraft += (payDraft.monthlyPay + payDraft.employer.total) * 12;
    if (g2.grade > grade.grade) up++;
    if (g2.grade < grade.grade) down++;
    if (g2.grade !== grade.grade || payDraft.monthlyPay !== payNow.monthlyPay) {
      examples.push({ workerId: w.id, name: w.name, communityName: w.communityName, gradeCurrent: grade.grade, gradeDraft: g2.grade, monthlyCurrent: payNow.monthlyPay, monthlyDraft: payDraft.monthlyPay });
    }
  }
  examples.sort((a, b) => Math.abs(b.monthlyDraft - b.monthlyCurrent) - Math.abs(a.monthlyDraft - a.monthlyCurrent) || a.workerId - b.workerId);
  return {
    packId: draft.id,
    org: node.code,
    orgName: node.name,
    workers: computed.length,
    gradeChanges: up + down,
    gradeUp: up,
    gradeDown: down,
    annualCurrent: cents(annualCurrent),
    annualDraft: cents(annualDraft),
    difference: cents(annualDraft - annualCurrent),
    examples: examples.slice(0, 50),
  };
}
