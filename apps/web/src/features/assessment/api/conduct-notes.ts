import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { conductNote, conductNoteInput, updateConductNoteInput } from '@cwp/contracts/assessment.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

export type ConductNote = z.infer<typeof conductNote>;
export type ConductNoteInput = z.input<typeof conductNoteInput>;
export type UpdateConductNoteInput = z.infer<typeof updateConductNoteInput>;

export function useConductNotes(f: { org: string; year?: number; openOnly: boolean }) {
  return useQuery({
    queryKey: ['assessment', 'conduct', f],
    queryFn: () => apiGet<ConductNote[]>('/assessment/conduct-notes', { org: f.org, year: f.year, open: f.openOnly ? '1' : undefined }),
    placeholderData: keepPreviousData,
    retry: false,
    enabled: f.org.length >= 2,
  });
}

/** Notes are counted on the scoring sheet and listed on the worker page, so both refresh. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['assessment'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'assessments'] });
  };
}

export function useRecordConduct() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: ConductNoteInput) => apiPost<ConductNote>('/assessment/conduct-notes', input), onSuccess });
}

export function useFollowUpConduct() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (v: { id: number; input: UpdateConductNoteInput }) => apiRequest<ConductNote>(`/assessment/conduct-notes/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}
