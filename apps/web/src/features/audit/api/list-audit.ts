import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditItem } from '@cwp/contracts/audit.contract';
import { apiGet } from '../../../lib/api-client.ts';

export interface AuditListQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function listAudit(query: AuditListQuery): Promise<{ items: AuditItem[]; total: number }> {
  return apiGet('/audit', { ...query });
}

export function useAuditList(query: AuditListQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: () => listAudit(query), placeholderData: keepPreviousData });
}
