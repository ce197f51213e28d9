import { useMutation } from '@tanstack/react-query';
import type { FirstInquiry, FirstInquiryInput } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 首问负责 登记. */
export function useRecordInquiry() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (input: FirstInquiryInput) => apiPost<FirstInquiry>('/work-logs/first-inquiries', input), onSuccess });
}
