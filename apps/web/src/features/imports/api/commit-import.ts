import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { importsQueryKey } from './import-job-state.ts';

/** Queues the write: all-or-nothing unless `partial`, which writes the valid rows only. */
export function commitImport(id: number, partial: boolean): Promise<ImportJob> {
  return apiPost<ImportJob>(`/imports/${id}/commit`, { partial });
}

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, partial }: { id: number; partial: boolean }) => commitImport(id, partial),
    onSuccess: (job) => {
      // The answer is the job's new state; its own poll takes over from here (no refetch that could skip
      // straight past a short phase).
      qc.setQueryData([...importsQueryKey, 'job', job.id], job);
      return qc.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
