import { useMutation } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client.ts';

export function resetUserPassword(id: number, newPassword: string): Promise<unknown> {
  return apiPost(`/users/${id}/reset-password`, { newPassword });
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) => resetUserPassword(id, newPassword) });
}
