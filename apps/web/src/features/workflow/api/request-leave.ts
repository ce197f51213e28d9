import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Leave, leaveInput } from '@cwp/contracts/workflow.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkflow } from './workflow-cache.ts';

export type LeaveInput = z.output<typeof leaveInput>;

/** A worker asks for their own leave; daily:manage users ask on behalf of a worker in their area. */
export function useRequestLeave() {
  const onSuccess = useRefreshWorkflow();
  return useMutation({ mutationFn: (input: LeaveInput) => apiPost<Leave>('/leave', input), onSuccess });
}
