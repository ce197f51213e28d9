// A unit's own 总量控制 ceiling changes on the one approval mechanism (A3.1, issue 7): a county asks its city, a
// city its province; the approval writes the ceiling, in the decision's transaction, as the requester asked.
import { msg } from '@cwp/contracts/messages';
import type { SetCeilingInput } from '@cwp/contracts/staffing.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { ceilingChangeWorkflow } from '@cwp/domain/approvals';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import * as wq from '../workflow/workflow.queries.ts';
import { presentRequests, submitRequest, type DecisionHook } from '../workflow/workflow.service.ts';
import { checkCeilingLevel } from './staffing.service.ts';
import * as q from './staffing.queries.ts';

export async function requestCeilingChange(opts: { db: Db; actor: Actor; code: string; input: SetCeilingInput }): Promise<WorkflowRequest> {
  const { db, actor, input } = opts;
  const node = await loadStatsNode(db, actor, opts.code);
  checkCeilingLevel(node.level);
  if ((await wq.listRequests(db, wq.pendingAbout('ceiling_change', { code: node.code }), 1)).length > 0) {
    throw new AppError('INVALID_STATE', msg('该单位已有待审批的总量调整申请', 'A ceiling change for this unit is already waiting for a decision'));
  }
  const row = await db.transaction((tx) =>
    submitRequest(tx, actor, {
      kind: 'ceiling_change',
      definition: ceilingChangeWorkflow(node.code),
      subjectCode: node.code,
      title: `${node.name} 总量控制数调整为 ${input.ceiling} 人（${input.effectiveFrom} 起）`,
      comment: input.reason,
      payload: { ...input },
    }),
  );
  return (await presentRequests(db, actor, [row]))[0]!;
}

/** Approved: the ceiling is recorded under the requester's name with the approval in its reason. */
export const ceilingRequestHook: DecisionHook = async (tx, row, actor) => {
  if (row.status !== 'approved') return;
  const input = row.payload as SetCeilingInput;
  await q.insertCeiling(tx, {
    orgCode: row.subjectCode,
    ceiling: input.ceiling,
    effectiveFrom: input.effectiveFrom,
    reason: `${input.reason}（${actor.displayName}审批同意，申请 #${row.id}）`,
    createdByUserId: row.requesterUserId,
    createdByName: row.requesterName,
  });
  await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'quota_ceiling_set', objectType: 'org_unit', objectId: row.subjectCode, outcome: 'success', detail: { ceiling: input.ceiling, effectiveFrom: input.effectiveFrom, requestId: row.id } });
};
