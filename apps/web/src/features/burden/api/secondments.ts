import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Secondment, SecondmentInput } from '@cwp/contracts/burden.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';
import { useRefreshBurden } from './burden-cache.ts';

export function useSecondments(org: string) {
  return useQuery({ queryKey: ['burden', 'secondments', org], queryFn: () => apiGet<Secondment[]>('/secondments', { org }), enabled: org.length >= 2, placeholderData: keepPreviousData });
}
export function useWorkerSecondments(workerId: number) {
  return useQuery({ queryKey: ['burden', 'worker-secondments', workerId], queryFn: () => apiGet<Secondment[]>(`/workers/${workerId}/secondments`) });
}
/** 201 with a pending approval, or 422 SECONDMENT_FORBIDDEN for county level and above (A17.3). */
export function useRequestSecondment() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: SecondmentInput) => apiPost<Secondment>('/secondments', input), onSuccess });
}
export function useEndSecondment() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (v: { id: number; endedOn: string }) => apiPost<Secondment>(`/secondments/${v.id}/end`, { endedOn: v.endedOn }), onSuccess });
}
