import { useQuery } from '@tanstack/react-query';
import type { WorkerEmployment } from '@cwp/contracts/employment.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** One worker's probation, contracts, 五险一金 and secretary filings, for the cards on the worker page. */
export function useWorkerEmployment(workerId: number | null) {
  return useQuery({ queryKey: ['employment', 'worker', workerId], queryFn: () => apiGet<WorkerEmployment>(`/workers/${workerId}/employment`), enabled: workerId !== null, retry: false });
}
