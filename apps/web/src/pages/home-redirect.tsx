import { Navigate } from 'react-router';
import { Result } from 'antd';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Business roles start on the 工作台; a worker on their own record; the system and audit administrators on their consoles. */
export default function HomeRedirect() {
  const me = useCurrentUser();
  const { t } = useI18n();
  if (me.role === 'worker' && me.workerId) return <Navigate to={`/workers/${me.workerId}`} replace />;
  if (hasPermission(me, 'org:read')) return <Navigate to="/home" replace />;
  if (hasPermission(me, 'workers:read')) return <Navigate to="/workers" replace />;
  if (hasPermission(me, 'users:manage') || hasPermission(me, 'roles:manage')) return <Navigate to="/admin/users" replace />;
  if (hasPermission(me, 'audit:read')) return <Navigate to="/admin/audit" replace />;
  return <Result status="403" title={t('error.noModules')} />;
}
