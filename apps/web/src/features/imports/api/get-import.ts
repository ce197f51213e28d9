import { useQuery } from '@tanstack/react-query';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { importsQueryKey, isImportRunning } from './import-job-state.ts';

export function getImport(id: number): Promise<ImportJob> {
  return apiGet<ImportJob>(`/imports/${id}`);
}

/** The job with its progress; polled every second only while the server is working on it. */
export function useImportJob(id: number | null) {
  return useQuery({
    queryKey: [...importsQueryKey, 'job', id],
    queryFn: () => getImport(id!),
    enabled: id !== null,
    refetchInterval: (query) => (isImportRunning(query.state.data?.status) ? 1000 : false),
    refetchIntervalInBackground: false,
  });
}
