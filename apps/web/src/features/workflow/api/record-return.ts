import { useMutation } from '@tanstack/react-query';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkflow } from './workflow-cache.ts';

/** 销假: the day the worker came back, closing approved leave (and clearing 未销假). */
export function useRecordReturn() {
  const onSuccess = useRefreshWorkflow();
  return useMutation({ mutationFn: (v: { requestId: number; returnedOn: string }) => apiPost<Leave>(`/leave/${v.requestId}/return`, { returnedOn: v.returnedOn }), onSuccess });
}
