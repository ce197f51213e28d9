import { useQuery } from '@tanstack/react-query';
import type { PopulationFact } from '@cwp/contracts/org.contract';
import { apiGet } from '../../../lib/api-client.ts';

export const populationQueryKey = (code: string) => ['org-population', code] as const;

/** All recorded figures of a unit, newest first. */
export function getPopulationHistory(code: string): Promise<PopulationFact[]> {
  return apiGet<PopulationFact[]>(`/org-units/${encodeURIComponent(code)}/population`);
}

export function usePopulationHistory(code: string) {
  return useQuery({ queryKey: populationQueryKey(code), queryFn: () => getPopulationHistory(code) });
}
