import type { ListWorkersQuery } from '@cwp/contracts/workers.contract';
import { toSearch, type QueryValue } from '../../../lib/api-client.ts';

/**
 * The roster export is a file download: the browser follows the link with the session cookie, so the
 * filters go into the URL rather than through fetch (no blob held in memory for large rosters).
 */
export function workersExportUrl(query: Omit<ListWorkersQuery, 'page' | 'pageSize'>): string {
  return `/api/workers/export.xlsx${toSearch(query as Record<string, QueryValue>)}`;
}
