import { msg } from '@cwp/contracts/messages';
import type { AllocationPlan, AllocationPlanInput, RuleHistoryItem, SetCeilingInput, SetStaffingRuleInput, StaffingNode } from '@cwp/contracts/staffing.contract';
import { movesToReach, suggestAllocation } from '@cwp/domain/allocation';
import { todayIso } from '@cwp/domain/dates';
import type { EffectiveDated } from '@cwp/domain/effective-dated';
import type { QuotaRule } from '@cwp/domain/staffing';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { listChildren } from '../org/org.queries.ts';
import { ensureCountersCurrent } from '../stats/stats-maintenance.ts';
import { readCounters } from '../stats/stats.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import { staffingCalculator } from './staffing-tree.ts';
import { activeSecondedUnder } from '../burden/secondments.queries.ts';
import * as q from './staffing.queries.ts';

async function headcountsOf(db: Db, codes: string[]) {
  const rows = await readCounters(db, codes);
  const map = new Map<string, { total: number; byStatus: Record<string, number> }>();
  for (const code of codes) map.set(code, { total: 0, byStatus: {} });
  for (const r of rows) {
    const hc = map.get(r.orgCode)!;
    if (r.dim === 'total') hc.total = Number(r.n);
    if (r.dim === 'status' && Number(r.n) !== 0) hc.byStatus[r.value] = Number(r.n);
  }
  return map;
}

/** Everything the quota maths needs for a node and its children, loaded in a handful of queries. */
async function calculatorFor(db: Db, node: { code: string }, childCodes: string[]) {
  const today = todayIso();
  await ensureCountersCurrent(db, today);
  const facts = await q.latestFactsUnder(db, node.code);
  const units = await q.unitsForStaffing(db, node.code, facts.map((f) => f.orgCode));
  const rules: EffectiveDated<QuotaRule>[] = (await q.allRules(db)).map((r) => ({
    id: r.id,
    orgCode: r.orgCode,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    value: r.params as QuotaRule,
  }));
  const codes = [node.code, ...childCodes];
  const ceilings: EffectiveDated<number>[] = (await q.ceilingsFor(db, codes.filter(Boolean))).map((c) => ({
    id: c.id,
    orgCode: c.orgCode,
    effectiveFrom: c.effectiveFrom,
    value: c.ceiling,
  }));
  return staffingCalculator({ units, facts: new Map(facts.map((f) => [f.orgCode, f])), rules, ceilings, headcounts: await headcountsOf(db, codes), today });
}

/** Standard quota, ceiling, headcount, gap and flags of one unit (A3.1); 'root' is the nation. */
export async function getStaffing(opts: { db: Db; actor: Actor; code: string }): Promise<StaffingNode> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  return (await withSeconded(opts.db, [(await calculatorFor(opts.db, node, []))(node)]))[0]!;
}

/** Effective headcount (A17.3): those on the books minus those away today on an approved secondment. */
async function withSeconded(db: Db, nodes: StaffingNode[]): Promise<StaffingNode[]> {
  const seconded = await activeSecondedUnder(db, nodes.map((n) => n.code), todayIso());
  return nodes.map((n) => {
    const s = seconded.get(n.code) ?? 0;
    return { ...n, seconded: s, effectiveHeadcount: n.headcount - s };
  });
}

export async function getStaffingChildren(opts: { db: Db; actor: Actor; code: string }): Promise<StaffingNode[]> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  const children = await listChildren(opts.db, node.code === '' ? null : node.code, opts.actor.scopeCode);
  const present = await calculatorFor(opts.db, node, children.map((c) => c.code));
  return withSeconded(opts.db, children.map((c) => present(c)));
}

const RULE_LEVELS = new Set(['province', 'city', 'county']);
const CEILING_LEVELS = new Set(['city', 'county']);
export const OWN_CEILING = msg('本级的总量控制数须报上级审批，请提交调整申请', 'A unit’s own ceiling is approved by the level above: submit a change request');

export function checkCeilingLevel(level: string): void {
  if (!CEILING_LEVELS.has(level)) throw new AppError('VALIDATION_FAILED', msg('总量控制数只能由市级或县级设定', 'Ceilings are set by cities or counties'));
}

/** A province, city or county sets its quota rule from a date; earlier rules stay as history. */
export async function setStaffingRule(opts: { db: Db; actor: Actor; code: string; input: SetStaffingRuleInput }): Promise<RuleHistoryItem> {
  const { db, actor, input } = opts;
  const node = await loadStatsNode(db, actor, opts.code);
  if (!RULE_LEVELS.has(node.level)) {
    throw new AppError('VALIDATION_FAILED', msg('配备标准只能由省、市、县级设定', 'Quota rules are set by provinces, cities or counties'));
  }
  return db.transaction(async (tx) => {
    const row = await q.insertRule(tx, {
      orgCode: node.code,
      mode: input.rule.mode,
      params: input.rule,
      effectiveFrom: input.effectiveFrom,
      reason: input.reason,
      createdByUserId: actor.userId,
      createdByName: actor.displayName,
    });
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'staffing_rule_set', objectType: 'org_unit', objectId: node.code, outcome: 'success', detail: { rule: input.rule, effectiveFrom: input.effectiveFrom } });
    return presentRule(row);
  });
}

