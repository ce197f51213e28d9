import { useQuery } from '@tanstack/react-query';
import type { MyWorkLog } from '@cwp/contracts/work-logs.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** The worker's own phone page: grid, running pairs, recent entries, this month's counts. */
export function useMyWorkLog(enabled: boolean) {
  return useQuery({ queryKey: ['work-logs', 'mine'], queryFn: () => apiGet<MyWorkLog>('/my/work-log'), enabled });
}
