import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Grid, GridInput, gridUpdateInput } from '@cwp/contracts/work-logs.contract';
import { apiPost, apiRequest } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** Creates a grid in a community, or (with `id`) edits one. */
export function useSaveGrid() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({
    mutationFn: (v: { id?: number; input: GridInput | z.output<typeof gridUpdateInput> }) =>
      v.id ? apiRequest<Grid>(`/grids/${v.id}`, { method: 'PUT', body: v.input }) : apiPost<Grid>('/grids', v.input),
    onSuccess,
  });
}
