import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Matter, matterInput, MatterRequest, matterRequestInput, matterUpdateInput } from '@cwp/contracts/burden.contract';
import type { MatterKind } from '@cwp/domain/burden';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';
import { useRefreshBurden } from './burden-cache.ts';

/** The matter-access lists that apply to the caller and that they oversee (A17.1); `all` keeps ended ones. */
export function useMatters(f: { kind?: MatterKind; all: boolean }) {
  return useQuery({
    queryKey: ['burden', 'matters', f],
    queryFn: () => apiGet<Matter[]>('/matters', { kind: f.kind, all: f.all ? '1' : undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useMatterHistory(id: number | null) {
  return useQuery({
    queryKey: ['burden', 'matter-history', id],
    queryFn: () => apiGet<{ version: number; changedByName: string; reason: string; createdAt: string; requestId: number | null }[]>(`/matters/${id}/history`),
    enabled: id !== null,
  });
}

export function useSaveMatter() {
  const onSuccess = useRefreshBurden();
  return useMutation({
    mutationFn: (v: { id: null; input: z.output<typeof matterInput> } | { id: number; input: z.output<typeof matterUpdateInput> }) =>
      v.id === null ? apiPost<Matter>('/matters', v.input) : apiRequest<Matter>(`/matters/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}

export function useMatterRequests() {
  return useQuery({ queryKey: ['burden', 'matter-requests'], queryFn: () => apiGet<MatterRequest[]>('/matters/requests') });
}

/** A department asks its own level's social-work department to add a matter (workflow kind matter_add). */
export function useRequestMatter() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: z.output<typeof matterRequestInput>) => apiPost<MatterRequest>('/matters/requests', input), onSuccess });
}
