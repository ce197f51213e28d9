import { useMutation } from '@tanstack/react-query';
import type { FirstInquiry } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 首问负责 办结: resolved, or referred to someone. */
export function useCloseInquiry() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (v: { id: number; closedOn: string; resolution: string; referredTo: string }) => apiPost<FirstInquiry>(`/work-logs/first-inquiries/${v.id}/close`, { closedOn: v.closedOn, resolution: v.resolution, referredTo: v.referredTo }), onSuccess });
}
