import { useMutation } from '@tanstack/react-query';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkflow } from './workflow-cache.ts';

export type WorkflowAction = WorkflowRequest['actions'][number];

/** 同意, 不同意 or 撤回 at the version the user saw; a 409 means someone acted first. */
export function useActOnRequest() {
  const refresh = useRefreshWorkflow();
  return useMutation({
    mutationFn: (v: { id: number; action: WorkflowAction; comment: string; version: number }) =>
      apiPost<WorkflowRequest>(`/workflow/requests/${v.id}/act`, { action: v.action, comment: v.comment, version: v.version }),
    // Refetch on failure too: after a 409 or 403 the lists must show where the request really stands.
    onSettled: refresh,
  });
}
