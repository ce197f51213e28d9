import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { healthCheckInput, healthCheckList } from '@cwp/contracts/incentives.contract';
import { apiGet, apiRequest } from '../../../lib/api-client.ts';

export type HealthCheckList = z.infer<typeof healthCheckList>;
export type HealthCheckItem = HealthCheckList['items'][number];
export type HealthCheckInput = z.infer<typeof healthCheckInput>;

/** Everyone in post under a unit with their check of the year, if any (A14.1). */
export function useHealthChecks(f: { org: string; year: number }) {
  return useQuery({
    queryKey: ['care', 'health-checks', f],
    queryFn: () => apiGet<HealthCheckList>('/care/health-checks', { org: f.org, year: f.year }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Changed rows only, in one PUT: the server upserts each worker's row of the year. */
export function useRecordHealthChecks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: HealthCheckInput) => apiRequest<{ written: number }>('/care/health-checks', { method: 'PUT', body: input }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['care', 'health-checks'] });
      void qc.invalidateQueries({ queryKey: ['workers', 'incentives'] });
    },
  });
}
