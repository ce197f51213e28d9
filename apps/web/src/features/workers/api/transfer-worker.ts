import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function transferWorker(id: number, input: TransferWorkerInput): Promise<WorkerDetail> {
  return apiPost<WorkerDetail>(`/workers/${id}/transfer`, input);
}

export function useTransferWorker(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TransferWorkerInput) => transferWorker(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
