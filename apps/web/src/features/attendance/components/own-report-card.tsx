import { Card, Space, Typography } from 'antd';
import type { Report } from '@cwp/contracts/attendance.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ReportStateTags } from './report-tags.tsx';

/** One filing on the phone with the street's answer once given. */
export function OwnReportCard({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid="own-report" styles={{ body: { padding: 16 } }}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {report.subject}
          </Typography.Text>
          <ReportStateTags report={report} />
        </div>
        <Typography.Text type="secondary">
          {report.filedOn} · {report.filedByName}
        </Typography.Text>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: true, symbol: '…' }}>
          {report.body}
        </Typography.Paragraph>
        {report.answered ? (
          <div style={{ background: '#f0f7ee', borderRadius: 8, padding: 10 }} data-testid="own-report-answer">
            <Typography.Text strong>{report.decision}</Typography.Text>
            {report.answer ? <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{report.answer}</Typography.Paragraph> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rep.answeredBy', { name: report.answeredByName ?? '', at: formatDateTime(report.answeredAt) })}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type={report.overdue ? 'danger' : 'secondary'}>{t('rep.waiting', { date: report.dueOn })}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
