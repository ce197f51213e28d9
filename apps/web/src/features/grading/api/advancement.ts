import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdvancementBatch, AdvancementInput } from '@cwp/contracts/grading.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function useProposeAdvancement() {
  return useMutation({ mutationFn: (input: AdvancementInput) => apiPost<AdvancementBatch>('/grading/advancements', input) });
}

/** Approval writes grades into the registry: worker pages and pay sheets must refetch. */
export function useApproveAdvancement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiPost<AdvancementBatch>(`/grading/advancements/${id}/approve`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['workers'] });
      void qc.invalidateQueries({ queryKey: ['grading', 'paysheet'] });
    },
  });
}
