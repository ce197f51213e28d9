import { useEffect, type ReactNode } from 'react';
import { Button, Space, Typography } from 'antd';
import { IdcardOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The frame of a worker's phone pages (/my/…): a 480px column with its own small header (title, language,
 * the worker's record, log out) instead of the desktop menu; it also names the browser tab.
 */
export function PhoneShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <div style={{ minHeight: '100vh', background: '#eef3fa', padding: '12px 12px 32px' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 4 }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1d5fb4' }} data-testid="my-title">
            {title}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <Typography.Text type="secondary">{me.displayName}</Typography.Text>
          <Space size={0}>
            {me.workerId ? (
              <Button type="link" icon={<IdcardOutlined />} onClick={() => navigate(`/workers/${me.workerId}`)} style={{ height: 44 }}>
                {t('menu.myRecord')}
              </Button>
            ) : null}
            <Button
              type="link"
              icon={<LogoutOutlined />}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
              style={{ height: 44 }}
              data-testid="my-logout"
            >
              {t('header.logout')}
            </Button>
          </Space>
        </div>
        {children}
      </div>
    </div>
  );
}
