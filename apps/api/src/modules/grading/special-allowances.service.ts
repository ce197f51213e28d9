// Front-line allowances per occasion (A12.3): a street records who served in a major task, disaster or
// emergency, for how many days and on what basis; the pay sheet of the named month pays them. Each record
// and each revocation writes an archive row (A9.5) and an audit row in the same transaction.
import type { RulePack } from '@cwp/contracts/grading.contract';
import { msg } from '@cwp/contracts/messages';
import type { SpecialAllowance, SpecialAllowanceInput } from '@cwp/contracts/special-allowance.contract';
import { daysInMonth } from '@cwp/domain/dates';
import { resolveNearest } from '@cwp/domain/effective-dated';
import { recordAmount, ruleFor, SPECIAL_ALLOWANCE_LABELS, type SpecialAllowanceKind, type SpecialAllowanceRecord } from '@cwp/domain/special-allowance';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import { findWorkerInScope, insertHistory } from '../workers/workers.queries.ts';
import { NO_PUBLISHED_PACK } from './grading.service.ts';
import { publishedPacks } from './grading.queries.ts';
import * as q from './special-allowances.queries.ts';

const RECORD_NOT_FOUND = msg('一线津贴记录不存在或不在您的数据范围内', 'This front-line allowance record does not exist or is outside your data scope');
const NO_RATE = msg(
  '适用的规则包未设定该类一线津贴的日标准，请按发放通知填写金额',
  'The rule pack in force sets no daily rate for this kind of front-line allowance; enter the amount from the notice',
);

export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

function asRecord(a: q.SpecialAllowanceRow): SpecialAllowanceRecord {
  return { kind: a.kind as SpecialAllowanceKind, event: a.event, days: a.days, amount: a.amount, perDay: a.perDay };
}

function present(r: q.ListedAllowance): SpecialAllowance {
  const a = r.a;
  const priced = recordAmount(undefined, asRecord(a));
  return {
    id: a.id,
    workerId: a.workerId,
    workerName: r.workerName,
    communityName: r.communityName,
    kind: a.kind as SpecialAllowanceKind,
    kindLabel: SPECIAL_ALLOWANCE_LABELS[a.kind as SpecialAllowanceKind],
    event: a.event,
    basis: a.basis,
    startDate: a.startDate,
    endDate: a.endDate,
    days: a.days,
    amount: a.amount,
    perDay: a.perDay,
    payable: priced?.amount ?? 0,
    formula: priced?.formula ?? '',
    payMonth: a.payMonth,
    recordedBy: a.recordedBy,
    recordedAt: a.recordedAt.toISOString(),
    revokedAt: a.revokedAt ? a.revokedAt.toISOString() : null,
    revokedBy: a.revokedBy,
    revokeReason: a.revokeReason,
  };
}

export async function recordSpecialAllowance(opts: { db: Db; actor: Actor; input: SpecialAllowanceInput }): Promise<SpecialAllowance> {
  const { db, actor, input } = opts;
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found) throw notFound();
  const w = found.worker;
  if (w.communityStartDate && input.endDate < w.communityStartDate) {
    throw new AppError('VALIDATION_FAILED', msg('任务日期早于该人员到社区工作的日期', 'The service dates are before this worker started community work'));
  }
  if (w.status === '已退出' && w.exitDate && input.startDate > w.exitDate) {
    throw new AppError('VALIDATION_FAILED', msg('该人员已退出，不能登记其退出之后的一线服务', 'This worker has exited; service after the exit date cannot be recorded'));
  }
  let perDay: number | null = null;
  const amount = input.amount ?? null;
  if (amount === null) {
    // The daily rate of the pack in force for the pay month, frozen into the record.
    const packs = (await publishedPacks(db)).map((p) => ({ orgCode: p.orgCode, effectiveFrom: p.effectiveFrom, value: p.body as RulePack }));
    const pack = resolveNearest(packs, w.communityCode, monthEnd(input.payMonth))?.item.value;
    if (!pack) throw new AppError('INVALID_STATE', NO_PUBLISHED_PACK);
    const rate = ruleFor(pack.pay.specialAllowances, input.kind)?.perDay;
    if (rate === undefined) throw new AppError('VALIDATION_FAILED', NO_RATE, [{ path: 'amount', message: NO_RATE }]);
    perDay = rate;
  }
  const label = SPECIAL_ALLOWANCE_LABELS[input.kind];
  const row = await db.transaction(async (tx) => {
    const row = await q.insertSpecialAllowance(tx, {
      workerId: w.id,
      kind: input.kind,
      event: input.event,
      basis: input.basis,
      startDate: input.startDate,
      endDate: input.endDate,
      days: input.days,
      amount,
      perDay,
      payMonth: input.payMonth,
      recordedByUserId: actor.userId,
      recordedBy: actor.displayName,
    });
    const priced = recordAmount(undefined, asRecord(row))!;
    await insertHistory(tx, {
      workerId: w.id,
      kind: 'special_allowance',
      occurredOn: input.startDate,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      source: `special_allowance:${row.id}`,
      summary: `${label}：${input.event}（${input.startDate} 至 ${input.endDate}，${input.days} 天），${priced.amount.toFixed(2)} 元随 ${input.payMonth} 工资发放；依据：${input.basis}`,
      changes: [],
    });
    await auditSuccess(tx, actor, 'special_allowance_record', 'worker', w.id, { id: row.id, kind: input.kind, payMonth: input.payMonth, amount: priced.amount });
    return row;
  });
  return present({ a: row, workerName: w.name, communityCode: w.communityCode, communityName: found.communityName });
}

export async function listSpecialAllowances(opts: { db: Db; actor: Actor; org: string; month: string }): Promise<SpecialAllowance[]> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.org);
  const rows = await q.listForMonth(opts.db, { orgCode: node.code, scopeCode: opts.actor.scopeCode, month: opts.month });
  return rows.map(present);
}

export async function revokeSpecialAllowance(opts: { db: Db; actor: Actor; id: number; reason: string }): Promise<SpecialAllowance> {
  const { db, actor } = opts;
  const found = await q.findInScope(db, opts.id, actor.scopeCode);
  if (!found) throw notFound(RECORD_NOT_FOUND);
  const row = await db.transaction(async (tx) => {
    const row = await q.revoke(tx, opts.id, actor.displayName, opts.reason);
    if (!row) throw new AppError('INVALID_STATE', msg('该记录已撤销', 'This record has already been revoked'));
    await insertHistory(tx, {
      workerId: row.workerId,
      kind: 'special_allowance',
      occurredOn: row.startDate,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      source: `special_allowance:${row.id}`,
      summary: `撤销${SPECIAL_ALLOWANCE_LABELS[row.kind as SpecialAllowanceKind]}：${row.event}（${row.payMonth} 工资不再发放）；原因：${opts.reason}`,
      changes: [],
    });
    await auditSuccess(tx, actor, 'special_allowance_revoke', 'worker', row.workerId, { id: row.id, reason: opts.reason });
    return row;
  });
  return present({ ...found, a: row });
}

/** Unrevoked records paid in a month to workers under a unit, by worker, for the pay sheet. */
export async function specialForMonth(db: Db, orgCode: string, month: string): Promise<Map<number, SpecialAllowanceRecord[]>> {
  const out = new Map<number, SpecialAllowanceRecord[]>();
  for (const r of await q.listForMonth(db, { orgCode, scopeCode: '', month })) {
    if (r.a.revokedAt) continue;
    const list = out.get(r.a.workerId) ?? [];
    list.push(asRecord(r.a));
    out.set(r.a.workerId, list);
  }
  return out;
}
