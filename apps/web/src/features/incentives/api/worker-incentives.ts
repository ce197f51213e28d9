import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workerIncentives } from '@cwp/contracts/incentives.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type WorkerIncentives = z.infer<typeof workerIncentives>;

/**
 * A worker's vettings, honours, reserve entries, health checks, visits and difficulties. Keyed under 'workers'
 * so a change to the worker refreshes it with the rest of the worker page; the worker reads their own too.
 */
export function useWorkerIncentives(id: number | null | undefined) {
  return useQuery({
    queryKey: ['workers', 'incentives', id],
    queryFn: () => apiGet<WorkerIncentives>(`/workers/${id}/incentives`),
    enabled: !!id,
    retry: false,
  });
}
