import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleHistoryItem, SetStaffingRuleInput } from '@cwp/contracts/staffing.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function setStaffingRule(code: string, input: SetStaffingRuleInput): Promise<RuleHistoryItem> {
  return apiPost<RuleHistoryItem>(`/staffing/${encodeURIComponent(code)}/rule`, input);
}

export function useSetStaffingRule(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetStaffingRuleInput) => setStaffingRule(code, input),
    // A rule is inherited by everything below and changes the sums above: refresh all staffing views.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['staffing'] }),
  });
}
