import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { leaveBalance } from '@cwp/contracts/workflow.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type LeaveBalance = z.infer<typeof leaveBalance>;

/** Paid annual leave entitled, used and left in a year (by years of work), and days used per leave type. */
export function useLeaveBalance(workerId: number | null | undefined, year: number) {
  return useQuery({
    queryKey: ['workers', 'leave-balance', workerId, year],
    queryFn: () => apiGet<LeaveBalance>(`/workers/${workerId}/leave-balance`, { year }),
    enabled: !!workerId,
    retry: false,
  });
}
