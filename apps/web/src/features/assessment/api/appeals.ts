import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Appeal, appealInput, decideAppealInput } from '@cwp/contracts/assessment.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type AppealInput = z.infer<typeof appealInput>;
export type DecideAppealInput = z.infer<typeof decideAppealInput>;

export function useAppeals(schemeId: number) {
  return useQuery({ queryKey: ['assessment', 'appeals', schemeId], queryFn: () => apiGet<Appeal[]>(`/assessment/schemes/${schemeId}/appeals`), retry: false, enabled: schemeId > 0 });
}

/** Appeals show on the scheme and on the worker page; a changed grade also rewrites the worker's record. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['assessment'] });
    void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}

export function useFileAppeal() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: AppealInput) => apiPost<Appeal>('/assessment/appeals', input), onSuccess });
}

export function useDecideAppeal() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (v: { id: number; input: DecideAppealInput }) => apiPost<Appeal>(`/assessment/appeals/${v.id}/decide`, v.input), onSuccess });
}
