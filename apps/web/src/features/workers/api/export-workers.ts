import type { ListWorkersQuery } from '@cwp/contracts/workers.contract';
import { toSearch, type QueryValue } from '../../../lib/api-client.ts';

export type RosterExportFormat = 'xlsx' | 'csv';

/**
 * The roster export is a file download: the browser follows the link with the session cookie, so the
 * filters go into the URL rather than through fetch (no blob held in memory for large rosters).
 * `full` asks for complete ID and phone numbers (workers:reveal only; the server audits it).
 */
export function workersExportUrl(query: Omit<ListWorkersQuery, 'page' | 'pageSize'>, format: RosterExportFormat = 'xlsx', full = false): string {
  return `/api/workers/export.${format}${toSearch({ ...(query as Record<string, QueryValue>), full: full ? 1 : undefined })}`;
}
