import { App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { Trainer, TrainerInput } from '@cwp/contracts/training.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUpdateTrainer } from '../api/trainers.ts';
import { TopicTags } from './trainer-topics.tsx';

interface Props {
  items: Trainer[];
  loading: boolean;
  /** The caller may write (training:write); each row still says whether it is theirs to edit. */
  canWrite: boolean;
  onEdit: (trainer: Trainer) => void;
}

const asInput = (r: Trainer): TrainerInput => ({ orgCode: r.orgCode, name: r.name, affiliation: r.affiliation, title: r.title, topics: r.topics, intro: r.intro, active: r.active });

/** The pool on the caller's path: their own trainers, editable, next to those kept by the units above. */
export function TrainerTable({ items, loading, canWrite, onEdit }: Props) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateTrainer();

  const toggle = (r: Trainer) =>
    update.mutate(
      { id: r.id, input: { ...asInput(r), active: !r.active } },
      { onSuccess: () => void message.success(t('common.saved')), onError: (err) => void message.error(errorText(err)) },
    );

  return (
    <Table<Trainer>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => t('common.totalN', { n }) }}
      scroll={{ x: 'max-content' }}
      data-testid="trainer-table"
      columns={[
        {
          title: t('trainers.name'),
          dataIndex: 'name',
          fixed: 'left',
          render: (name: string, r) => (
            <Tooltip title={r.intro || undefined}>
              <Typography.Text strong>{name}</Typography.Text>
            </Tooltip>
          ),
        },
        { title: t('trainers.jobTitle'), dataIndex: 'title' },
        { title: t('trainers.affiliation'), dataIndex: 'affiliation' },
        { title: t('trainers.topics'), dataIndex: 'topics', render: (topics: Trainer['topics']) => <TopicTags topics={topics} /> },
        {
          title: t('trainers.owner'),
          dataIndex: 'orgName',
          render: (name: string, r) => (
            <Space size={4}>
              {name}
              {canWrite && !r.editable ? <Tag>{t('trainers.keptAbove')}</Tag> : null}
            </Space>
          ),
        },
        { title: <Tooltip title={t('trainers.programmesHint')}>{t('trainers.programmes')}</Tooltip>, dataIndex: 'programmes', align: 'right' },
        {
          title: t('trainers.status'),
          dataIndex: 'active',
          render: (active: boolean) => (active ? <Tag color="green">{t('trainers.active')}</Tag> : <Tag>{t('trainers.retired')}</Tag>),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, r: Trainer) =>
                  r.editable ? (
                    <Space size={4}>
                      <Button size="small" onClick={() => onEdit(r)} data-testid={`trainer-edit-${r.id}`}>
                        {t('trainers.edit')}
                      </Button>
                      <Popconfirm
                        title={t(r.active ? 'trainers.retireConfirm' : 'trainers.activateConfirm', { name: r.name })}
                        onConfirm={() => toggle(r)}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                      >
                        <Button size="small" danger={r.active} data-testid={`trainer-toggle-${r.id}`}>
                          {r.active ? t('trainers.retire') : t('trainers.activate')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
