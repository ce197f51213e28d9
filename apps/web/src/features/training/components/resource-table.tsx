import { App, Button, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import type { Resource } from '@cwp/contracts/training.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { resourceFileUrl, useRemoveResource } from '../api/resources.ts';
import { useResourceKindText } from './resource-kind.tsx';
import { TopicTags } from './trainer-topics.tsx';

interface Props {
  items: Resource[];
  loading: boolean;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The library on the caller's path; rows the caller keeps (editable) can be removed. */
export function ResourceTable({ items, loading }: Props) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const kindText = useResourceKindText();
  const remove = useRemoveResource();

  const confirmRemove = (r: Resource) =>
    remove.mutate(r.id, { onSuccess: () => void message.success(t('resources.removed')), onError: (err) => void message.error(errorText(err)) });

  return (
    <Table<Resource>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => t('common.totalN', { n }) }}
      scroll={{ x: 'max-content' }}
      data-testid="resource-table"
      columns={[
        {
          title: t('resources.name'),
          dataIndex: 'title',
          fixed: 'left',
          render: (title: string, r) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{title}</Typography.Text>
              {r.description ? (
                <Typography.Text type="secondary" ellipsis={{ tooltip: r.description }} style={{ maxWidth: 320 }}>
                  {r.description}
                </Typography.Text>
              ) : null}
            </Space>
          ),
        },
        { title: t('resources.kind'), dataIndex: 'kind', render: (k: Resource['kind']) => kindText(k) },
        { title: t('resources.topics'), dataIndex: 'topics', render: (topics: Resource['topics']) => <TopicTags topics={topics} /> },
        { title: t('resources.owner'), dataIndex: 'orgName' },
        {
          title: t('resources.file'),
          dataIndex: 'fileName',
          render: (name: string) => (
            <Tooltip title={name}>
              <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                {name}
              </Typography.Text>
            </Tooltip>
          ),
        },
        { title: t('resources.size'), dataIndex: 'size', align: 'right', render: (n: number) => formatSize(n) },
        { title: t('resources.uploadedBy'), dataIndex: 'uploadedBy' },
        { title: t('resources.uploadedAt'), dataIndex: 'uploadedAt', render: (s: string) => formatDateTime(s) },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, r) => (
            <Space size={4}>
              <Button size="small" icon={<DownloadOutlined />} href={resourceFileUrl(r.id)} download={r.fileName} data-testid={`resource-download-${r.id}`}>
                {t('resources.download')}
              </Button>
              {r.editable ? (
                <Popconfirm title={t('resources.removeConfirm', { title: r.title })} onConfirm={() => confirmRemove(r)} okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}>
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid={`resource-remove-${r.id}`}>
                    {t('resources.remove')}
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
