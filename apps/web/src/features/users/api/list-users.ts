import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UserItem } from '@cwp/contracts/users.contract';
import { apiGet } from '../../../lib/api-client.ts';

export interface UserListQuery {
  q?: string;
  page: number;
  pageSize: number;
}

export function listUsers(query: UserListQuery): Promise<{ items: UserItem[]; total: number }> {
  return apiGet('/users', { ...query });
}

export function useUserList(query: UserListQuery, enabled = true) {
  return useQuery({ queryKey: ['users', query], queryFn: () => listUsers(query), placeholderData: keepPreviousData, enabled });
}
