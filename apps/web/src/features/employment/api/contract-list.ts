import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { contractFilterEnum, contractList } from '@cwp/contracts/employment.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type ContractFilter = z.infer<typeof contractFilterEnum>;

/** Contract standing of the workers under a unit (A12.2), paged, with the flag counts. */
export function useContractList(f: { org: string; filter?: ContractFilter; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['employment', 'contracts', f],
    queryFn: () => apiGet<z.infer<typeof contractList>>('/labour-contracts', { org: f.org, filter: f.filter, page: f.page, pageSize: f.pageSize }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
