import { useMutation } from '@tanstack/react-query';
import type { ContractInput, LabourContract } from '@cwp/contracts/employment.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshEmployment } from './employment-cache.ts';

/** A first contract with the street, or a renewal linked to the current one (A12.2). */
export function useRecordContract() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (v: { workerId: number; input: ContractInput }) => apiPost<LabourContract>(`/workers/${v.workerId}/labour-contracts`, v.input), onSuccess });
}
