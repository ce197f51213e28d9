import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionItem } from '@cwp/contracts/auth.contract';
import { useEndSession, useLogoutEverywhere, useMySessions } from '../features/auth/api/sessions.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDateTime } from '../lib/dates.ts';

/** 登录设备: the user's open sessions, with "end this one" and "log out everywhere" (等保 2.0 session management). */
export default function SessionsPage() {
  const { t, errorText } = useI18n();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const sessions = useMySessions();
  const end = useEndSession();
  const everywhere = useLogoutEverywhere();

  const endOne = (s: SessionItem) =>
    modal.confirm({
      title: t('sessions.endConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await end.mutateAsync(s.id);
          message.success(t('sessions.ended'));
          if (s.current) navigate('/login', { replace: true });
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  const endAll = () =>
    modal.confirm({
      title: t('sessions.logoutAllConfirm'),
      okText: t('common.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => everywhere.mutateAsync().finally(() => navigate('/login', { replace: true })),
    });

  return (
    <Card
      title={t('sessions.title')}
      extra={
        <Button danger icon={<LogoutOutlined />} onClick={endAll} data-testid="logout-everywhere">
          {t('sessions.logoutAll')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('sessions.intro')} {t('sessions.policy')}
        </Typography.Paragraph>
        {sessions.isError ? <Alert type="error" showIcon title={errorText(sessions.error)} /> : null}
        <Table<SessionItem>
          rowKey="id"
          size="middle"
          loading={sessions.isFetching}
          dataSource={sessions.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('sessions.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            { title: t('sessions.lastSeenAt'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
            { title: t('sessions.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatDateTime(v) },
            { title: t('sessions.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
            {
              title: t('sessions.userAgent'),
              dataIndex: 'userAgent',
              render: (v: string | null) => (
                <Typography.Text style={{ maxWidth: 360 }} ellipsis={{ tooltip: v }}>
                  {v ?? '—'}
                </Typography.Text>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, s) => (
                <Space>
                  {s.current ? <Tag color="blue">{t('sessions.current')}</Tag> : null}
                  <Button size="small" onClick={() => endOne(s)}>
                    {t('sessions.end')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
