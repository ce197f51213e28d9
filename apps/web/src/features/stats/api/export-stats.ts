import { statsPathCode } from './get-stats.ts';

/**
 * The statistics workbook (node, children and trend sheets) is a file download: the browser follows
 * the link with the session cookie, so nothing is buffered in page memory.
 */
export function statsExportUrl(code: string): string {
  return `/api/stats/${statsPathCode(code)}/export.xlsx`;
}
