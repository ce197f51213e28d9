import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AbolishedCertificate, Certificate, certificateInput, Limits, limitsInput, Signboard, signboardInput } from '@cwp/contracts/burden.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';
import { useRefreshBurden } from './burden-cache.ts';

export function useSignboards(community: string | null) {
  return useQuery({ queryKey: ['burden', 'signboards', community], queryFn: () => apiGet<Signboard[]>('/burden/signboards', { community }), enabled: !!community });
}
export function useCertificates(community: string | null) {
  return useQuery({ queryKey: ['burden', 'certificates', community], queryFn: () => apiGet<Certificate[]>('/burden/certificates', { community }), enabled: !!community });
}
export function useAbolishedCertificates() {
  return useQuery({ queryKey: ['burden', 'abolished'], queryFn: () => apiGet<AbolishedCertificate[]>('/burden/abolished-certificates') });
}
export function useAddSignboard() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: z.output<typeof signboardInput>) => apiPost<Signboard>('/burden/signboards', input), onSuccess });
}
export function useAddCertificate() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: z.output<typeof certificateInput>) => apiPost<Certificate>('/burden/certificates', input), onSuccess });
}
export function useRemoveRecord() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (v: { what: 'signboards' | 'certificates' | 'platforms'; id: number }) => apiRequest<{ ok: true }>(`/burden/${v.what}/${v.id}`, { method: 'DELETE' }), onSuccess });
}
export function useLimits(org: string) {
  return useQuery({ queryKey: ['burden', 'limits', org], queryFn: () => apiGet<Limits>('/burden/limits', { org }), enabled: org.length >= 2 });
}
export function useSetLimits(org: string) {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: z.output<typeof limitsInput>) => apiRequest<Limits>('/burden/limits', { method: 'PUT', query: { org }, body: input }), onSuccess });
}
