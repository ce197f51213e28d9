import { Button, Table, Typography } from 'antd';
import type { Report } from '@cwp/contracts/attendance.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ReportStateTags } from './report-tags.tsx';

/** The street's list: expand a row for the text and the answer; 答复 where the caller is the street that answers. */
export function ReportsTable({ items, loading, onAnswer }: { items: Report[]; loading: boolean; onAnswer: (r: Report) => void }) {
  const { t } = useI18n();
  return (
    <Table<Report>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('rep.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{
        expandedRowRender: (r) => (
          <div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Paragraph>
            {r.answered ? (
              <Typography.Paragraph data-testid="report-answer">
                <b>{r.decision}</b> {r.answer} <Typography.Text type="secondary">（{t('rep.answeredBy', { name: r.answeredByName ?? '', at: formatDateTime(r.answeredAt) })}）</Typography.Text>
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }}
      columns={[
        { title: t('rep.subject'), dataIndex: 'subject', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
        { title: t('rep.kind'), width: 200, render: (_, r) => <ReportStateTags report={r} /> },
        { title: t('rep.community'), dataIndex: 'communityName' },
        { title: t('rep.filedBy'), dataIndex: 'filedByName' },
        { title: t('rep.filedOn'), dataIndex: 'filedOn', width: 110 },
        { title: t('rep.dueOn'), dataIndex: 'dueOn', width: 110, render: (v: string, r) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{v}</Typography.Text> },
        {
          title: t('rep.answer'),
          width: 90,
          render: (_, r) =>
            r.canAnswer ? (
              <Button size="small" type="primary" onClick={() => onAnswer(r)} data-testid={`report-answer-${r.id}`}>
                {t('rep.answerAction')}
              </Button>
            ) : null,
        },
      ]}
      data-testid="reports-table"
    />
  );
}
