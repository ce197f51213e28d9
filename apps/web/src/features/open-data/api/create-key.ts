import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateApiKeyInput, CreatedApiKey } from '@cwp/contracts/open-data.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { openDataKeys } from './list-keys.ts';

/** The answer carries the secret: keep it in component state only, never in the query cache. */
export function createKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  return apiPost<CreatedApiKey>('/open-data/keys', input);
}

export function useCreateKey() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createKey, onSuccess: () => qc.invalidateQueries({ queryKey: openDataKeys }) });
}
