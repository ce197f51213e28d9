import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImportRowError } from '@cwp/contracts/imports.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { importsQueryKey } from './import-job-state.ts';

export interface ImportErrorsPage {
  items: ImportRowError[];
  total: number;
}

export function listImportErrors(id: number, page: number, pageSize: number): Promise<ImportErrorsPage> {
  return apiGet<ImportErrorsPage>(`/imports/${id}/errors`, { page, pageSize });
}

/** One page of the rejected rows' problems (one entry per row and column). */
export function useImportErrors(id: number, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...importsQueryKey, 'errors', id, page, pageSize],
    queryFn: () => listImportErrors(id, page, pageSize),
    placeholderData: keepPreviousData,
    enabled,
  });
}
