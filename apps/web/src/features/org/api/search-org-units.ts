import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OrgSearchHit } from '@cwp/contracts/org.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function searchOrgUnits(q: string, limit = 30): Promise<OrgSearchHit[]> {
  return apiGet<OrgSearchHit[]>('/org-units', { q, limit });
}

export function useOrgSearch(q: string, limit = 30) {
  const term = q.trim();
  return useQuery({
    queryKey: ['org-search', term, limit],
    queryFn: () => searchOrgUnits(term, limit),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
