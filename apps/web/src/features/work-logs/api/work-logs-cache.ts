import { useQueryClient } from '@tanstack/react-query';

/** Every write refreshes what shows ledger rows: the grids, the four ledgers, the counts and the worker's own page. */
export function useRefreshWorkLogs() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['work-logs'] });
}
