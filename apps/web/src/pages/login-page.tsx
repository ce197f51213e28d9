import { Card, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../features/auth/api/get-me.ts';
import { LoginForm } from '../features/auth/components/login-form.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';

/** Only same-site paths are followed after login (no open redirect through ?next=). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const next = safeNext(params.get('next'));

  if (me.data && !me.data.mustChangePassword) return <Navigate to={next} replace />;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg, #1d5fb4 0%, #0e3a75 100%)' }}>
      <Card style={{ width: 400, maxWidth: '92vw' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch size="small" />
        </div>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 8 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.loginSubtitle')}
        </Typography.Paragraph>
        <LoginForm onLoggedIn={(m) => navigate(m.mustChangePassword ? '/change-password' : next, { replace: true })} />
      </Card>
    </div>
  );
}
