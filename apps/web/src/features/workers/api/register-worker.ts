import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function registerWorker(input: RegisterWorkerInput): Promise<WorkerDetail> {
  return apiPost<WorkerDetail>('/workers', input);
}

export function useRegisterWorker() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: registerWorker,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
