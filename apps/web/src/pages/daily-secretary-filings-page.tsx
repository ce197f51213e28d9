import { useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { SecretaryFiling, UnfiledSecretary } from '@cwp/contracts/employment.contract';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useFilingList } from '../features/employment/api/filing-list.ts';
import { useUnfiledSecretaries } from '../features/employment/api/unfiled-secretaries.ts';
import { FilingModal } from '../features/employment/components/filing-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages-zh.ts';

type Status = WorkflowRequest['status'];
type Filter = Status | 'all';
const FILTERS: Filter[] = ['all', 'pending', 'approved', 'rejected', 'cancelled'];
const STATUS_COLOR: Record<Status, string> = { pending: 'processing', approved: 'green', rejected: 'red', cancelled: 'default' };

/** 书记备案 (A9.4): secretaries not yet filed, and the filings with where each stands at the county. */
export default function DailySecretaryFilingsPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const filter = (FILTERS as string[]).includes(params.get('status') ?? '') ? (params.get('status') as Filter) : 'all';
  const filings = useFilingList({ org: orgCode, status: filter === 'all' ? undefined : filter });
  const unfiled = useUnfiledSecretaries(orgCode);
  const [filing, setFiling] = useState<UnfiledSecretary | null>(null);
  const hasUnit = orgCode.length >= 2;
  const canFile = me.scope.code.length <= 9;
  const status = (s: Status) => t(`employment.filing.${s}` as MessageKey);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="filings-page">
      <Card size="small" title={t('employment.filingsTitle')}>
        <Typography.Paragraph type="secondary">{t('employment.filingsIntro')}</Typography.Paragraph>
        {hasUnit ? null : <Alert type="info" showIcon title={t('employment.chooseUnit')} />}
      </Card>
      <Card size="small" title={t('employment.unfiledTitle', { n: unfiled.data?.length ?? 0 })} data-testid="unfiled-card">
        {unfiled.isError ? <Alert type="error" showIcon title={errorText(unfiled.error)} style={{ marginBottom: 12 }} /> : null}
        <Table<UnfiledSecretary>
          rowKey="workerId"
          size="small"
          loading={unfiled.isFetching}
          dataSource={hasUnit ? (unfiled.data ?? []) : []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('employment.unfiledNone') }}
          data-testid="unfiled-table"
          columns={[
            { title: t('employment.secretary'), dataIndex: 'workerName', width: 100, render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
            { title: t('employment.community'), dataIndex: 'communityName' },
            { title: t('employment.lastStatus'), dataIndex: 'lastStatus', width: 120, render: (s: Status | null) => (s ? <Tag color={STATUS_COLOR[s]}>{status(s)}</Tag> : '—') },
            ...(canFile
              ? [
                  {
                    title: '',
                    key: 'act',
                    width: 110,
                    render: (_: unknown, r: UnfiledSecretary) => (
                      <Button size="small" type="primary" onClick={() => setFiling(r)} data-testid={`file-${r.workerId}`}>
                        {t('employment.file')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small">
        <Segmented<Filter> value={filter} onChange={(v) => setParam({ status: v === 'all' ? undefined : v })} options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('employment.all') : status(f) }))} style={{ marginBottom: 16 }} />
        {filings.isError ? <Alert type="error" showIcon title={errorText(filings.error)} style={{ marginBottom: 12 }} /> : null}
        <Table<SecretaryFiling>
          rowKey="requestId"
          size="small"
          loading={filings.isFetching}
          dataSource={hasUnit ? (filings.data ?? []) : []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('employment.emptyFilings') }}
          data-testid="filings-table"
          columns={[
            { title: t('employment.secretary'), dataIndex: 'workerName', width: 100, render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
            { title: t('employment.community'), dataIndex: 'communityName' },
            { title: t('employment.appointedOn'), dataIndex: 'appointedOn', width: 110 },
            { title: t('employment.documentNo'), dataIndex: 'documentNo', width: 180 },
            {
              title: t('employment.filingStanding'),
              key: 'standing',
              width: 300,
              render: (_: unknown, r) => (
                <Space size={4} wrap>
                  <Tag color={STATUS_COLOR[r.request.status]} data-testid={`filing-${r.requestId}-${r.request.status}`}>
                    {status(r.request.status)}
                  </Tag>
                  {r.request.status === 'approved' ? null : <Typography.Text type="secondary">{r.request.standing}</Typography.Text>}
                  {r.request.actions.includes('approve') ? <Link to="/daily/inbox">{t('menu.inbox')}</Link> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FilingModal secretary={filing} onClose={() => setFiling(null)} />
    </Space>
  );
}
