import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AssistancePair, FirstInquiry, HouseholdVisit, ProxyService } from '@cwp/contracts/work-logs.contract';
import { apiGet, type QueryValue } from '../../../lib/api-client.ts';

export type LedgerKind = 'visits' | 'pairs' | 'proxy-services' | 'first-inquiries';
export interface LedgerRow {
  visits: HouseholdVisit;
  pairs: AssistancePair;
  'proxy-services': ProxyService;
  'first-inquiries': FirstInquiry;
}

/** One page of a ledger under a unit (daily:manage); filters as in the URL. */
export function useLedger<K extends LedgerKind>(kind: K, query: { org: string } & Record<string, QueryValue>) {
  return useQuery({
    queryKey: ['work-logs', kind, query],
    queryFn: () => apiGet<{ total: number; items: LedgerRow[K][] }>(`/work-logs/${kind}`, query),
    enabled: query.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
