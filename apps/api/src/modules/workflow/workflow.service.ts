// The one approval mechanism (issue 7) over stored requests: who may act is decided by the domain rule from
// the request's own copy of its definition and the subject's code, always inside the approver's scope;
// each action is a new state written at the request's version with an audit row in the same transaction.
import { msg } from '@cwp/contracts/messages';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { todayIso } from '@cwp/domain/dates';
import { act, describe, dueOn, isOverdue, mayAct, submit, type RequestState, type WorkflowAction, type WorkflowDefinition } from '@cwp/domain/workflow';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import * as q from './workflow.queries.ts';

export const REQUEST_NOT_FOUND = msg('申请不存在或不在您的数据范围内', 'This request does not exist or is outside your data scope');

const OUTCOME_CODES = { closed: 'INVALID_STATE', reason_required: 'VALIDATION_FAILED', not_allowed: 'FORBIDDEN' } as const;

const asActor = (a: Actor) => ({ id: a.userId, name: a.displayName, role: a.role, scopeCode: a.scopeCode });

export function present(row: q.RequestRow, actor: Actor, names: Map<string, string>, today = todayIso()): WorkflowRequest {
  const def = row.definition as WorkflowDefinition;
  const state = row.state as RequestState;
  const actions = (['approve', 'reject', 'cancel'] as const).filter((a) => mayAct(def, state, asActor(actor), a, row.subjectCode, row.requesterUserId));
  return {
    id: row.id,
    kind: row.kind,
    title: row.title || row.kind,
    subjectCode: row.subjectCode,
    subjectName: names.get(row.subjectCode) ?? row.subjectCode,
    requesterName: row.requesterName,
    status: state.status,
    standing: describe(def, state, row.subjectCode),
    steps: def.steps.map((s) => ({ key: s.key, name: s.name })),
    stepIndex: state.stepIndex,
    dueOn: dueOn(def, state),
    overdue: isOverdue(def, state, today),
    records: state.records,
    actions,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * What a module does when one of its requests is decided (approved, rejected or withdrawn): run in the same
 * transaction as the decision, so an approval and its effect (a secondment becoming active, a matter joining
 * the list) land together or not at all. A hook may throw an AppError to refuse the decision.
 */
export type DecisionHook = (tx: Db, row: q.RequestRow, actor: Actor) => Promise<void>;
export type WorkflowHooks = Readonly<Record<string, DecisionHook>>;

/** Starts a request of any kind inside the caller's transaction; the module writes its own detail row beside it. */
export async function submitRequest(
  tx: Db,
  actor: Actor,
  r: { kind: string; definition: WorkflowDefinition; subjectCode: string; subjectWorkerId?: number | null; title: string; comment?: string; payload?: Record<string, unknown> },
): Promise<q.RequestRow> {
  const state = submit(r.definition, asActor(actor), todayIso(), r.comment ?? '');
  const row = await q.insertRequest(tx, {
    kind: r.kind,
    subjectWorkerId: r.subjectWorkerId ?? null,
    subjectCode: r.subjectCode,
    requesterUserId: actor.userId,
    requesterName: actor.displayName,
    title: r.title,
    payload: r.payload ?? {},
    definition: r.definition,
    state,
    status: state.status,
  });
  await auditSuccess(tx, actor, 'workflow_submit', `workflow_${r.kind}`, row.id, { subjectCode: r.subjectCode, title: r.title });
  return row;
}

/** Applies an action; the caller supplies the version it saw, so two approvers never both decide. */
export async function actOnRequest(opts: { db: Db; actor: Actor; id: number; action: WorkflowAction; comment: string; version: number; hooks?: WorkflowHooks }): Promise<q.RequestRow> {
  const { db, actor } = opts;
  const row = await q.findRequest(db, opts.id, q.visibleTo(actor.scopeCode, actor.userId));
  if (!row) throw notFound(REQUEST_NOT_FOUND);
  const outcome = act(row.definition as WorkflowDefinition, row.state as RequestState, {
    actor: asActor(actor),
    action: opts.action,
    on: todayIso(),
    comment: opts.comment,
    subjectCode: row.subjectCode,
    requesterId: row.requesterUserId,
  });
  if (!outcome.ok) throw new AppError(OUTCOME_CODES[outcome.code], msg(outcome.reason, outcome.reasonEn));
  return db.transaction(async (tx) => {
    const updated = await q.updateAtVersion(tx, row.id, opts.version, { state: outcome.state, status: outcome.state.status });
    if (!updated) throw new AppError('VERSION_CONFLICT', msg('该申请已被他人处理，请刷新后查看', 'Someone else has acted on this request; reload it'));
    // The hook's row locks come before the audit chain's lock, the order every other writer takes them in
    // (records first, audit last), so a decision and a direct edit of the same record cannot deadlock.
    const hook = opts.hooks?.[row.kind];
    if (hook && updated.status !== 'pending') await hook(tx, updated, actor);
    await auditSuccess(tx, actor, `workflow_${opts.action}`, `workflow_${row.kind}`, row.id, { status: outcome.state.status, comment: opts.comment || null });
    return updated;
  });
}

/** Requests as the inbox shows them, with the names of their subject units. */
export async function presentRequests(db: Db, actor: Actor, rows: q.RequestRow[]): Promise<WorkflowRequest[]> {
  const names = await q.unitNames(db, [...new Set(rows.map((r) => r.subjectCode))]);
  const today = todayIso();
  return rows.map((r) => present(r, actor, names, today));
}

/** To-do (the caller may act now), mine (asked for by the caller) or overdue (pending past due, in scope). */
export async function inboxRows(opts: { db: Db; actor: Actor; box: 'todo' | 'mine' | 'overdue' }): Promise<q.RequestRow[]> {
  const { db, actor } = opts;
  if (opts.box === 'mine') return q.listRequests(db, q.requestedBy(actor.userId));
  const pending = await q.listRequests(db, q.pendingUnder(actor.scopeCode), 5000);
  const today = todayIso();
  return pending.filter((r) => {
    const def = r.definition as WorkflowDefinition;
    const state = r.state as RequestState;
    return opts.box === 'todo' ? mayAct(def, state, asActor(actor), 'approve', r.subjectCode, r.requesterUserId) : isOverdue(def, state, today);
  });
}

