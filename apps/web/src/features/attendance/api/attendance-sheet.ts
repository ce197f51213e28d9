import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AttendanceSheet } from '@cwp/contracts/attendance.contract';
import { apiGet, toSearch } from '../../../lib/api-client.ts';

/** The community's month: workers × days with status codes and totals. */
export function useAttendanceSheet(org: string, month: string) {
  return useQuery({
    queryKey: ['attendance', 'sheet', org, month],
    queryFn: () => apiGet<AttendanceSheet>('/attendance/sheet', { org, month }),
    enabled: org.length === 12,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The workbook is a file download the browser follows with the session cookie (and the server audits). */
export function attendanceSheetUrl(org: string, month: string): string {
  return `/api/attendance/sheet.xlsx${toSearch({ org, month })}`;
}
