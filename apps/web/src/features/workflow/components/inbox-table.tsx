import { Space, Table, Typography } from 'antd';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RequestActions } from './request-actions.tsx';
import { RequestProgress } from './request-progress.tsx';
import { OverdueTag, RequestStanding } from './workflow-text.tsx';

interface Props {
  items: WorkflowRequest[];
  loading: boolean;
  emptyText: string;
}

/** Requests of one inbox tab; the step history opens under each row. */
export function InboxTable({ items, loading, emptyText }: Props) {
  const { t } = useI18n();
  return (
    <Table<WorkflowRequest>
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
      expandable={{ expandedRowRender: (r) => <RequestProgress request={r} />, expandRowByClick: false }}
      data-testid="inbox-table"
      columns={[
        { title: t('daily.requestTitle'), dataIndex: 'title', width: 260, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
        { title: t('daily.subjectUnit'), dataIndex: 'subjectName', width: 130 },
        { title: t('daily.requester'), dataIndex: 'requesterName', width: 100 },
        {
          title: t('daily.standing'),
          key: 'standing',
          width: 300,
          render: (_: unknown, r) => <RequestStanding request={r} maxWidth={280} withOverdue={false} />,
        },
        {
          title: t('daily.dueOn'),
          dataIndex: 'dueOn',
          width: 140,
          render: (v: string | null, r) =>
            v ? (
              <Space size={4}>
                {v}
                {r.overdue ? <OverdueTag /> : null}
              </Space>
            ) : (
              '—'
            ),
        },
        { title: t('common.actions'), key: 'actions', fixed: 'right' as const, width: 170, render: (_: unknown, r) => <RequestActions request={r} /> },
      ]}
    />
  );
}
