import { Tag } from 'antd';
import type { Report } from '@cwp/contracts/attendance.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** Answered (green), awaiting an answer (blue) and overdue (red) at a glance. */
export function ReportStateTags({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <span data-testid="report-state">
      <Tag color={report.kind === '请示' ? 'purple' : 'cyan'}>{report.kind}</Tag>
      {report.answered ? <Tag color="green">{t('rep.answered')}</Tag> : <Tag color="processing">{t('rep.unanswered')}</Tag>}
      {report.overdue ? <Tag color="red">{t('rep.overdue')}</Tag> : null}
    </span>
  );
}
