import { useMutation } from '@tanstack/react-query';
import type { AssistancePair } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** Ends a pairing on a day not in the future. */
export function useEndPair() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (v: { id: number; endedOn: string }) => apiPost<AssistancePair>(`/work-logs/pairs/${v.id}/end`, { endedOn: v.endedOn }), onSuccess });
}
