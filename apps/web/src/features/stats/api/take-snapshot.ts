import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { snapshotResult } from '@cwp/contracts/stats.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { statsTrendKey } from './get-stats-trend.ts';

export type SnapshotResult = z.infer<typeof snapshotResult>;

/** Freezes every node's current figures as a trend point dated today. */
export function takeSnapshot(): Promise<SnapshotResult> {
  return apiPost<SnapshotResult>('/stats/snapshots');
}

export function useTakeSnapshot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: takeSnapshot,
    onSuccess: () => qc.invalidateQueries({ queryKey: statsTrendKey }),
  });
}
