import { useQuery } from '@tanstack/react-query';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** The API names the nation 'root' (only national-scope users may ask for it). */
export const statsPathCode = (code: string) => (code ? encodeURIComponent(code) : 'root');

export function getStats(code: string): Promise<StatsNode> {
  return apiGet<StatsNode>(`/stats/${statsPathCode(code)}`);
}

export function useStats(code: string) {
  return useQuery({ queryKey: ['stats', 'node', code], queryFn: () => getStats(code) });
}
