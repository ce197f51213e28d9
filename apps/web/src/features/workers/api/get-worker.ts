import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WorkerDetail } from '@cwp/contracts/workers.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** `reveal` asks for the full ID number and phone; the API audits it and refuses roles without workers:reveal. */
export function getWorker(id: number, reveal = false): Promise<WorkerDetail> {
  return apiGet<WorkerDetail>(`/workers/${id}`, reveal ? { reveal: 1 } : undefined);
}

export const workerQuery = (id: number, reveal = false) =>
  queryOptions({ queryKey: ['workers', 'detail', id, reveal], queryFn: () => getWorker(id, reveal), retry: false });

export function useWorker(id: number, reveal = false) {
  return useQuery({ ...workerQuery(id, reveal), enabled: Number.isInteger(id) && id > 0 });
}
