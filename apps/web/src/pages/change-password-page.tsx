import { Alert, App, Button, Card, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useMe } from '../features/auth/api/get-me.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { ChangePasswordForm } from '../features/auth/components/change-password-form.tsx';
import { PageSpin } from '../app/page-spin.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();

  if (me.isPending) return <PageSpin />;
  if (!me.data) return <Navigate to="/login" replace />;
  const forced = me.data.mustChangePassword;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Card style={{ width: 460, maxWidth: '94vw' }} title={t('auth.changePassword')}>
        <Typography.Paragraph>{t('auth.signedInAs', { name: me.data.displayName, username: me.data.username })}</Typography.Paragraph>
        {forced ? <Alert type="warning" showIcon title={t('auth.mustChange')} style={{ marginBottom: 16 }} /> : null}
        <ChangePasswordForm
          onDone={() => {
            message.success(t('auth.passwordChanged'));
            navigate('/', { replace: true });
          }}
          onCancel={forced ? undefined : () => navigate(-1)}
        />
        {forced ? (
          <Button type="link" style={{ paddingLeft: 0, marginTop: 12 }} onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}>
            {t('header.logout')}
          </Button>
        ) : null}
      </Card>
    </div>
  );
}
