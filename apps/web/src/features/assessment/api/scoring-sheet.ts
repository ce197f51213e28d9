import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScoresInput, ScoringSheet } from '@cwp/contracts/assessment.contract';
import { apiGet, apiRequest } from '../../../lib/api-client.ts';

/** The scoring sheet of one unit under a scheme, graded against the whole scheme population. */
export function useScoringSheet(id: number, org: string) {
  return useQuery({
    queryKey: ['assessment', 'sheet', id, org],
    queryFn: () => apiGet<ScoringSheet>(`/assessment/schemes/${id}/sheet`, { org }),
    placeholderData: keepPreviousData,
    retry: false,
    // A national user has no unit yet; the sheet needs one (the contract's 2–12 digits).
    enabled: id > 0 && org.length >= 2,
  });
}

/** Scores change every sheet of the scheme (the cap is applied over everyone), so all assessment queries refresh. */
export function useEnterScores(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ScoresInput) => apiRequest<{ written: number }>(`/assessment/schemes/${id}/scores`, { method: 'PUT', body: input }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['assessment'] }),
  });
}
