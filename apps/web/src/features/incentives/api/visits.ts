import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { visit, visitInput } from '@cwp/contracts/incentives.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type Visit = z.infer<typeof visit>;
export type VisitInput = z.infer<typeof visitInput>;

/** Holiday and hospital visits under a unit, newest first (A14.1); retired workers included. */
export function useVisits(f: { org: string; year?: number }) {
  return useQuery({
    queryKey: ['care', 'visits', f],
    queryFn: () => apiGet<Visit[]>('/care/visits', { org: f.org, year: f.year }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRecordVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => apiPost<Visit>('/care/visits', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['care', 'visits'] });
      void qc.invalidateQueries({ queryKey: ['workers', 'incentives'] });
    },
  });
}
