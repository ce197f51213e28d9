import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetCeilingInput } from '@cwp/contracts/staffing.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiPost } from '../../../lib/api-client.ts';

/** A unit's own ceiling goes to the level above for approval (A3.1). */
export function useRequestCeiling(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetCeilingInput) => apiPost<WorkflowRequest>(`/staffing/${encodeURIComponent(code)}/ceiling-requests`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workflow'] }),
  });
}
