import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SecretaryFiling } from '@cwp/contracts/employment.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Secretary filings under a unit (A9.4); under 'workflow' so an acknowledgement in the inbox refreshes it. */
export function useFilingList(f: { org: string; status?: WorkflowRequest['status'] }) {
  return useQuery({
    queryKey: ['workflow', 'secretary-filings', f],
    queryFn: () => apiGet<SecretaryFiling[]>('/secretary-filings', { org: f.org, status: f.status }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
