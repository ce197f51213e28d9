import { useMutation } from '@tanstack/react-query';
import type { AssistancePair, PairInput } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 结对帮扶: pairs a worker with a household or person in need. */
export function useCreatePair() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (input: PairInput) => apiPost<AssistancePair>('/work-logs/pairs', input), onSuccess });
}
