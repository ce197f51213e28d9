import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiCallItem } from '@cwp/contracts/open-data.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function keyCalls(id: number, page: number, pageSize: number): Promise<{ items: ApiCallItem[]; total: number }> {
  return apiGet(`/open-data/keys/${id}/calls`, { page, pageSize });
}

export function useKeyCalls(id: number | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['open-data', 'calls', id, page, pageSize],
    queryFn: () => keyCalls(id!, page, pageSize),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}
