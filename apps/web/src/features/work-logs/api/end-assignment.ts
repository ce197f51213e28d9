import { useMutation } from '@tanstack/react-query';
import type { Grid } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** Ends a worker's assignment to a grid; it stays in the grid's history. */
export function useEndAssignment() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (v: { assignmentId: number; endedOn: string }) => apiPost<Grid>(`/grid-assignments/${v.assignmentId}/end`, { endedOn: v.endedOn }), onSuccess });
}
