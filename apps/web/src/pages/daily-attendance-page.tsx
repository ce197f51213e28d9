import { Alert, Button, Card, DatePicker, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { todayIso } from '@cwp/domain/dates';
import { attendanceSheetUrl, useAttendanceSheet } from '../features/attendance/api/attendance-sheet.ts';
import { StatusLegend } from '../features/attendance/components/day-status-tag.tsx';
import { ScheduleCard } from '../features/attendance/components/schedule-card.tsx';
import { SheetTable } from '../features/attendance/components/sheet-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 考勤管理 (A9.2): schedules of the header's unit and, for a community, its monthly sheet with the Excel export. */
export default function DailyAttendancePage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : todayIso().slice(0, 7);
  const isCommunity = orgCode.length === 12;
  const sheet = useAttendanceSheet(orgCode, month);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="attendance-page">
      <Card size="small" title={t('att.title')}>
        <Typography.Paragraph type="secondary">{t('att.intro')}</Typography.Paragraph>
        {isCommunity ? null : <Alert type="info" showIcon title={t('att.chooseCommunity')} />}
        {isCommunity ? (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <span>{t('att.month')}</span>
              <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setParam({ month: d.format('YYYY-MM') })} data-testid="attendance-month" />
              <Button icon={<DownloadOutlined />} href={attendanceSheetUrl(orgCode, month)} download data-testid="attendance-export">
                {t('att.export')}
              </Button>
            </Space>
            <StatusLegend />
            {sheet.isError ? <Alert type="error" showIcon title={errorText(sheet.error)} style={{ marginBottom: 12 }} /> : null}
            <SheetTable sheet={sheet.data} loading={sheet.isFetching} />
          </>
        ) : null}
      </Card>
      {orgCode.length >= 6 ? <ScheduleCard org={orgCode} /> : null}
    </Space>
  );
}
