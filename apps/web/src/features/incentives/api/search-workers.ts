import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WorkerListItem } from '@cwp/contracts/workers.contract';
import { apiGet } from '../../../lib/api-client.ts';

/**
 * Roster search by name without the status filter: visits go to retired and departed workers as well
 * (A14.1), whom the registry's in-post picker leaves out.
 */
export function useWorkerSearchAnyStatus(f: { org: string; q: string }) {
  return useQuery({
    queryKey: ['workers', 'list', 'any-status', f],
    queryFn: () => apiGet<{ items: WorkerListItem[]; total: number }>('/workers', { org: f.org, q: f.q || undefined, page: 1, pageSize: 20, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
}
