import { useMutation } from '@tanstack/react-query';
import type { ProxyService } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 代办服务 受理 → 办理中 → 办结 / 退回. */
export function useMoveProxy() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (v: { id: number; status: '办理中' | '办结' | '退回'; on: string; outcome: string }) => apiPost<ProxyService>(`/work-logs/proxy-services/${v.id}/status`, { status: v.status, on: v.on, outcome: v.outcome }), onSuccess });
}
