import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExitWorkerInput } from '@cwp/contracts/workers.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiPost } from '../../../lib/api-client.ts';

/** 申请退出: the community asks its street, which records the exit by approving (A9.3). */
export function useRequestExit(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ExitWorkerInput) => apiPost<WorkflowRequest>(`/workers/${id}/exit-requests`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workflow'] }),
  });
}
