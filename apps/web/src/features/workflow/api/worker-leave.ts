import { useQuery } from '@tanstack/react-query';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** A worker's leave, latest start date first; readable with workers:read, so a worker reads their own. */
export function useWorkerLeave(workerId: number | null | undefined) {
  return useQuery({
    queryKey: ['workers', 'leave', workerId],
    queryFn: () => apiGet<Leave[]>(`/workers/${workerId}/leave`),
    enabled: !!workerId,
    retry: false,
  });
}
