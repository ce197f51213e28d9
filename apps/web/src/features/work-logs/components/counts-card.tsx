import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { WorkLogCountsDto, WorkLogCountsReport } from '@cwp/contracts/work-logs.contract';
import { PROXY_DUE_DAYS } from '@cwp/domain/work-logs';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkLogCounts } from '../api/work-log-counts.ts';
import { todayIso } from '@cwp/domain/dates';

const KEYS: (keyof WorkLogCountsDto)[] = ['visits', 'pairsActive', 'proxyDone', 'proxyOpen', 'proxyOverdue', 'firstInquiries'];

/** The six figures of the work ledgers (A9.1) for a period. */
export function CountsFigures({ totals }: { totals: WorkLogCountsDto }) {
  const { t } = useI18n();
  return (
    <Row gutter={12}>
      {KEYS.map((k) => (
        <Col key={k} xs={12} md={8} xl={4}>
          <div data-testid={`wl-count-${k}`}>
            <Statistic title={t(`wl.count.${k}`)} value={totals[k]} styles={{ content: { fontSize: 22, color: k === 'proxyOverdue' && totals[k] ? '#cf1322' : undefined } }} />
          </div>
        </Col>
      ))}
    </Row>
  );
}

/** Statistics dashboard card: this year so far under the node, linking to the ledgers. */
export function WorkLogsKpiCard({ org, year, canOpen }: { org: string; year: number; canOpen: boolean }) {
  const { t } = useI18n();
  const today = todayIso();
  const q = useWorkLogCounts({ org, from: `${year}-01-01`, to: `${year}-12-31` < today ? `${year}-12-31` : today });
  if (q.isError || org.length < 2) return null;
  return (
    <Card size="small" loading={q.isPending} title={t('wl.kpiTitle', { year })} extra={canOpen ? <Link to={`/daily/work-logs?org=${org}`}>{t('wl.kpiOpen')}</Link> : null} data-testid="kpi-work-logs">
      {q.data ? <CountsFigures totals={q.data.totals} /> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('wl.overdueRule', { n: PROXY_DUE_DAYS })}
      </Typography.Text>
    </Card>
  );
}

/** Per-worker (street, community) or per-community counts under the figures. */
export function CountsTable({ report }: { report: WorkLogCountsReport }) {
  const { t } = useI18n();
  const byWorker = report.byWorker.length > 0;
  type Row = WorkLogCountsDto & { key: string; name: string; sub: string };
  const rows: Row[] = byWorker ? report.byWorker.map((r) => ({ key: `w${r.workerId}`, name: r.workerName, sub: r.communityName, ...r })) : report.byCommunity.map((r) => ({ key: r.communityCode, name: r.communityName, sub: r.communityCode, ...r }));
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid="wl-counts-table"
      columns={[
        { title: byWorker ? t('wl.worker') : t('wl.community'), key: 'name', render: (_: unknown, r: Row) => <span>{r.name} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.sub}</Typography.Text></span> },
        ...KEYS.map((k) => ({ title: t(`wl.count.${k}`), dataIndex: k, align: 'right' as const, sorter: (a: WorkLogCountsDto, b: WorkLogCountsDto) => a[k] - b[k] })),
      ]}
    />
  );
}
