import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Modal, Segmented, Space, Switch, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { AssistancePair, FirstInquiry, HouseholdVisit, ProxyService } from '@cwp/contracts/work-logs.contract';
import { PROXY_STATUSES } from '@cwp/domain/work-logs';
import { WorkerSelect } from '../features/workers/components/worker-select.tsx';
import { useWorkLogCounts } from '../features/work-logs/api/work-log-counts.ts';
import { ledgerExportUrl } from '../features/work-logs/api/export-ledger.ts';
import { useLedger, type LedgerKind } from '../features/work-logs/api/ledger-list.ts';
import { CountsFigures, CountsTable } from '../features/work-logs/components/counts-card.tsx';
import { InquiryForm } from '../features/work-logs/components/inquiry-form.tsx';
import { CloseInquiryModal, EndPairModal, MoveProxyModal } from '../features/work-logs/components/ledger-action-modals.tsx';
import { InquiriesTable, PairsTable, ProxyTable, VisitsTable } from '../features/work-logs/components/ledger-tables.tsx';
import { PairForm } from '../features/work-logs/components/pair-form.tsx';
import { ProxyForm } from '../features/work-logs/components/proxy-form.tsx';
import { VisitForm } from '../features/work-logs/components/visit-form.tsx';
import { useWorkLogText } from '../features/work-logs/components/work-log-text.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { fromIsoDate, toIsoDate } from '../lib/dates.ts';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { todayIso } from '@cwp/domain/dates';

const TABS: LedgerKind[] = ['visits', 'pairs', 'proxy-services', 'first-inquiries'];

/**
 * 工作台账 (A9.1): the four ledgers under the header's unit — 走访, 帮扶, 代办, 首问 — filtered by worker and
 * period in the URL, with the period's counts on top (per worker for a street or a community), and entries
 * recorded on a worker's behalf.
 */
export default function DailyWorkLogsPage() {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams({ paged: true });
  const tab = (TABS.find((k) => k === params.get('tab')) ?? 'visits') as LedgerKind;
  const workerId = params.get('worker') ? Number(params.get('worker')) : undefined;
  const today = todayIso();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('size') ?? 20);
  const status = params.get('status') ?? undefined;
  const overdue = params.get('overdue') === '1';
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<ProxyService | null>(null);
  const [closing, setClosing] = useState<FirstInquiry | null>(null);
  const [ending, setEnding] = useState<AssistancePair | null>(null);

  const filters = { org: orgCode, workerId, from, to, ...(tab === 'proxy-services' ? { status, overdue: overdue ? '1' : undefined } : {}) };
  const list = useLedger(tab, { ...filters, page, pageSize });
  // Counts follow the period filter; without one, the year so far.
  const period = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
  const counts = useWorkLogCounts({ org: orgCode, ...period });
  const hasUnit = orgCode.length >= 2;
  const pagination = { current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n: number) => t('common.totalN', { n }), onChange: (p: number, s: number) => setParam({ page: p > 1 ? String(p) : undefined, size: s !== 20 ? String(s) : undefined }) };
  const items = hasUnit ? (list.data?.items ?? []) : [];
  const loading = list.isFetching;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="wl-page">
      <Card size="small" title={t('wl.countsTitle', { from: period.from, to: period.to })}>
        {counts.data ? <CountsFigures totals={counts.data.totals} /> : null}
        {counts.data && (counts.data.byWorker.length || counts.data.byCommunity.length > 1) ? (
          <div style={{ marginTop: 12 }}>
            <CountsTable report={counts.data} />
          </div>
        ) : null}
      </Card>
      <Card
        size="small"
        title={t('wl.ledgerTitle')}
        extra={
          hasUnit ? (
            <Space>
              <Button icon={<DownloadOutlined />} href={ledgerExportUrl(tab, filters)} download disabled={!list.data?.total} data-testid="wl-export">
                {t('wl.export')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="wl-add">
                {t(`wl.add.${tab}`)}
              </Button>
            </Space>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t('wl.ledgerIntro')}</Typography.Paragraph>
        {hasUnit ? null : <Alert type="info" showIcon title={t('wl.chooseUnit')} style={{ marginBottom: 16 }} />}
        <Tabs activeKey={tab} onChange={(k) => setParam({ tab: k === 'visits' ? undefined : k, status: undefined, overdue: undefined })} items={TABS.map((k) => ({ key: k, label: <span data-testid={`wl-tab-${k}`}>{t(`wl.tab.${k}`)}</span> }))} />
        <Space wrap size="middle" style={{ marginBottom: 16 }}>
          <div style={{ width: 320 }}>
            <WorkerSelect org={orgCode} value={workerId} onChange={(id) => setParam({ worker: id ? String(id) : undefined })} data-testid="wl-filter-worker" />
          </div>
          <DatePicker.RangePicker
            value={[fromIsoDate(from), fromIsoDate(to)]}
            allowEmpty={[true, true]}
            onChange={(r) => setParam({ from: toIsoDate(r?.[0]) ?? undefined, to: toIsoDate(r?.[1]) ?? undefined })}
            data-testid="wl-filter-dates"
          />
          {tab === 'proxy-services' ? (
            <>
              <Segmented value={status ?? 'all'} disabled={overdue} onChange={(v) => setParam({ status: v === 'all' ? undefined : String(v) })} options={[{ value: 'all', label: t('wl.allStatuses') }, ...PROXY_STATUSES.map((s) => ({ value: s, label: name(s) }))]} />
              <Space>
                <Switch checked={overdue} onChange={(v) => setParam({ overdue: v ? '1' : undefined, status: undefined })} aria-label={t('wl.overdueOnly')} data-testid="wl-overdue-only" />
                <span>{t('wl.overdueOnly')}</span>
              </Space>
            </>
          ) : null}
        </Space>
        {list.isError ? <Alert type="error" showIcon title={t('wl.loadFailed')} style={{ marginBottom: 16 }} /> : null}
        {tab === 'visits' ? <VisitsTable items={items as HouseholdVisit[]} loading={loading} pagination={pagination} /> : null}
        {tab === 'pairs' ? <PairsTable items={items as AssistancePair[]} loading={loading} pagination={pagination} onEnd={setEnding} /> : null}
        {tab === 'proxy-services' ? <ProxyTable items={items as ProxyService[]} loading={loading} pagination={pagination} onMove={setMoving} /> : null}
        {tab === 'first-inquiries' ? <InquiriesTable items={items as FirstInquiry[]} loading={loading} pagination={pagination} onClose={setClosing} /> : null}
      </Card>
      <Modal open={adding} title={t(`wl.add.${tab}`)} onCancel={() => setAdding(false)} footer={null} destroyOnHidden width={640}>
        {tab === 'visits' ? <VisitForm org={orgCode} onDone={() => setAdding(false)} /> : null}
        {tab === 'pairs' ? <PairForm org={orgCode} onDone={() => setAdding(false)} /> : null}
        {tab === 'proxy-services' ? <ProxyForm org={orgCode} onDone={() => setAdding(false)} /> : null}
        {tab === 'first-inquiries' ? <InquiryForm org={orgCode} onDone={() => setAdding(false)} /> : null}
      </Modal>
      <MoveProxyModal item={moving} onClose={() => setMoving(null)} />
      <CloseInquiryModal item={closing} onClose={() => setClosing(null)} />
      <EndPairModal item={ending} onClose={() => setEnding(null)} />
    </Space>
  );
}
