import { useQuery } from '@tanstack/react-query';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { importsQueryKey, isImportRunning } from './import-job-state.ts';

/** The recent jobs in the user's scope, newest first. */
export function listImports(): Promise<ImportJob[]> {
  return apiGet<ImportJob[]>('/imports');
}

export function useImportJobs() {
  return useQuery({
    queryKey: [...importsQueryKey, 'list'],
    queryFn: listImports,
    // Someone else's job may be running too; refresh the list slowly while any is.
    refetchInterval: (query) => (query.state.data?.some((j) => isImportRunning(j.status)) ? 5000 : false),
  });
}
