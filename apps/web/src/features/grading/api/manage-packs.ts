import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RulePack, WhatIf } from '@cwp/contracts/grading.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

function useRefreshPacks() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['grading'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'grade'] });
  };
}

/** A new draft from a whole pack: a copy made on the page, or an imported JSON file. */
export function useCreatePack() {
  const refresh = useRefreshPacks();
  return useMutation({ mutationFn: (pack: RulePack) => apiPost<RulePack>('/grading/packs', pack), onSuccess: refresh });
}

export function useUpdatePack() {
  const refresh = useRefreshPacks();
  return useMutation({ mutationFn: (pack: RulePack) => apiRequest<RulePack>(`/grading/packs/${pack.id}`, { method: 'PUT', body: pack }), onSuccess: refresh });
}

export function usePublishPack() {
  const refresh = useRefreshPacks();
  return useMutation({ mutationFn: (v: { id: string; effectiveFrom: string }) => apiPost<RulePack>(`/grading/packs/${v.id}/publish`, { effectiveFrom: v.effectiveFrom }), onSuccess: refresh });
}

export function useWhatIf(id: string, org: string, enabled: boolean) {
  return useQuery({ queryKey: ['grading', 'what-if', id, org], queryFn: () => apiGet<WhatIf>(`/grading/packs/${id}/what-if`, { org }), enabled, retry: false });
}
