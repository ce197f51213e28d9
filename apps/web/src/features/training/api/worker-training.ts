import { useQuery } from '@tanstack/react-query';
import type { WorkerTraining } from '@cwp/contracts/training.contract';
import { apiGet } from '../../../lib/api-client.ts';

/**
 * A worker's programmes and standing on A8.2/A8.3. Keyed under 'workers' so that any change to the worker
 * (a transfer, new positions) refreshes it along with the rest of the worker page.
 */
export function useWorkerTraining(id: number) {
  return useQuery({ queryKey: ['workers', 'trainings', id], queryFn: () => apiGet<WorkerTraining>(`/workers/${id}/trainings`), retry: false });
}
