import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EarlyWarning, Talk, TalkSummary, talkInput } from '@cwp/contracts/supervision.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

/** Talks under a unit, without their content (supervision:talks). */
export function useTalks(f: { org: string; year?: number }) {
  return useQuery({
    queryKey: ['supervision', 'talks', f],
    queryFn: () => apiGet<TalkSummary[]>('/supervision/talks', { org: f.org, year: f.year }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** One talk with its content; each fetch is an audited read, so it is never refetched on its own. */
export function useTalk(id: number | null) {
  return useQuery({ queryKey: ['supervision', 'talk', id], queryFn: () => apiGet<Talk>(`/supervision/talks/${id}`), enabled: id !== null, staleTime: Infinity, gcTime: 0, retry: false });
}

export function useRecordTalk() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof talkInput>) => apiPost<Talk>('/supervision/talks', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['supervision'] }),
  });
}

export function useWarnings(org: string) {
  return useQuery({ queryKey: ['supervision', 'warnings', org], queryFn: () => apiGet<EarlyWarning[]>('/supervision/warnings', { org }), enabled: org.length >= 2, retry: false });
}
