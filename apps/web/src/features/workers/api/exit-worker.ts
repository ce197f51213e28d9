import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExitWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function exitWorker(id: number, input: ExitWorkerInput): Promise<WorkerDetail> {
  return apiPost<WorkerDetail>(`/workers/${id}/exit`, input);
}

export function useExitWorker(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ExitWorkerInput) => exitWorker(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
