import { useQuery } from '@tanstack/react-query';
import type { StatsTrendPoint } from '@cwp/contracts/stats.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { statsPathCode } from './get-stats.ts';

export const statsTrendKey = ['stats', 'trend'] as const;

/** Snapshot points of a node, oldest first. */
export function getStatsTrend(code: string, months = 12): Promise<StatsTrendPoint[]> {
  return apiGet<StatsTrendPoint[]>(`/stats/${statsPathCode(code)}/trend`, { months });
}

export function useStatsTrend(code: string, months = 12) {
  return useQuery({ queryKey: [...statsTrendKey, code, months], queryFn: () => getStatsTrend(code, months) });
}
