import { useQuery } from '@tanstack/react-query';
import type { GridList } from '@cwp/contracts/work-logs.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Grids under a unit with their workers and the workers serving no grid (daily:manage). */
export function useGrids(org: string) {
  return useQuery({ queryKey: ['work-logs', 'grids', org], queryFn: () => apiGet<GridList>('/grids', { org }), enabled: org.length >= 2, retry: false });
}
