import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Commitment, CommunityDisclosure, DutyInput, PublicCommunity } from '@cwp/contracts/supervision.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

const key = (code: string) => ['supervision', 'community', code];

/** Commitments, duties and publication of one community (supervision:read). */
export function useCommunityDisclosure(code: string) {
  return useQuery({ queryKey: key(code), queryFn: () => apiGet<CommunityDisclosure>(`/supervision/communities/${code}/disclosure`), enabled: /^\d{12}$/.test(code), retry: false });
}

function useRefresh(code: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: key(code) });
}

export function useAddCommitment(code: string) {
  const onSuccess = useRefresh(code);
  return useMutation({ mutationFn: (input: { content: string; effectiveFrom: string }) => apiPost<Commitment>(`/supervision/communities/${code}/commitments`, input), onSuccess });
}

export function useWithdrawCommitment(code: string) {
  const onSuccess = useRefresh(code);
  return useMutation({ mutationFn: (id: number) => apiPost<Commitment>(`/supervision/commitments/${id}/withdraw`), onSuccess });
}

export function useSetDuty(code: string) {
  const onSuccess = useRefresh(code);
  return useMutation({ mutationFn: (v: { workerId: number; input: DutyInput }) => apiRequest<{ ok: true }>(`/supervision/duties/${v.workerId}`, { method: 'PUT', body: v.input }), onSuccess });
}

export function useSetPublication(code: string) {
  const onSuccess = useRefresh(code);
  return useMutation({ mutationFn: (published: boolean) => apiRequest<CommunityDisclosure>(`/supervision/communities/${code}/publication`, { method: 'PUT', body: { published } }), onSuccess });
}

/** The residents' page (no login). */
export function usePublicCommunity(code: string) {
  return useQuery({ queryKey: ['public-community', code], queryFn: () => apiGet<PublicCommunity>(`/public/communities/${code}`), enabled: /^\d{12}$/.test(code), retry: false });
}

/** The address residents open, printed as a QR code on the notice board. */
export const publicCommunityUrl = (code: string) => `${window.location.origin}/public/communities/${code}`;
