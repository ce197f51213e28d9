import { Button, Result } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/auth/api/get-me.ts';
import { CurrentOrgProvider } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AppLayout } from './app-layout.tsx';
import { PageSpin } from './page-spin.tsx';

/** Gate for every page behind login; also forces the first-login password change. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { t, errorText } = useI18n();
  if (me.isPending) return <PageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('error.loadSession')}
        subTitle={errorText(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('error.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  return (
    <CurrentOrgProvider key={me.data.id} userId={me.data.id} scopeCode={me.data.scope.code} scopeName={me.data.scope.name}>
      <AppLayout />
    </CurrentOrgProvider>
  );
}
