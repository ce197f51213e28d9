import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DIFFICULTY_CATEGORIES, DIFFICULTY_STATUSES, Difficulty, difficultyInput } from '@cwp/contracts/incentives.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type DifficultyInput = z.infer<typeof difficultyInput>;
export type DifficultyStatus = (typeof DIFFICULTY_STATUSES)[number];
export type DifficultyCategory = (typeof DIFFICULTY_CATEGORIES)[number];

/** The street's list of difficulties under a unit (A14.1); `overdue` keeps only unanswered ones past due. */
export function useDifficulties(f: { org: string; status?: DifficultyStatus; overdue: boolean }) {
  return useQuery({
    queryKey: ['care', 'difficulties', f],
    queryFn: () => apiGet<Difficulty[]>('/care/difficulties', { org: f.org, status: f.status, overdue: f.overdue ? '1' : undefined }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The street's list and the worker's own record (phone page, worker page) both show a difficulty. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['care', 'difficulties'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'incentives'] });
  };
}

/** A worker raises their own; street staff may record one on a worker's behalf. */
export function useRaiseDifficulty() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: DifficultyInput) => apiPost<Difficulty>('/care/difficulties', input), onSuccess });
}

export function useAnswerDifficulty() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (v: { id: number; answer: string }) => apiPost<Difficulty>(`/care/difficulties/${v.id}/answer`, { answer: v.answer }), onSuccess });
}

/** The worker (or the street) closes an answered difficulty. */
export function useCloseDifficulty() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (id: number) => apiPost<Difficulty>(`/care/difficulties/${id}/close`), onSuccess });
}
