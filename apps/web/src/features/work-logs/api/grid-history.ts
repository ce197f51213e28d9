import { useQuery } from '@tanstack/react-query';
import type { GridAssignment } from '@cwp/contracts/work-logs.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Who served a grid, current and past. */
export function useGridHistory(gridId: number | null) {
  return useQuery({ queryKey: ['work-logs', 'grid-history', gridId], queryFn: () => apiGet<GridAssignment[]>(`/grids/${gridId}/assignments`), enabled: gridId !== null });
}
