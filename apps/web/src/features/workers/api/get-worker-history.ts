import { useQuery } from '@tanstack/react-query';
import type { WorkerHistoryEntry } from '@cwp/contracts/workers.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Archive entries, newest first. */
export function getWorkerHistory(id: number): Promise<WorkerHistoryEntry[]> {
  return apiGet<WorkerHistoryEntry[]>(`/workers/${id}/history`);
}

export function useWorkerHistory(id: number) {
  return useQuery({ queryKey: ['workers', 'history', id], queryFn: () => getWorkerHistory(id), retry: false });
}
