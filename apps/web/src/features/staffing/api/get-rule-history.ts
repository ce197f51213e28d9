import { useQuery } from '@tanstack/react-query';
import type { RuleHistoryItem } from '@cwp/contracts/staffing.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { staffingPathCode } from './get-staffing.ts';

/** Rule and ceiling changes made at this unit, newest first. */
export function getRuleHistory(code: string): Promise<RuleHistoryItem[]> {
  return apiGet<RuleHistoryItem[]>(`/staffing/${staffingPathCode(code)}/history`);
}

export function useRuleHistory(code: string) {
  return useQuery({ queryKey: ['staffing', 'history', code], queryFn: () => getRuleHistory(code) });
}
