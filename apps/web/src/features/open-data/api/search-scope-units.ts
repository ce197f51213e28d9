import { useQuery } from '@tanstack/react-query';
import type { OrgSearchHit } from '@cwp/contracts/org.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Units to scope a key to; the system administrator searches by name or code (no org tree access). */
export function searchScopeUnits(q: string): Promise<OrgSearchHit[]> {
  return apiGet<OrgSearchHit[]>('/open-data/scope-units', { q, limit: 20 });
}

export function useScopeUnitSearch(q: string) {
  return useQuery({ queryKey: ['open-data', 'scope-units', q], queryFn: () => searchScopeUnits(q), enabled: q.trim().length > 0 });
}
