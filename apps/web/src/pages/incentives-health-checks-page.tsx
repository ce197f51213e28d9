import { useState } from 'react';
import { Alert, Card, Space, Typography } from 'antd';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useHealthChecks, type HealthCheckList } from '../features/incentives/api/health-checks.ts';
import { HealthCheckTable } from '../features/incentives/components/health-check-table.tsx';
import { ChooseUnitAlert } from '../features/incentives/components/incentives-text.tsx';
import { YearSelect } from '../features/incentives/components/year-select.tsx';
import { formatCount, formatShare } from '../lib/format.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FigureCards } from '../components/figure-cards.tsx';

function Summary({ s }: { s: HealthCheckList['summary'] | undefined }) {
  const { t } = useI18n();
  const share = (n: number | undefined) => (s && s.workers ? formatShare((n ?? 0) / s.workers) : undefined);
  const cards = [
    { key: 'workers', title: t('care.summaryWorkers'), value: formatCount(s?.workers) },
    { key: 'scheduled', title: t('care.summaryScheduled'), value: formatCount(s?.scheduled), hint: share(s?.scheduled) && t('care.shareOfWorkers', { share: share(s?.scheduled)! }), color: '#1d5fb4' },
    { key: 'completed', title: t('care.summaryCompleted'), value: formatCount(s?.completed), hint: share(s?.completed) && t('care.shareOfWorkers', { share: share(s?.completed)! }), color: '#389e0d' },
  ];
  return <FigureCards figures={cards} testIdPrefix="health" span={{ xs: 8, md: 6, xl: 4 }} />;
}

/** 健康体检 (A14.1): this year's checks of everyone in post under the working unit, scheduled and recorded in bulk. */
export default function IncentivesHealthChecksPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'incentives:write');
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useHealthChecks({ org: orgCode, year });

  return (
    <Card size="small" title={t('care.healthTitle')} data-testid="health-page">
      <Typography.Paragraph type="secondary">{t('care.healthIntro')}</Typography.Paragraph>
      {orgCode.length >= 2 ? null : <ChooseUnitAlert />}
      <Space style={{ marginBottom: 16 }}>
        <YearSelect value={year} onChange={(y) => setYear(y ?? new Date().getFullYear())} data-testid="health-year" />
      </Space>
      <Summary s={list.data?.summary} />
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      {/* A new year or unit starts with no pending edits. */}
      <HealthCheckTable key={`${orgCode}-${year}`} year={year} items={list.data?.year === year ? list.data.items : []} loading={list.isFetching} canWrite={canWrite} />
    </Card>
  );
}
