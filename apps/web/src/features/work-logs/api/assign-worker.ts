import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assignInput, Grid } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** Puts a worker into a grid as 网格长 or 网格员. */
export function useAssignWorker() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (v: { gridId: number; input: z.output<typeof assignInput> }) => apiPost<Grid>(`/grids/${v.gridId}/assignments`, v.input), onSuccess });
}
