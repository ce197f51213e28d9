import { lazy, Suspense } from 'react';
import { Alert, App, Button, Card, Empty, Result, Skeleton, Space, Spin, Typography } from 'antd';
import { ArrowUpOutlined, CameraOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { statsExportUrl } from '../features/stats/api/export-stats.ts';
import { useStats } from '../features/stats/api/get-stats.ts';
import { useStatsChildren } from '../features/stats/api/get-stats-children.ts';
import { useStatsTrend } from '../features/stats/api/get-stats-trend.ts';
import { useTakeSnapshot } from '../features/stats/api/take-snapshot.ts';
import { StatsChildrenTable } from '../features/stats/components/stats-children-table.tsx';
import { StatsKpiCards } from '../features/stats/components/stats-kpi-cards.tsx';
import { ComplianceKpiCard } from '../features/training/components/compliance-kpi-card.tsx';
import { WorkLogsKpiCard } from '../features/work-logs/components/counts-card.tsx';
import { ApiError } from '../lib/api-client.ts';
import { parentWithinScope, useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { orgLevelText } from '../i18n/enum-labels.ts';

// ECharts is only fetched once there is something to draw, and only by this page.
const StatsDistributionCharts = lazy(() => import('../features/stats/components/stats-distribution-charts.tsx'));
const StatsTrendChart = lazy(() => import('../features/stats/components/stats-trend-chart.tsx'));

const chartFallback = (
  <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
    <Spin />
  </div>
);

/** 统计分析 (A16.1): structure of the working node, its children for drill-down, and the monthly trend. */
export default function StatsPage() {
  const me = useCurrentUser();
  const { t, lang, errorText } = useI18n();
  const { message } = App.useApp();
  const { orgCode, scopeCode, setOrgCode } = useCurrentOrg();
  const canSeeTraining = hasPermission(me, 'training:read');
  const node = useStats(orgCode);
  const children = useStatsChildren(orgCode);
  const trend = useStatsTrend(orgCode);
  const snapshot = useTakeSnapshot();
  const up = parentWithinScope(orgCode, scopeCode);

  if (node.isPending) return <Card><Skeleton active /></Card>;
  if (node.isError) {
    const notFound = node.error instanceof ApiError && node.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t('error.notFound') : errorText(node.error)} />;
  }
  const s = node.data;
  const levelText = s.level === 'nation' ? t('org.national') : orgLevelText(lang, s.level);

  const takeSnapshot = () =>
    snapshot.mutate(undefined, {
      onSuccess: (r) => void message.success(t('stats.snapshotDone', { period: r.period })),
      onError: (err) => void message.error(errorText(err)),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} className="print-page">
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="stats-node-name">
            {s.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('menu.stats')} · {levelText} · {t('stats.asOf', { date: s.asOf })}
          </Typography.Text>
          <Space style={{ marginLeft: 'auto' }} className="no-print" wrap>
            {up !== null ? (
              <Button icon={<ArrowUpOutlined />} onClick={() => setOrgCode(up)}>
                {t('stats.up')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} href={statsExportUrl(orgCode)} download data-testid="stats-export">
              {t('stats.export')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('stats.print')}
            </Button>
          </Space>
        </div>
      </Card>

      <StatsKpiCards node={s} />
      {canSeeTraining ? <ComplianceKpiCard org={orgCode} /> : null}
      {/* Grid work (A9.1) of the node this year; the ledgers themselves are for daily:manage. */}
      <WorkLogsKpiCard org={orgCode} year={Number(s.asOf.slice(0, 4))} canOpen={hasPermission(me, 'daily:manage')} />

      {s.total === 0 ? (
        <Card>
          <Empty description={t('stats.noWorkers')} data-testid="stats-empty" />
        </Card>
      ) : (
        <Suspense fallback={chartFallback}>
          <StatsDistributionCharts node={s} />
        </Suspense>
      )}

      {s.level !== 'community' ? (
        <Card size="small" title={t('stats.children')} extra={<Typography.Text type="secondary" className="no-print">{t('stats.drillHint')}</Typography.Text>}>
          {children.isError ? <Alert type="error" showIcon title={errorText(children.error)} /> : null}
          <StatsChildrenTable rows={children.data ?? []} loading={children.isPending} onOpen={setOrgCode} />
        </Card>
      ) : null}

      <Card
        size="small"
        title={t('stats.trend')}
        className="print-avoid-break"
        extra={
          hasPermission(me, 'stats:snapshot') ? (
            <Button size="small" icon={<CameraOutlined />} loading={snapshot.isPending} onClick={takeSnapshot} className="no-print">
              {t('stats.snapshot')}
            </Button>
          ) : null
        }
      >
        {trend.isError ? <Alert type="error" showIcon title={errorText(trend.error)} /> : null}
        {trend.isPending ? chartFallback : null}
        {trend.data && trend.data.length === 0 ? <Empty description={t('stats.noTrend')} /> : null}
        {trend.data && trend.data.length > 0 ? (
          <>
            <Suspense fallback={chartFallback}>
              <StatsTrendChart points={trend.data} />
            </Suspense>
            {trend.data.some((p) => p.kind === 'reconstructed') ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('stats.reconstructedNote')}
              </Typography.Text>
            ) : null}
          </>
        ) : null}
      </Card>
    </Space>
  );
}
