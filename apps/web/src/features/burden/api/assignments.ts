import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Assignment, AssignInput, CommunityBurden } from '@cwp/contracts/burden.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';
import { useRefreshBurden } from './burden-cache.ts';

export function useAssignments(org: string) {
  return useQuery({ queryKey: ['burden', 'assignments', org], queryFn: () => apiGet<Assignment[]>('/matters/assignments', { org }), enabled: org.length >= 2, placeholderData: keepPreviousData });
}

/** POST /api/matters/assign: 201 with the record, or 422 MATTER_NOT_ALLOWED with the reason. */
export function useAssign() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: AssignInput) => apiPost<Assignment>('/matters/assign', input), onSuccess });
}

/** What each community under a unit carries, against the limits. */
export function useCommunityBurden(org: string) {
  return useQuery({ queryKey: ['burden', 'communities', org], queryFn: () => apiGet<CommunityBurden[]>('/burden/communities', { org }), enabled: org.length >= 2, placeholderData: keepPreviousData });
}
