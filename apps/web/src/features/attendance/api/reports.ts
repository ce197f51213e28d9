import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Report, reportInput } from '@cwp/contracts/attendance.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type ReportFilter = 'all' | 'unanswered' | 'overdue';
export type ReportInput = z.input<typeof reportInput>;

/** The street's (or community's) list, all / unanswered / overdue. */
export function useReports(f: { org: string; filter: ReportFilter; kind?: Report['kind'] }) {
  return useQuery({
    queryKey: ['reports', 'list', f],
    queryFn: () => apiGet<Report[]>('/reports', { org: f.org, filter: f.filter, kind: f.kind }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** What the caller filed, with the street's answers. */
export function useMyReports() {
  return useQuery({ queryKey: ['reports', 'mine'], queryFn: () => apiGet<Report[]>('/reports/mine'), retry: false });
}

export function useFileReport() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: ReportInput) => apiPost<Report>('/reports', input), onSuccess: () => void qc.invalidateQueries({ queryKey: ['reports'] }) });
}

export function useAnswerReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; decision: string; answer: string }) => apiPost<Report>(`/reports/${v.id}/answer`, { decision: v.decision, answer: v.answer }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['reports'] }),
  });
}
