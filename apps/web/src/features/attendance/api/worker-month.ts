import { useQuery } from '@tanstack/react-query';
import type { WorkerMonth } from '@cwp/contracts/attendance.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** A worker's month: the schedule, every day's punches and status, totals and 补卡 requests. */
export function useWorkerMonth(workerId: number | null | undefined, month: string) {
  return useQuery({
    queryKey: ['attendance', 'worker', workerId, month],
    queryFn: () => apiGet<WorkerMonth>(`/workers/${workerId}/attendance`, { month }),
    enabled: !!workerId,
    retry: false,
  });
}
