import { useQueryClient } from '@tanstack/react-query';

/** A punch, a correction or a decision changes the worker's month and the community's sheet: refetch both. */
export function useRefreshAttendance() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['attendance'] });
    void qc.invalidateQueries({ queryKey: ['workflow'] });
  };
}
