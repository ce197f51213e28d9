import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Placement } from '@cwp/contracts/employment.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Officials placed in the communities under a unit (A3.4), optionally only upcoming / active / ended. */
export function usePlacementList(f: { org: string; standing?: Placement['standing'] }) {
  return useQuery({
    queryKey: ['employment', 'placements', f],
    queryFn: () => apiGet<Placement[]>('/placements', { org: f.org, standing: f.standing }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
