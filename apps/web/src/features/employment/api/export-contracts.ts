import { toSearch } from '../../../lib/api-client.ts';
import type { ContractFilter } from './contract-list.ts';

/** The contract list (same unit and filter, all pages) as an .xlsx download the browser follows with the session cookie. */
export function contractsExportUrl(f: { org: string; filter?: ContractFilter }): string {
  return `/api/labour-contracts/export.xlsx${toSearch({ org: f.org, filter: f.filter })}`;
}
