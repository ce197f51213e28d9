import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { probationList } from '@cwp/contracts/employment.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type ProbationStandingFilter = 'due' | 'overdue' | 'flagged';

/** Workers on probation under a unit, with the screenings due within 30 days and overdue (A9.3). */
export function useProbationList(f: { org: string; standing?: ProbationStandingFilter }) {
  return useQuery({
    queryKey: ['employment', 'probation', f],
    queryFn: () => apiGet<z.infer<typeof probationList>>('/probation', { org: f.org, standing: f.standing }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
