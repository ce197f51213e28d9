import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AllocationPlan, AllocationPlanInput } from '@cwp/contracts/staffing.contract';
import { apiPost } from '../../../lib/api-client.ts';

/** A suggestion only (nothing is stored), so it is read like a query and recomputed as inputs change. */
export function planAllocation(streetCode: string, input: AllocationPlanInput): Promise<AllocationPlan> {
  return apiPost<AllocationPlan>(`/staffing/${encodeURIComponent(streetCode)}/allocation-plan`, input);
}

export function useAllocationPlan(streetCode: string, input: AllocationPlanInput, enabled = true) {
  return useQuery({
    queryKey: ['staffing', 'allocation', streetCode, input],
    queryFn: () => planAllocation(streetCode, input),
    placeholderData: keepPreviousData,
    enabled,
  });
}
