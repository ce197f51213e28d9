import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditInput, AuditList, EconomicAudit, Finding, rectificationInput } from '@cwp/contracts/supervision.contract';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

/** Audits under a unit with their findings, the overdue count and departures without an exit audit. */
export function useAudits(f: { org: string; overdue: boolean }) {
  return useQuery({
    queryKey: ['supervision', 'audits', f],
    queryFn: () => apiGet<AuditList>('/supervision/audits', { org: f.org, overdue: f.overdue ? '1' : undefined }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRecordAudit() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: AuditInput) => apiPost<EconomicAudit>('/supervision/audits', input), onSuccess: () => qc.invalidateQueries({ queryKey: ['supervision', 'audits'] }) });
}

export function useRectify() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; input: z.input<typeof rectificationInput> }) => apiRequest<Finding>(`/supervision/findings/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['supervision', 'audits'] }),
  });
}
