import { toSearch, type QueryValue } from '../../../lib/api-client.ts';
import type { LedgerKind } from './ledger-list.ts';

/** The current ledger list (same filters, all pages) as a file download the browser follows with the session cookie. */
export function ledgerExportUrl(kind: LedgerKind, filters: { org: string } & Record<string, QueryValue>): string {
  return `/api/work-logs/${kind}/export.xlsx${toSearch(filters)}`;
}
