import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRevokeCertification, type CoverageItem } from '../api/skills.ts';
import { useSkillsText } from './skills-text.ts';

interface Props {
  posts: string[];
  items: CoverageItem[];
  loading: boolean;
  canWrite: boolean;
  onCertify: (item: CoverageItem) => void;
}

/** One ✓ cell: the date it was certified, and for writers a confirm to withdraw it (a wrong entry, a lapsed post). */
function CertifiedCell({ item, post, certifiedOn, canWrite }: { item: CoverageItem; post: string; certifiedOn: string; canWrite: boolean }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useSkillsText();
  const revoke = useRevokeCertification();
  const mark = (
    <Space orientation="vertical" size={0} style={{ lineHeight: 1.2 }}>
      <CheckOutlined style={{ color: '#389e0d' }} />
      <Typography.Text type="secondary" style={{ fontSize: 11, whiteSpace: 'nowrap' }}>
        {certifiedOn}
      </Typography.Text>
    </Space>
  );
  if (!canWrite) return mark;
  return (
    <Popconfirm
      title={t('skills.revokeConfirm', { name: item.name, post: text.post(post) })}
      description={t('skills.revokeHint')}
      okText={t('skills.revoke')}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        revoke
          .mutateAsync({ workerId: item.workerId, post })
          .then(() => void message.success(t('skills.revoked')))
          .catch((err: unknown) => void message.error(errorText(err)))
      }
    >
      <Tooltip title={t('skills.revokeTip')}>
        <Button type="text" size="small" style={{ height: 'auto', padding: '2px 0' }} aria-label={`${t('skills.revoke')} ${text.post(post)}`} data-testid={`revoke-${item.workerId}-${post}`}>
          {mark}
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}

/** 全岗通 matrix (A6.2): workers down, front-desk posts across, ✓ with the date where certified. */
export function SkillsCoverageTable({ posts, items, loading, canWrite, onCertify }: Props) {
  const { t } = useI18n();
  const text = useSkillsText();
  return (
    <Table<CoverageItem>
      size="small"
      rowKey="workerId"
      loading={loading}
      dataSource={items}
      bordered
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => t('common.totalN', { n }) }}
      scroll={{ x: 'max-content' }}
      data-testid="coverage-table"
      columns={[
        {
          title: t('skills.name'),
          dataIndex: 'name',
          fixed: 'left',
          width: 72,
          render: (name: string, r) => <Link to={`/workers/${r.workerId}`}>{name}</Link>,
        },
        { title: t('skills.community'), dataIndex: 'communityName', width: 112, ellipsis: { showTitle: true } },
        ...posts.map((post) => ({
          title: text.post(post),
          key: post,
          align: 'center' as const,
          // Ten posts have to fit beside the names on an office screen without scrolling: narrow, tight cells.
          width: 72,
          onCell: () => ({ style: { padding: '4px 2px' } }),
          render: (_: unknown, r: CoverageItem) => {
            const held = r.posts.find((p) => p.post === post);
            return held ? <CertifiedCell item={r} post={post} certifiedOn={held.certifiedOn} canWrite={canWrite} /> : <Typography.Text type="secondary">—</Typography.Text>;
          },
        })),
        {
          title: t('skills.certifiedCount'),
          dataIndex: 'certified',
          width: 104,
          sorter: (a, b) => a.certified - b.certified,
          render: (n: number, r) =>
            r.full ? (
              <Tag color="green" data-testid="coverage-full-tag">
                {t('skills.fullTag')}
              </Tag>
            ) : (
              `${n} / ${posts.length}`
            ),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                width: 92,
                render: (_: unknown, r: CoverageItem) => (
                  <Button size="small" disabled={r.full} onClick={() => onCertify(r)} data-testid={`certify-${r.workerId}`}>
                    {t('skills.certify')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
