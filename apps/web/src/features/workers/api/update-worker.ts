import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { apiPatch } from '../../../lib/api-client.ts';

/** Send the `version` read with the detail: a 409 VERSION_CONFLICT means someone else saved first. */
export function updateWorker(id: number, input: UpdateWorkerInput): Promise<WorkerDetail> {
  return apiPatch<WorkerDetail>(`/workers/${id}`, input);
}

export function useUpdateWorker(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkerInput) => updateWorker(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
