// Filing of community Party secretaries (书记备案, A9.4) on the one approval mechanism. Positions change through
// the worker-update path, which has no decision hook, so the street files explicitly and the "secretaries
// without a filing" list makes sure nobody is missed. The county social-work department stands in for the
// county organisation department (no such role on the platform) and acknowledges (备案确认) or returns (退回).
import { msg } from '@cwp/contracts/messages';
import type { FilingInput, SecretaryFiling, UnfiledSecretary } from '@cwp/contracts/employment.contract';
import { todayIso } from '@cwp/domain/dates';
import { secretaryFilingWorkflow } from '@cwp/domain/employment';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as wfq from '../workflow/workflow.queries.ts';
import { present, submitRequest, type WorkflowHooks } from '../workflow/workflow.service.ts';
import * as wq from '../workers/workers.queries.ts';
import { actorLabel } from '../workers/workers.service.ts';
import { assertStreetOrAbove } from './employment-access.ts';
import * as q from './filings.queries.ts';

export const SECRETARY_FILING_KIND = 'secretary_filing';

async function presentAll(db: Db, actor: Actor, rows: q.FilingRow[]): Promise<SecretaryFiling[]> {
  const names = await wfq.unitNames(db, [...new Set(rows.map((r) => r.r.subjectCode))]);
  const today = todayIso();
  return rows.map((x) => ({
    requestId: x.f.requestId,
    workerId: x.f.workerId,
    workerName: x.workerName,
    communityName: x.communityName,
    appointedOn: x.f.appointedOn,
    documentNo: x.f.documentNo,
    note: x.f.note,
    request: present(x.r, actor, names, today),
  }));
}

/** The street submits the filing of a worker who holds 党组织书记; one live filing per secretary. */
export async function submitFiling(opts: { db: Db; actor: Actor; input: FilingInput }): Promise<SecretaryFiling> {
  const { db, actor, input } = opts;
  assertStreetOrAbove(actor);
  const found = await wq.findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  const w = found.worker;
  if (!w.positions.includes('党组织书记')) {
    const m = msg('该人员未担任社区党组织书记，无需备案', 'This worker is not a community Party secretary');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'workerId', message: m }]);
  }
  if (input.appointedOn > todayIso()) {
    const m = msg('任职日期不能晚于今天', 'The appointment date cannot be in the future');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'appointedOn', message: m }]);
  }
  const id = await db.transaction(async (tx) => {
    await q.lockWorker(tx, w.id);
    if (await q.hasLiveFiling(tx, w.id)) throw new AppError('INVALID_STATE', msg('该书记已有待确认或已确认的备案', 'This secretary already has a pending or acknowledged filing'));
    const title = `${w.name}（${found.communityName}党组织书记）任职备案`;
    const row = await submitRequest(tx, actor, { kind: SECRETARY_FILING_KIND, definition: secretaryFilingWorkflow(), subjectCode: w.communityCode, subjectWorkerId: w.id, title, comment: input.note });
    await q.insertFiling(tx, { requestId: row.id, workerId: w.id, communityCode: w.communityCode, appointedOn: input.appointedOn, documentNo: input.documentNo, note: input.note });
    await auditSuccess(tx, actor, 'secretary_filing_submit', 'worker', w.id, { requestId: row.id });
    return row.id;
  });
  return getFiling(db, actor, id);
}

export async function getFiling(db: Db, actor: Actor, requestId: number): Promise<SecretaryFiling> {
  const [row] = await q.listFilings(db, and(q.filingById(requestId), q.filingsUnder(actor.scopeCode))!);
  if (!row) throw notFound();
  return (await presentAll(db, actor, [row]))[0]!;
}

export async function listFilings(opts: { db: Db; actor: Actor; org: string; status?: string }): Promise<SecretaryFiling[]> {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const where = and(q.filingsUnder(opts.actor.scopeCode), q.filingsUnder(opts.org), ...(opts.status ? [q.filingStatus(opts.status)] : []))!;
  return presentAll(opts.db, opts.actor, await q.listFilings(opts.db, where));
}

export async function listUnfiled(opts: { db: Db; actor: Actor; org: string }): Promise<UnfiledSecretary[]> {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return q.listUnfiled(opts.db, opts.actor.scopeCode, opts.org);
}

/** Filings of one worker (already checked in scope by the caller). */
export async function filingsOfWorker(db: Db, actor: Actor, workerId: number): Promise<SecretaryFiling[]> {
  return presentAll(db, actor, await q.listFilings(db, q.filingsOfWorker(workerId)));
}

/** The county's decision goes into the secretary's archive (A9.5) in the decision's transaction. */
export const filingHooks: WorkflowHooks = {
  [SECRETARY_FILING_KIND]: async (tx, row, actor) => {
    if (row.status === 'cancelled' || row.subjectWorkerId === null) return;
    const [filing] = await q.listFilings(tx, q.filingById(row.id));
    if (!filing) return;
    const comment = (row.state as { records: { comment: string }[] }).records.at(-1)?.comment ?? '';
    await wq.insertHistory(tx, {
      workerId: row.subjectWorkerId,
      kind: row.status === 'approved' ? 'secretary_filed' : 'secretary_filing_returned',
      occurredOn: todayIso(),
      actorUserId: actor.userId,
      actorName: actorLabel(actor),
      source: 'workflow',
      summary:
        row.status === 'approved'
          ? `社区党组织书记任职备案已确认（任职 ${filing.f.appointedOn}，文号 ${filing.f.documentNo}）`
          : `社区党组织书记任职备案被退回：${comment}`,
      changes: [],
    });
  },
};
