import { Button, Dropdown, Layout, Space, Typography } from 'antd';
import { DesktopOutlined, DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { roleText } from '../i18n/enum-labels.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';

export function AppHeader() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { scopeCode, orgCode, setOrgCode } = useCurrentOrg();
  const logout = useLogout();

  const pickOrg = (code: string | null) => {
    setOrgCode(code ?? scopeCode);
    // The header choice wins over a stale ?org= from the link that brought us here.
    if (params.has('org')) {
      const next = new URLSearchParams(params);
      next.delete('org');
      next.delete('page');
      setParams(next, { replace: true });
    }
  };

  return (
    <Layout.Header className="app-header" style={{ background: '#fff', padding: '0 20px', display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #eee', height: 56 }}>
      <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
        {t('app.title')}
      </Typography.Title>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
        {hasPermission(me, 'org:read') ? (
          <>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              <label htmlFor="header-org-picker">{t('header.currentOrg')}</label>
            </Typography.Text>
            <OrgTreeSelect
              id="header-org-picker"
              data-testid="header-org-picker"
              rootCode={scopeCode}
              value={orgCode}
              onChange={pickOrg}
              style={{ width: 300 }}
            />
          </>
        ) : null}
      </div>
      <Space size="middle">
        <LanguageSwitch size="small" />
        <Dropdown
          menu={{
            items: [
              { key: 'pw', icon: <KeyOutlined />, label: t('header.changePassword') },
              { key: 'sessions', icon: <DesktopOutlined />, label: t('header.sessions') },
              { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
            ],
            onClick: ({ key }) => {
              if (key === 'pw') navigate('/change-password');
              else if (key === 'sessions') navigate('/account/sessions');
              else logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
            },
          }}
        >
          <Button type="text" data-testid="user-menu">
            <span>{me.displayName}</span>
            <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
              {roleText(lang, me.role, me.roleLabel)}
            </Typography.Text>
            <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
}
