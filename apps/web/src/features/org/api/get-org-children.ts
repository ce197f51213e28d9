import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitSummary } from '@cwp/contracts/org.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Children of a unit; the empty code is the national root (its children are the provinces). */
export function getOrgChildren(code: string): Promise<OrgUnitSummary[]> {
  return apiGet<OrgUnitSummary[]>(`/org-units/${code ? encodeURIComponent(code) : 'root'}/children`);
}

// The division tree changes a few times a year: cache children for the whole visit.
export const orgChildrenQuery = (code: string) =>
  queryOptions({ queryKey: ['org-children', code], queryFn: () => getOrgChildren(code), staleTime: 30 * 60_000 });

export function useOrgChildren(code: string) {
  return useQuery(orgChildrenQuery(code));
}
