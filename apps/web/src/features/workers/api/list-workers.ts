import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListWorkersQuery, WorkerListItem } from '@cwp/contracts/workers.contract';
import { apiGet, type QueryValue } from '../../../lib/api-client.ts';

export interface WorkerListResult {
  items: WorkerListItem[];
  total: number;
}

export function listWorkers(query: ListWorkersQuery): Promise<WorkerListResult> {
  return apiGet<WorkerListResult>('/workers', query as Record<string, QueryValue>);
}

export function useWorkerList(query: ListWorkersQuery, enabled = true) {
  return useQuery({
    queryKey: ['workers', 'list', query],
    queryFn: () => listWorkers(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
