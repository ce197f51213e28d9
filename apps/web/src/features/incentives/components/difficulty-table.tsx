import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Difficulty } from '@cwp/contracts/incentives.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCloseDifficulty } from '../api/difficulties.ts';
import { DifficultyStatusTags, useIncentivesText } from './incentives-text.tsx';

interface Props {
  items: Difficulty[];
  loading: boolean;
  canWrite: boolean;
  onAnswer: (d: Difficulty) => void;
}

/** Difficulties under a unit (A14.1): unanswered ones past their due date carry a red 已逾期 tag. */
export function DifficultyTable({ items, loading, canWrite, onAnswer }: Props) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const close = useCloseDifficulty();

  const doClose = (d: Difficulty) =>
    close.mutate(d.id, {
      onSuccess: () => message.success(t('care.closedDone')),
      onError: (err) => message.error(errorText(err)),
    });

  return (
    <Table<Difficulty>
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('care.noDifficulties') }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
      data-testid="difficulty-table"
      columns={[
        { title: t('care.submittedAt'), dataIndex: 'submittedAt', width: 140, render: (v: string) => formatDateTime(v) },
        { title: t('incentives.name'), dataIndex: 'workerName', width: 100, render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
        { title: t('incentives.community'), dataIndex: 'communityName', width: 150 },
        { title: t('care.category'), dataIndex: 'category', width: 80, render: (c: Difficulty['category']) => text.category(c) },
        {
          title: t('care.difficultyContent'),
          dataIndex: 'content',
          width: 380,
          // The answer sits under the difficulty it answers: one column keeps the table inside the page width.
          render: (c: string, r) => (
            <div style={{ maxWidth: 380 }}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
                {c}
              </Typography.Paragraph>
              {r.submittedBy !== r.workerName ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('care.submittedByOther', { name: r.submittedBy })}
                </Typography.Text>
              ) : null}
              {r.answer ? (
                <div style={{ background: '#f0f6ff', borderRadius: 6, padding: '6px 8px', marginTop: 6 }} data-testid="difficulty-answer">
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
                    <Typography.Text strong>{t('care.answer')}：</Typography.Text>
                    {r.answer}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.answeredBy} {formatDateTime(r.answeredAt)}
                  </Typography.Text>
                </div>
              ) : null}
            </div>
          ),
        },
        { title: t('care.dueOn'), dataIndex: 'dueOn', width: 110 },
        { title: t('incentives.status'), key: 'status', width: 150, render: (_: unknown, r) => <DifficultyStatusTags status={r.status} overdue={r.overdue} /> },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: 'right' as const,
                width: 120,
                render: (_: unknown, r: Difficulty) => (
                  <Space size={0}>
                    {r.status === '待答复' ? (
                      <Button size="small" type="link" onClick={() => onAnswer(r)} data-testid={`difficulty-answer-${r.id}`}>
                        {t('care.answerAction')}
                      </Button>
                    ) : null}
                    {r.status === '已答复' ? (
                      <Popconfirm title={t('care.closeConfirm')} onConfirm={() => doClose(r)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                        <Button size="small" type="link" loading={close.isPending && close.variables === r.id}>
                          {t('care.close')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