/** 总量控制: a city or county sets or changes its ceiling; every change is kept with who and why. */
export async function setCeiling(opts: { db: Db; actor: Actor; code: string; input: SetCeilingInput }): Promise<RuleHistoryItem> {
  const { db, actor, input } = opts;
  const node = await loadStatsNode(db, actor, opts.code);
  checkCeilingLevel(node.level);
  // 总量控制 bounds the unit itself, so a unit cannot raise its own ceiling: it asks the level above.
  if (node.code === actor.scopeCode) throw new AppError('FORBIDDEN', OWN_CEILING);
  return db.transaction(async (tx) => {
    const row = await q.insertCeiling(tx, {
      orgCode: node.code,
      ceiling: input.ceiling,
      effectiveFrom: input.effectiveFrom,
      reason: input.reason,
      createdByUserId: actor.userId,
      createdByName: actor.displayName,
    });
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'quota_ceiling_set', objectType: 'org_unit', objectId: node.code, outcome: 'success', detail: { ceiling: input.ceiling, effectiveFrom: input.effectiveFrom } });
    return presentCeiling(row);
  });
}

const MODE_LABELS: Record<string, string> = { per10k: '按城镇常住人口', perHouseholds: '按户数', householdSteps: '按户数分档', perCommunityCap: '每社区上限' };

function presentRule(r: Awaited<ReturnType<typeof q.rulesOf>>[number]): RuleHistoryItem {
  const p = r.params as QuotaRule;
  const detail =
    p.mode === 'per10k' ? `每万城镇常住人口 ${p.ratio} 人` : p.mode === 'perHouseholds' ? `每 ${p.householdsPerWorker} 户 1 人` : p.mode === 'perCommunityCap' ? `每社区不超过 ${p.cap} 人` : `分档 ${p.steps.length} 档`;
  return { id: r.id, orgCode: r.orgCode, kind: 'rule', summary: `配备标准：${MODE_LABELS[p.mode] ?? p.mode}，${detail}`, effectiveFrom: r.effectiveFrom, reason: r.reason, createdBy: r.createdByName, createdAt: r.createdAt.toISOString() };
}

function presentCeiling(c: Awaited<ReturnType<typeof q.ceilingsOf>>[number]): RuleHistoryItem {
  return { id: c.id, orgCode: c.orgCode, kind: 'ceiling', summary: `总量控制数：${c.ceiling} 人`, effectiveFrom: c.effectiveFrom, reason: c.reason, createdBy: c.createdByName, createdAt: c.createdAt.toISOString() };
}

export async function getRuleHistory(opts: { db: Db; actor: Actor; code: string }): Promise<RuleHistoryItem[]> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  const [rules, ceilings] = await Promise.all([q.rulesOf(opts.db, node.code), q.ceilingsOf(opts.db, node.code)]);
  return [...rules.map(presentRule), ...ceilings.map(presentCeiling)].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

const FULL_TIME = '社区专职工作人员';

/**
 * A street's suggested distribution of its full-time staff (社区专职工作人员) over its communities by
 * households, population or current headcount, adjusted by workload (A3.2). Accepting a move is a
 * transfer, made through the transfer endpoint so it lands in the worker's archive.
 */
export async function planAllocation(opts: { db: Db; actor: Actor; code: string; input: AllocationPlanInput }): Promise<AllocationPlan> {
  const { db, actor } = opts;
  const node = await loadStatsNode(db, actor, opts.code);
  if (node.level !== 'street') throw new AppError('VALIDATION_FAILED', msg('统筹调配只能在街道（乡镇）层级进行', 'Re-allocation is planned for a street'));
  await ensureCountersCurrent(db);
  const communities = await listChildren(db, node.code, actor.scopeCode);
  const counters = await readCounters(db, communities.map((c) => c.code));
  const fullTime = new Map<string, number>();
  const headcount = new Map<string, number>();
  for (const r of counters) {
    if (r.dim === 'category' && r.value === FULL_TIME) fullTime.set(r.orgCode, Number(r.n));
    if (r.dim === 'total') headcount.set(r.orgCode, Number(r.n));
  }
  const facts = new Map((await q.latestFactsUnder(db, node.code)).map((f) => [f.orgCode, f]));
  const basis = opts.input.basis ?? 'households';
  const factors = opts.input.workloadFactors ?? {};
  const weightOf = (code: string) =>
    basis === 'headcount' ? (headcount.get(code) ?? 0) : basis === 'households' ? (facts.get(code)?.households ?? null) : (facts.get(code)?.urbanPopulation ?? null);
  const rows = communities.map((c) => ({ code: c.code, weight: weightOf(c.code), workloadFactor: factors[c.code] ?? 1, current: fullTime.get(c.code) ?? 0 }));
  const total = rows.reduce((s, r) => s + r.current, 0);
  const suggested = suggestAllocation({ total, communities: rows.map((r) => ({ ...r, minimum: total >= rows.length ? 1 : 0 })) });
  const names = new Map(communities.map((c) => [c.code, c.name]));
  const moves = movesToReach(rows.map((r) => ({ code: r.code, count: r.current })), suggested.map((s) => ({ code: s.code, suggested: s.suggested })));
  return {
    streetCode: node.code,
    total,
    basis,
    communities: suggested.map((s, i) => ({ code: s.code, name: names.get(s.code) ?? s.code, weight: rows[i]!.weight, workloadFactor: rows[i]!.workloadFactor, current: s.current, suggested: s.suggested, change: s.change })),
    moves: moves.map((m) => ({ from: m.from, fromName: names.get(m.from) ?? m.from, to: m.to, toName: names.get(m.to) ?? m.to, count: m.count })),
  };
}
