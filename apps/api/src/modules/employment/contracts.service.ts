// Labour contracts with the street and 五险一金 (A12.2). A renewal is a new contract linked to the one it renews;
// the register's contract_start/contract_end mirror the current contract through the worker-update path, so
// the roster, imports and the archive see the same dates.
import { msg } from '@cwp/contracts/messages';
import type { ContractInput, ContractListItem, EmploymentTerms, LabourContract, TermsInput } from '@cwp/contracts/employment.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { CONTRACT_WARNING_DAYS, contractStanding, daysUntil, INSURANCE_ITEMS, renewalChain, renewalProblem, type ContractKind, type ContractTerm } from '@cwp/domain/employment';
import type { labourContracts } from '../../db/schema-employment.ts';
import type { Db } from '../../db/database.ts';
import { AppError, isUniqueViolation, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as wq from '../workers/workers.queries.ts';
import { actorLabel, loadWorkerInScope, updateWorker, type WorkerDeps } from '../workers/workers.service.ts';
import { assertStreetOrAbove } from './employment-access.ts';
import * as q from './employment.queries.ts';

type ContractData = typeof labourContracts.$inferSelect;

export function presentContract(c: ContractData, employerName: string, renewed: boolean): LabourContract {
  return {
    id: c.id,
    workerId: c.workerId,
    employerCode: c.employerCode,
    employerName,
    contractNo: c.contractNo,
    kind: c.kind as ContractKind,
    startDate: c.startDate,
    endDate: c.endDate,
    signedOn: c.signedOn,
    previousId: c.previousId,
    renewed,
    note: c.note,
    recordedBy: c.recordedByName,
  };
}

const asTerm = (c: ContractData): ContractTerm => ({ id: c.id, kind: c.kind as ContractKind, startDate: c.startDate, endDate: c.endDate, previousId: c.previousId });

export function presentTerms(t: q.TermsRow | undefined): EmploymentTerms {
  if (!t) return { applicable: true, notApplicableReason: null, baseMonth: null, pension: false, medical: false, unemployment: false, injury: false, maternity: false, housingFund: false, recorded: false, updatedBy: null };
  return { applicable: t.applicable, notApplicableReason: t.notApplicableReason, baseMonth: t.baseMonth, pension: t.pension, medical: t.medical, unemployment: t.unemployment, injury: t.injury, maternity: t.maternity, housingFund: t.housingFund, recorded: true, updatedBy: t.updatedByName };
}

const insured = (t: q.TermsRow | null | undefined) => (t ? INSURANCE_ITEMS.filter((k) => t[k]).length : 0);

/** Contract standing of every active worker under `org`, filtered to expiring / expired / none / 不适用. */
export async function listContracts(opts: { db: Db; actor: Actor; org: string; filter?: q.ContractFilter; page: number; pageSize: number }) {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  const base = { scopeCode: actor.scopeCode, org: opts.org, today, warnUntil: addDaysIso(today, CONTRACT_WARNING_DAYS) };
  const [rows, total, expiring, expired, none, notApplicable] = await Promise.all([
    q.listContractStanding(db, { ...base, filter: opts.filter, limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize }),
    q.countContractStanding(db, { ...base, filter: opts.filter }),
    q.countContractStanding(db, { ...base, filter: 'expiring' }),
    q.countContractStanding(db, { ...base, filter: 'expired' }),
    q.countContractStanding(db, { ...base, filter: 'none' }),
    q.countContractStanding(db, { ...base, filter: 'not_applicable' }),
  ]);
  const items: ContractListItem[] = rows.map((r) => {
    const standing = contractStanding(r.contract ? asTerm(r.contract) : null, today, { applicable: r.terms?.applicable ?? true });
    return {
      workerId: r.w.id,
      workerName: r.w.name,
      category: r.w.category,
      communityName: r.communityName,
      // Listed contracts are current ones (no successor) by the query's join.
      current: r.contract ? presentContract(r.contract, r.employerName ?? r.contract.employerCode, false) : null,
      standing,
      daysLeft: r.contract?.endDate ? daysUntil(today, r.contract.endDate) : null,
      insuredItems: insured(r.terms),
    };
  });
  return { items, total, counts: { expiring, expired, none, notApplicable }, warnDays: CONTRACT_WARNING_DAYS };
}

/** A worker's contracts along the renewal chain (first → current) and where the current one stands. */
export async function contractsOf(db: Db, workerId: number) {
  const rows = await q.listContractsOfWorker(db, workerId);
  const terms = await q.findTerms(db, workerId);
  const byId = new Map(rows.map((r) => [r.c.id, r]));
  const chain = renewalChain(rows.map((r) => asTerm(r.c))).map((t) => byId.get(t.id)!);
  const current = chain.at(-1);
  return {
    contracts: chain.map((r) => presentContract(r.c, r.employerName, r.renewed)),
    standing: contractStanding(current ? asTerm(current.c) : null, todayIso(), { applicable: terms?.applicable ?? true }),
    terms: presentTerms(terms),
  };
}

const invalid = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', msg(zh, en), [{ path, message: msg(zh, en) }]);
const RENEWAL_MESSAGES = {
  has_successor: ['该合同已经续签过', 'This contract has already been renewed'],
  open_ended: ['无固定期限合同不需要续签', 'An open-ended contract is not renewed'],
  starts_too_early: ['续签合同应在原合同开始之后开始', 'The renewal starts after the contract it renews'],
  ends_before_start: ['截止日期不能早于开始日期', 'The end date is before the start date'],
} as const;

/** Records a worker's first contract with the street, or a renewal of the current one (previousId). */
export async function recordContract(opts: WorkerDeps & { actor: Actor; workerId: number; input: ContractInput }): Promise<LabourContract> {
  const { db, crypto, actor, input } = opts;
  assertStreetOrAbove(actor);
  const w = (await loadWorkerInScope(db, actor, opts.workerId)).worker;
  if (w.status === '已退出') throw new AppError('INVALID_STATE', msg('该人员已退出，档案只读', 'This worker has left; the archive is read-only'));
  const terms = await q.findTerms(db, w.id);
  if (terms && !terms.applicable) throw new AppError('INVALID_STATE', msg(`该人员已登记为不适用劳动合同（${terms.notApplicableReason ?? ''}）`, 'Labour contracts are recorded as not applicable to this worker'));
  if (input.signedOn > todayIso()) throw invalid('signedOn', '签订日期不能晚于今天', 'The signing date cannot be in the future');
  const existing = await q.listContractsOfWorker(db, w.id);
  if (input.previousId === null && existing.length > 0) throw new AppError('INVALID_STATE', msg('该人员已有劳动合同，请在当前合同上办理续签', 'This worker has a contract; renew the current one'));
  if (input.previousId !== null) {
    const prev = existing.find((r) => r.c.id === input.previousId);
    if (!prev) throw notFound(msg('要续签的合同不存在', 'The contract to renew does not exist'));
    const problem = renewalProblem(asTerm(prev.c), prev.renewed, input);
    if (problem) {
      const [zh, en] = RENEWAL_MESSAGES[problem];
      throw problem === 'has_successor' || problem === 'open_ended' ? new AppError('INVALID_STATE', msg(zh, en)) : invalid(problem === 'ends_before_start' ? 'endDate' : 'startDate', zh, en);
    }
  }
  try {
    const row = await db.transaction(async (tx) => {
      const saved = await q.insertContract(tx, {
        workerId: w.id,
        employerCode: w.streetCode,
        contractNo: input.contractNo,
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate,
        signedOn: input.signedOn,
        previousId: input.previousId,
        note: input.note,
        recordedByUserId: actor.userId,
        recordedByName: actorLabel(actor),
      });
      // Mirror the current contract on the register (and its archive row) through the one update path.
      await updateWorker({ db: tx, crypto, actor, id: w.id, input: { contractStart: input.startDate, contractEnd: input.endDate, version: w.version } });
      await auditSuccess(tx, actor, input.previousId ? 'contract_renew' : 'contract_record', 'worker', w.id, { contractId: saved.id, previousId: input.previousId });
      return saved;
    });
    const streetName = (await findUnitInScope(db, w.streetCode, ''))?.name ?? w.streetCode;
    return presentContract(row, streetName, false);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', msg('该合同已经续签过', 'This contract has already been renewed'));
    throw err;
  }
}

/** Saves whether the duty applies and the 五险一金 status (A12.2), with an archive row. */
export async function saveTerms(opts: { db: Db; actor: Actor; workerId: number; input: TermsInput }): Promise<EmploymentTerms> {
  const { db, actor, input } = opts;
  assertStreetOrAbove(actor);
  const w = (await loadWorkerInScope(db, actor, opts.workerId)).worker;
  if (w.status === '已退出') throw new AppError('INVALID_STATE', msg('该人员已退出，档案只读', 'This worker has left; the archive is read-only'));
  const paid = INSURANCE_ITEMS.filter((k) => input[k]);
  await db.transaction(async (tx) => {
    await q.upsertTerms(tx, { workerId: w.id, ...input, notApplicableReason: input.applicable ? null : input.notApplicableReason, updatedByName: actorLabel(actor) });
    await wq.insertHistory(tx, {
      workerId: w.id,
      kind: 'insurance_updated',
      occurredOn: todayIso(),
      actorUserId: actor.userId,
      actorName: actorLabel(actor),
      source: 'manual',
      summary: input.applicable
        ? `五险一金：已缴 ${paid.length}/6 项${input.baseMonth ? `，基数起始月 ${input.baseMonth}` : ''}`
        : `劳动合同与社会保险不适用：${input.notApplicableReason}`,
      changes: [],
    });
    await auditSuccess(tx, actor, 'employment_terms', 'worker', w.id, { applicable: input.applicable, paid });
  });
  return presentTerms(await q.findTerms(db, w.id));
}
