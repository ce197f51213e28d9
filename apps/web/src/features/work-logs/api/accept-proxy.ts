import { useMutation } from '@tanstack/react-query';
import type { ProxyService, ProxyServiceInput } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 代办服务 受理. */
export function useAcceptProxy() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (input: ProxyServiceInput) => apiPost<ProxyService>('/work-logs/proxy-services', input), onSuccess });
}
