import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditFilter, AuditItem } from '@cwp/contracts/audit.contract';
import { apiGet, toSearch } from '../../../lib/api-client.ts';

export interface AuditListQuery extends AuditFilter {
  page: number;
  pageSize: number;
}

export function listAudit(query: AuditListQuery): Promise<{ items: AuditItem[]; total: number }> {
  return apiGet('/audit', { ...query });
}

export function useAuditList(query: AuditListQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: () => listAudit(query), placeholderData: keepPreviousData });
}

/** Every record of the current search as .xlsx, a download the browser follows with the session cookie. */
export function auditExportUrl(f: AuditFilter): string {
  return `/api/audit/export.xlsx${toSearch({ ...f })}`;
}
