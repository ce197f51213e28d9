import { useMutation } from '@tanstack/react-query';
import type { Placement, PlacementInput } from '@cwp/contracts/employment.contract';
import { apiPost, apiRequest } from '../../../lib/api-client.ts';
import { useRefreshEmployment } from './employment-cache.ts';

/** Records a placement (A3.4). */
export function useCreatePlacement() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (input: PlacementInput) => apiPost<Placement>('/placements', input), onSuccess });
}

/** Ends a placement early or extends it, and updates its tasks. */
export function useUpdatePlacement() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (v: { id: number; endDate: string; tasks: string }) => apiRequest<Placement>(`/placements/${v.id}`, { method: 'PUT', body: { endDate: v.endDate, tasks: v.tasks } }), onSuccess });
}
