import { useState } from 'react';
import { Alert, Button, Card, Input, Result, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UserItem } from '@cwp/contracts/users.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useUserList } from '../features/users/api/list-users.ts';
import { CreateUserModal } from '../features/users/components/create-user-modal.tsx';
import { GrantRoleModal } from '../features/users/components/grant-role-modal.tsx';
import { ResetPasswordModal } from '../features/users/components/reset-password-modal.tsx';
import { UsersTable } from '../features/users/components/users-table.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

export default function UsersPage() {
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const [q, setQ] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserItem | null>(null);
  const [granting, setGranting] = useState<UserItem | null>(null);
  const canManageAccounts = hasPermission(me, 'users:manage');
  const canGrantRoles = hasPermission(me, 'roles:manage');
  const list = useUserList({ q, page, pageSize }, canManageAccounts || canGrantRoles);
  if (!canManageAccounts && !canGrantRoles) return <Result status="403" title={t('error.forbiddenTitle')} subTitle={t('users.forbidden')} />;
  // The administrators see no business data (三员分立), the org tree included: without org:read the scope is typed as a division code.
  const scopePicker = hasPermission(me, 'org:read') ? (
    <OrgTreeSelect rootCode={me.scope.code} allowClear style={{ width: '100%' }} placeholder={t('users.scopePlaceholder')} />
  ) : (
    <Input allowClear maxLength={12} inputMode="numeric" placeholder={t('users.scopeCodePlaceholder')} />
  );

  return (
    <Card
      title={t('menu.users')}
      extra={
        canManageAccounts ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        ) : null
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(canManageAccounts ? 'users.duties.system_admin' : 'users.duties.security_admin')} />
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('users.search')}
          placeholder={t('users.search')}
          allowClear
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage(1);
          }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <UsersTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        currentUserId={me.id}
        canManageAccounts={canManageAccounts}
        canGrantRoles={canGrantRoles}
        onGrant={setGranting}
        onPageChange={(p, s) => {
          setPage(s !== pageSize ? 1 : p);
          setPageSize(s);
        }}
        onResetPassword={setResetting}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} scopePicker={scopePicker} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <GrantRoleModal user={granting} onClose={() => setGranting(null)} scopePicker={scopePicker} />
    </Card>
  );
}
