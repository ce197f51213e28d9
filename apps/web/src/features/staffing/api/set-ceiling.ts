import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleHistoryItem, SetCeilingInput } from '@cwp/contracts/staffing.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function setCeiling(code: string, input: SetCeilingInput): Promise<RuleHistoryItem> {
  return apiPost<RuleHistoryItem>(`/staffing/${encodeURIComponent(code)}/ceiling`, input);
}

export function useSetCeiling(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetCeilingInput) => setCeiling(code, input),
    // The ceiling shows on this unit and in its parent's children table.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['staffing'] }),
  });
}
