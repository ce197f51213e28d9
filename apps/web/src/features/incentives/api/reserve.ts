import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RESERVE_POSTS, RESERVE_STATUSES, ReserveCandidate, reserveInput, reserveList, reserveUpdateInput } from '@cwp/contracts/incentives.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

export type ReserveList = z.infer<typeof reserveList>;
export type ReserveInput = z.infer<typeof reserveInput>;
export type ReserveUpdateInput = z.infer<typeof reserveUpdateInput>;
export type ReserveStatus = (typeof RESERVE_STATUSES)[number];
export type ReservePost = (typeof RESERVE_POSTS)[number];

export interface ReserveFilter {
  org: string;
  status?: ReserveStatus;
  targetPost?: ReservePost;
}

/** The reserve pool under a unit with its composition (A2.2). */
export function useReserve(f: ReserveFilter) {
  return useQuery({
    queryKey: ['incentives', 'reserve', f],
    queryFn: () => apiGet<ReserveList>('/incentives/reserve', { org: f.org, status: f.status, targetPost: f.targetPost }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** A nomination also shows on the nominee's worker page, so both lists are refreshed. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['incentives', 'reserve'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'incentives'] });
  };
}

export function useNominate() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: ReserveInput) => apiPost<ReserveCandidate>('/incentives/reserve', input), onSuccess });
}

/** Measures, review and status in one versioned PUT; a stale version answers 409 VERSION_CONFLICT. */
export function useUpdateReserve() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (v: { id: number; input: ReserveUpdateInput }) => apiRequest<ReserveCandidate>(`/incentives/reserve/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}
