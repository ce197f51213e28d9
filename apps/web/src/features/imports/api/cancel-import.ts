import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { importsQueryKey } from './import-job-state.ts';

/** Cancels a validated job at once, or asks a running one to stop at its next batch. */
export function cancelImport(id: number): Promise<ImportJob> {
  return apiPost<ImportJob>(`/imports/${id}/cancel`);
}

export function useCancelImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: cancelImport,
    onSuccess: (job) => {
      // The answer is the job's new state; its own poll takes over from here (no refetch that could skip
      // straight past a short phase).
      qc.setQueryData([...importsQueryKey, 'job', job.id], job);
      return qc.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
