import { useQuery } from '@tanstack/react-query';
import type { PaySheet } from '@cwp/contracts/grading.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function usePaySheet(code: string, month: string, enabled: boolean) {
  return useQuery({ queryKey: ['grading', 'paysheet', code, month], queryFn: () => apiGet<PaySheet>(`/grading/paysheet/${code}`, { month }), enabled, retry: false });
}

/** The workbook is a plain download: the browser follows the link with the session cookie. */
export function paySheetExportUrl(code: string, month: string): string {
  return `/api/grading/paysheet/${code}/export.xlsx?month=${encodeURIComponent(month)}`;
}
