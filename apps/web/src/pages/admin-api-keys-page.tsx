import { useState } from 'react';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ApiKeyItem, CreatedApiKey } from '@cwp/contracts/open-data.contract';
import { useApiKeys } from '../features/open-data/api/list-keys.ts';
import { useRevokeKey } from '../features/open-data/api/revoke-key.ts';
import { ApiKeysTable } from '../features/open-data/components/api-keys-table.tsx';
import { CreateKeyModal } from '../features/open-data/components/create-key-modal.tsx';
import { KeyCallsDrawer } from '../features/open-data/components/key-calls-drawer.tsx';
import { SecretOnceModal } from '../features/open-data/components/secret-once-modal.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 系统管理 → 开放接口 (A17.4): keys of the systems that read from here, their secrets once, their call logs. */
export default function AdminApiKeysPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const keys = useApiKeys();
  const revoke = useRevokeKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [viewing, setViewing] = useState<ApiKeyItem | null>(null);

  const onRevoke = async (k: ApiKeyItem) => {
    try {
      await revoke.mutateAsync(k.id);
      message.success(t('openData.revoked'));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Card
      title={t('openData.title')}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => keys.refetch()}>
            {t('openData.reload')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="open-key-create">
            {t('openData.create')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('openData.intro')}</Typography.Paragraph>
      {keys.isError ? <Alert type="error" showIcon title={errorText(keys.error)} style={{ marginBottom: 16 }} /> : null}
      <ApiKeysTable items={keys.data ?? []} loading={keys.isFetching} revokingId={revoke.isPending ? (revoke.variables ?? null) : null} onRevoke={onRevoke} onShowCalls={setViewing} />
      <CreateKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          setCreated(c);
        }}
      />
      <SecretOnceModal created={created} onClose={() => setCreated(null)} />
      <KeyCallsDrawer apiKey={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
