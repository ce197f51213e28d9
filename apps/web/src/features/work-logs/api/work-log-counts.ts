import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WorkLogCountsReport } from '@cwp/contracts/work-logs.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Counts per community and worker for a period (dashboard card, ledger page, assessment sheet). */
export function useWorkLogCounts(q: { org: string; from: string; to: string }, enabled = true) {
  return useQuery({
    queryKey: ['work-logs', 'counts', q],
    queryFn: () => apiGet<WorkLogCountsReport>('/work-logs/counts', q),
    enabled: enabled && q.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
