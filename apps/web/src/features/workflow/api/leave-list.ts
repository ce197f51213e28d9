import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Leave, WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type RequestStatus = WorkflowRequest['status'];

/** Leave under a unit (daily:manage); `unreturned` keeps approved leave that ended with no return recorded. */
export function useLeaveList(f: { org: string; status?: RequestStatus; unreturned: boolean }) {
  return useQuery({
    queryKey: ['workflow', 'leave', f],
    queryFn: () => apiGet<Leave[]>('/leave', { org: f.org, status: f.status, unreturned: f.unreturned ? '1' : undefined }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
