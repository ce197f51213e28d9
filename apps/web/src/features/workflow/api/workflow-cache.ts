import { useQueryClient } from '@tanstack/react-query';

/**
 * One action moves a request in every list that shows it: the inboxes, the unit's leave list, the worker's
 * leave and (annual leave) their balance. Also called after a refused action, since a 409 means our copy is stale.
 */
export function useRefreshWorkflow() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['workflow'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'leave'] });
    void qc.invalidateQueries({ queryKey: ['workers', 'leave-balance'] });
  };
}
