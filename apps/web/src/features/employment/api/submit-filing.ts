import { useMutation } from '@tanstack/react-query';
import type { FilingInput, SecretaryFiling } from '@cwp/contracts/employment.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshEmployment } from './employment-cache.ts';

/** The street files a community Party secretary with the county (A9.4). */
export function useSubmitFiling() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (input: FilingInput) => apiPost<SecretaryFiling>('/secretary-filings', input), onSuccess });
}
