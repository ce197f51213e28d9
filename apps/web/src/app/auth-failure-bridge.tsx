import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { setAuthFailureHandler } from '../lib/api-client.ts';
import { meQueryKey } from '../features/auth/api/get-me.ts';

/** Any request answered 401 ends the session in the UI; a forced password change sends the user there. */
export function AuthFailureBridge() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    setAuthFailureHandler((err) => {
      if (err.code === 'PASSWORD_CHANGE_REQUIRED') {
        void qc.invalidateQueries({ queryKey: meQueryKey });
        navigate('/change-password', { replace: true });
        return;
      }
      // The auth gate sees the missing session and redirects to the login page with ?next=.
      qc.setQueryData(meQueryKey, null);
    });
    return () => setAuthFailureHandler(undefined);
  }, [qc, navigate]);
  return null;
}
