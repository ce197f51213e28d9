import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ComplianceItem, ComplianceList } from '@cwp/contracts/training.contract';
import { apiGet } from '../../../lib/api-client.ts';

export interface ComplianceFilter {
  /** Working unit; '' = national (the server clamps it to the caller's scope). */
  org: string;
  status?: ComplianceItem['status'];
  rule?: ComplianceItem['rule'];
  page: number;
  pageSize: number;
}

/** Everyone in post under the unit judged against A8.2/A8.3, most urgent first, with the unit's summary. */
export function useCompliance(f: ComplianceFilter) {
  return useQuery({
    queryKey: ['training', 'compliance', f],
    queryFn: () => apiGet<ComplianceList>('/training/compliance', { ...f }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
