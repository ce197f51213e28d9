import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PopulationFact, RecordPopulationInput } from '@cwp/contracts/org.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { populationQueryKey } from './get-population-history.ts';

export function recordPopulation(code: string, input: RecordPopulationInput): Promise<PopulationFact> {
  return apiPost<PopulationFact>(`/org-units/${encodeURIComponent(code)}/population`, input);
}

export function useRecordPopulation(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordPopulationInput) => recordPopulation(code, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: populationQueryKey(code) });
      void qc.invalidateQueries({ queryKey: ['org-unit', code] });
    },
  });
}
