import { useQuery } from '@tanstack/react-query';
import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** The API names the nation 'root' (only national-scope users may ask for it). */
export const staffingPathCode = (code: string) => (code ? encodeURIComponent(code) : 'root');

export function getStaffing(code: string): Promise<StaffingNode> {
  return apiGet<StaffingNode>(`/staffing/${staffingPathCode(code)}`);
}

export function useStaffing(code: string) {
  return useQuery({ queryKey: ['staffing', 'node', code], queryFn: () => getStaffing(code) });
}
