import { useQuery } from '@tanstack/react-query';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { statsPathCode } from './get-stats.ts';

/** One row per child unit (drill-down); a community has none. */
export function getStatsChildren(code: string): Promise<StatsNode[]> {
  return apiGet<StatsNode[]>(`/stats/${statsPathCode(code)}/children`);
}

export function useStatsChildren(code: string) {
  return useQuery({ queryKey: ['stats', 'children', code], queryFn: () => getStatsChildren(code) });
}
