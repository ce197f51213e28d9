import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitDetail } from '@cwp/contracts/org.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function getOrgUnit(code: string): Promise<OrgUnitDetail> {
  return apiGet<OrgUnitDetail>(`/org-units/${encodeURIComponent(code)}`);
}

export const orgUnitQuery = (code: string) =>
  queryOptions({ queryKey: ['org-unit', code], queryFn: () => getOrgUnit(code), staleTime: 60_000 });

export function useOrgUnit(code: string | undefined) {
  return useQuery({ ...orgUnitQuery(code ?? ''), enabled: !!code });
}
