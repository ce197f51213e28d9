import { Alert, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useMyReports } from '../features/attendance/api/reports.ts';
import { OwnReportCard } from '../features/attendance/components/own-report-card.tsx';
import { ReportForm } from '../features/attendance/components/report-form.tsx';
import { PhoneShell } from '../components/phone-shell.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 我的请示报告 (A9.2), phone-sized: file a 请示 or 报告 to the street and read its answers. */
export default function MyReportsPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const mayFile = (me.role === 'worker' && !!me.workerId) || me.role === 'community_secretary';
  const list = useMyReports();
  if (!mayFile) {
    return (
      <PhoneShell title={t('menu.myReports')}>
        <Result status="info" title={t('daily.myNotWorker')} />
      </PhoneShell>
    );
  }
  const items = list.data ?? [];
  return (
    <PhoneShell title={t('menu.myReports')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReportForm workerId={me.role === 'worker' ? (me.workerId ?? undefined) : undefined} />
        <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
          {t('rep.myList', { n: items.length })}
        </Typography.Title>
        {list.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
        {list.data && !items.length ? <Empty description={t('rep.myNone')} /> : null}
        <div data-testid="own-report-list" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {items.map((r) => (
            <OwnReportCard key={r.id} report={r} />
          ))}
        </div>
      </Space>
    </PhoneShell>
  );
}
