import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SpecialAllowance, SpecialAllowanceInput } from '@cwp/contracts/special-allowance.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export function useSpecialAllowances(org: string, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['grading', 'special-allowances', org, month],
    queryFn: () => apiGet<SpecialAllowance[]>('/grading/special-allowances', { org, month }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** A record or a revocation changes the month's pay sheet and the worker's archive. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['grading', 'special-allowances'] });
    void qc.invalidateQueries({ queryKey: ['grading', 'paysheet'] });
    void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}

export function useRecordSpecialAllowance() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: SpecialAllowanceInput) => apiPost<SpecialAllowance>('/grading/special-allowances', input), onSuccess });
}

export function useRevokeSpecialAllowance() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (v: { id: number; reason: string }) => apiPost<SpecialAllowance>(`/grading/special-allowances/${v.id}/revoke`, { reason: v.reason }), onSuccess });
}
