import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Scheme, SchemeInput, updateSchemeInput } from '@cwp/contracts/assessment.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

export type UpdateSchemeInput = z.infer<typeof updateSchemeInput>;

/** Schemes on the path of the working unit (the county's scheme is seen by its streets and communities). */
export function useSchemes(f: { org: string; year?: number }) {
  return useQuery({
    queryKey: ['assessment', 'schemes', f],
    queryFn: () => apiGet<Scheme[]>('/assessment/schemes', { org: f.org, year: f.year }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useScheme(id: number) {
  return useQuery({ queryKey: ['assessment', 'scheme', id], queryFn: () => apiGet<Scheme>(`/assessment/schemes/${id}`), retry: false, enabled: id > 0 });
}

/** Any scheme change moves counts, sheets and states shown elsewhere, so every assessment query is refreshed. */
function useRefresh(workersToo = false) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['assessment'] });
    if (workersToo) void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}

export function useCreateScheme() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: SchemeInput) => apiPost<Scheme>('/assessment/schemes', input), onSuccess });
}

export function useUpdateScheme() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (v: { id: number; input: UpdateSchemeInput }) => apiRequest<Scheme>(`/assessment/schemes/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}

export function usePublishScheme() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (id: number) => apiPost<Scheme>(`/assessment/schemes/${id}/publish`), onSuccess });
}

/** Publishing results writes archive rows and feeds grading, so the worker pages are refreshed too. */
export function usePublishResults() {
  const onSuccess = useRefresh(true);
  return useMutation({ mutationFn: (id: number) => apiPost<Scheme>(`/assessment/schemes/${id}/results/publish`), onSuccess });
}
