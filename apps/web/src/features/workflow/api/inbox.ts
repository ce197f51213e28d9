import { useQuery } from '@tanstack/react-query';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type InboxBox = 'todo' | 'mine' | 'overdue';

/** To-do (the caller may decide now), mine (asked for by the caller) or overdue (pending past due, in scope). */
export function useInbox(box: InboxBox) {
  return useQuery({
    queryKey: ['workflow', 'inbox', box],
    queryFn: () => apiGet<WorkflowRequest[]>('/workflow/inbox', { box }),
    retry: false,
  });
}
