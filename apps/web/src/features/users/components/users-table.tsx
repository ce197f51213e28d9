import { App, Button, Space, Switch, Table, Tag } from 'antd';
import type { UserItem } from '@cwp/contracts/users.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { roleText } from '../../../i18n/enum-labels.ts';
import { formatDateTime } from '../../../lib/dates.ts';
import { useUpdateUser } from '../api/update-user.ts';

interface Props {
  items: UserItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  currentUserId: number;
  /** 三员分立: the system administrator manages accounts (enable, reset), the security administrator grants roles. */
  canManageAccounts: boolean;
  canGrantRoles: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onResetPassword: (u: UserItem) => void;
  onGrant: (u: UserItem) => void;
}

export function UsersTable({ items, total, page, pageSize, loading, currentUserId, canManageAccounts, canGrantRoles, onPageChange, onResetPassword, onGrant }: Props) {
  const { t, lang, errorText } = useI18n();
  const { message, modal } = App.useApp();
  const update = useUpdateUser();

  const toggle = (u: UserItem, active: boolean) => {
    modal.confirm({
      title: active ? t('users.enableConfirm', { name: u.displayName }) : t('users.disableConfirm', { name: u.displayName }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await update.mutateAsync({ id: u.id, input: { active } });
          message.success(t('common.saved'));
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });
  };

  return (
    <Table<UserItem>
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ current: page, pageSize, total, showTotal: (n) => t('common.totalN', { n }), onChange: onPageChange }}
      columns={[
        { title: t('users.username'), dataIndex: 'username' },
        { title: t('users.displayName'), dataIndex: 'displayName' },
        { title: t('users.role'), dataIndex: 'role', render: (r: string, u) => roleText(lang, r, u.roleLabel) },
        { title: t('users.scope'), dataIndex: 'scopeName', render: (n: string, u) => (u.scopeCode ? `${n}（${u.scopeCode}）` : n || t('org.national')) },
        {
          title: t('users.state'),
          dataIndex: 'active',
          render: (a: boolean, u) => (
            <Space>
              <Switch
                checked={a}
                disabled={!canManageAccounts || u.id === currentUserId}
                aria-label={t('users.active')}
                onChange={(next) => toggle(u, next)}
              />
              {u.authorized ? null : <Tag color="red">{t('users.pending')}</Tag>}
              {u.mustChangePassword ? <Tag color="orange">{t('users.mustChange')}</Tag> : null}
            </Space>
          ),
        },
        { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, u) => (
            <Space>
              {canManageAccounts && u.id !== currentUserId ? (
                <Button size="small" onClick={() => onResetPassword(u)}>
                  {t('users.resetPassword')}
                </Button>
              ) : null}
              {canGrantRoles && u.id !== currentUserId ? (
                <Button size="small" type={u.authorized ? 'default' : 'primary'} onClick={() => onGrant(u)} data-testid={`grant-${u.username}`}>
                  {t('users.grant')}
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
