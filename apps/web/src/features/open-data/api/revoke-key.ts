import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiKeyItem } from '@cwp/contracts/open-data.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { openDataKeys } from './list-keys.ts';

export function revokeKey(id: number): Promise<ApiKeyItem> {
  return apiPost<ApiKeyItem>(`/open-data/keys/${id}/revoke`);
}

export function useRevokeKey() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: revokeKey, onSuccess: () => qc.invalidateQueries({ queryKey: openDataKeys }) });
}
