// Exits proposed by the community (A9.3, issue 7): a community secretary cannot change the register, so they ask
// their street through the one approval mechanism; the street's approval records the exit in the same
// transaction (archive row, closed logins), and a refusal or withdrawal changes nothing.
import { msg } from '@cwp/contracts/messages';
import type { ExitWorkerInput } from '@cwp/contracts/workers.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { EXIT_REQUEST_WORKFLOW } from '@cwp/domain/approvals';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import * as wq from '../workflow/workflow.queries.ts';
import { presentRequests, submitRequest, type DecisionHook } from '../workflow/workflow.service.ts';
import { checkExit, recordExit } from './worker-moves.service.ts';
import { loadWorkerInScope } from './workers.service.ts';

export async function requestExit(opts: { db: Db; actor: Actor; workerId: number; input: ExitWorkerInput }): Promise<WorkflowRequest> {
  const { db, actor, input } = opts;
  const w = (await loadWorkerInScope(db, actor, opts.workerId)).worker;
  checkExit(w, input);
  if ((await wq.listRequests(db, wq.pendingAbout('worker_exit', { workerId: w.id }), 1)).length > 0) {
    throw new AppError('INVALID_STATE', msg('该人员已有待审批的退出申请', 'An exit request for this worker is already waiting for a decision'));
  }
  const row = await db.transaction((tx) =>
    submitRequest(tx, actor, {
      kind: 'worker_exit',
      definition: EXIT_REQUEST_WORKFLOW,
      subjectCode: w.communityCode,
      subjectWorkerId: w.id,
      title: `${w.name} ${input.exitType}（${input.exitDate}）`,
      comment: input.reason,
      payload: { exitType: input.exitType, exitDate: input.exitDate, reason: input.reason },
    }),
  );
  return (await presentRequests(db, actor, [row]))[0]!;
}

/** On approval the street records the exit as asked; if the worker left meanwhile the approval is refused. */
export const exitRequestHook: DecisionHook = async (tx, row, actor) => {
  if (row.status !== 'approved' || row.subjectWorkerId === null) return;
  const w = (await loadWorkerInScope(tx, actor, row.subjectWorkerId)).worker;
  if (w.communityCode !== row.subjectCode) {
    throw new AppError('INVALID_STATE', msg('该人员已调动到其他社区，请由现所在社区重新申请', 'The worker has moved to another community; ask again from there'));
  }
  const input = row.payload as ExitWorkerInput;
  checkExit(w, input);
  await recordExit(tx, actor, w, input, 'workflow');
};
