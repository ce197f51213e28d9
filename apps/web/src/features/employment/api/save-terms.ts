import { useMutation } from '@tanstack/react-query';
import type { EmploymentTerms, TermsInput } from '@cwp/contracts/employment.contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { useRefreshEmployment } from './employment-cache.ts';

/** 五险一金 and whether the contract duty applies at all (A12.2). */
export function useSaveTerms() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (v: { workerId: number; input: TermsInput }) => apiRequest<EmploymentTerms>(`/workers/${v.workerId}/employment-terms`, { method: 'PUT', body: v.input }), onSuccess });
}
