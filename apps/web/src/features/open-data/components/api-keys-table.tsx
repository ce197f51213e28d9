import { Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { OPEN_FIELD_LABELS, type ApiKeyItem } from '@cwp/contracts/open-data.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDateTime } from '../../../lib/dates.ts';

const STATE_COLOR: Record<ApiKeyItem['state'], string> = { active: 'green', expired: 'orange', revoked: 'default' };

interface Props {
  items: ApiKeyItem[];
  loading: boolean;
  revokingId: number | null;
  onRevoke: (k: ApiKeyItem) => void;
  onShowCalls: (k: ApiKeyItem) => void;
}

/** Keys of consuming systems with their scope, fields, state and use (A17.4). */
export function ApiKeysTable({ items, loading, revokingId, onRevoke, onShowCalls }: Props) {
  const { t, lang } = useI18n();
  const label = (f: ApiKeyItem['fields'][number]) => OPEN_FIELD_LABELS[f][lang === 'en' ? 'en' : 'zh'];
  return (
    <Table<ApiKeyItem>
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('openData.empty') }}
      pagination={false}
      data-testid="open-keys-table"
      columns={[
        {
          title: t('openData.name'),
          dataIndex: 'name',
          render: (v: string, k) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{v}</Typography.Text>
              <Typography.Text type="secondary">{k.contact}</Typography.Text>
            </Space>
          ),
        },
        { title: t('openData.scope'), dataIndex: 'scopeName', render: (v: string, k) => `${v}（${k.scopeCode}）` },
        {
          title: t('openData.fields'),
          dataIndex: 'fields',
          render: (fields: ApiKeyItem['fields']) => (
            <Tooltip title={fields.map(label).join('、')}>
              <Typography.Text style={{ cursor: 'help' }}>{t('openData.fieldsN', { n: fields.length })}</Typography.Text>
            </Tooltip>
          ),
        },
        { title: t('openData.hint'), dataIndex: 'hint', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        {
          title: t('openData.state'),
          dataIndex: 'state',
          render: (s: ApiKeyItem['state'], k) => (
            <Space orientation="vertical" size={0}>
              <Tag color={STATE_COLOR[s]}>{t(`openData.state.${s}`)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {k.revokedAt ? `${formatDateTime(k.revokedAt)} ${k.revokedByName ?? ''}` : k.expiresAt ? `${t('openData.expiresAt')} ${formatDateTime(k.expiresAt)}` : t('openData.noExpiry')}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('openData.calls'), dataIndex: 'calls', align: 'right' as const },
        { title: t('openData.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatDateTime(v) : t('openData.never')) },
        { title: t('openData.createdBy'), dataIndex: 'createdAt', render: (v: string, k) => `${formatDateTime(v)} ${k.createdByName}` },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right' as const,
          render: (_: unknown, k) => (
            <Space size={4}>
              <Button size="small" onClick={() => onShowCalls(k)} data-testid={`open-key-calls-${k.id}`}>
                {t('openData.viewCalls')}
              </Button>
              {k.state !== 'revoked' ? (
                <Popconfirm title={t('openData.revokeConfirm', { name: k.name })} okButtonProps={{ danger: true }} okText={t('openData.revoke')} cancelText={t('common.cancel')} onConfirm={() => onRevoke(k)}>
                  <Button size="small" danger loading={revokingId === k.id} data-testid={`open-key-revoke-${k.id}`}>
                    {t('openData.revoke')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
