import { useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ContractListItem } from '@cwp/contracts/employment.contract';
import { FigureCards } from '../components/figure-cards.tsx';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useContractList, type ContractFilter } from '../features/employment/api/contract-list.ts';
import { contractsExportUrl } from '../features/employment/api/export-contracts.ts';
import { ContractModal, type ContractTarget } from '../features/employment/components/contract-modal.tsx';
import { useEmploymentText } from '../features/employment/components/employment-text.tsx';
import { TermsModal, type TermsTarget } from '../features/employment/components/terms-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages-zh.ts';

type Filter = ContractFilter | 'all';
const FILTERS: Filter[] = ['flagged', 'expiring', 'expired', 'none', 'not_applicable', 'all'];

/** 劳动合同 (A12.2): contract standing of the workers under the header's unit; sign, renew, record 五险一金. */
export default function DailyContractsPage() {
  const { t, errorText } = useI18n();
  const text = useEmploymentText();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams({ paged: true });
  const filter = (FILTERS as string[]).includes(params.get('filter') ?? '') ? (params.get('filter') as Filter) : 'flagged';
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = 20;
  const list = useContractList({ org: orgCode, filter: filter === 'all' ? undefined : filter, page, pageSize });
  const [signing, setSigning] = useState<ContractTarget | null>(null);
  const [terms, setTerms] = useState<TermsTarget | null>(null);
  const hasUnit = orgCode.length >= 2;
  const canWrite = me.scope.code.length <= 9;
  const counts = list.data?.counts;

  return (
    <Card
      size="small"
      title={t('employment.contractsTitle')}
      extra={
        hasUnit ? (
          <Button icon={<DownloadOutlined />} href={contractsExportUrl({ org: orgCode, filter: filter === 'all' ? undefined : filter })} download disabled={!list.data?.total} data-testid="contracts-export">
            {t('employment.export')}
          </Button>
        ) : null
      }
      data-testid="contracts-page"
    >
      <Typography.Paragraph type="secondary">{t('employment.contractsIntro', { days: list.data?.warnDays ?? 60 })}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('employment.chooseUnit')} style={{ marginBottom: 16 }} />}
      <FigureCards
        testIdPrefix="contract-figure"
        span={{ xs: 12, md: 6, xl: 6 }}
        figures={[
          { key: 'expiring', title: t('employment.filter.expiring'), value: counts?.expiring ?? '—', color: '#d46b08' },
          { key: 'expired', title: t('employment.filter.expired'), value: counts?.expired ?? '—', color: '#cf1322' },
          { key: 'none', title: t('employment.filter.none'), value: counts?.none ?? '—', color: '#cf1322' },
          { key: 'not_applicable', title: t('employment.filter.not_applicable'), value: counts?.notApplicable ?? '—' },
        ]}
      />
      <Segmented<Filter>
        value={filter}
        onChange={(v) => setParam({ filter: v === 'flagged' ? undefined : v })}
        options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('employment.all') : t(`employment.filter.${f}` as MessageKey) }))}
        style={{ marginBottom: 16 }}
        data-testid="contract-filter"
      />
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<ContractListItem>
        rowKey="workerId"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data?.items ?? []) : []}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('employment.emptyContracts') }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => setParam({ page: p > 1 ? String(p) : undefined }) }}
        data-testid="contract-table"
        columns={[
          { title: t('employment.worker'), dataIndex: 'workerName', width: 90, render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
          { title: t('employment.community'), dataIndex: 'communityName' },
          { title: t('employment.category'), dataIndex: 'category', width: 140 },
          { title: t('employment.contractNo'), key: 'no', width: 130, render: (_: unknown, r) => r.current?.contractNo ?? '—' },
          { title: t('employment.contractPeriod'), key: 'period', width: 200, render: (_: unknown, r) => (r.current ? `${r.current.startDate} — ${r.current.endDate ?? t('employment.openEnded')}` : '—') },
          { title: t('employment.daysLeft'), dataIndex: 'daysLeft', width: 100, render: (n: number | null) => text.daysLeft(n) },
          { title: t('employment.standing'), dataIndex: 'standing', width: 100, render: (s: ContractListItem['standing']) => text.contractTag(s) },
          { title: t('employment.insured'), dataIndex: 'insuredItems', width: 90, render: (n: number, r) => (r.standing === 'not_applicable' ? '—' : t('employment.insuredCount', { n })) },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'act',
                  width: 170,
                  render: (_: unknown, r: ContractListItem) =>
                    r.standing === 'not_applicable' ? (
                      <Button size="small" type="link" onClick={() => setTerms({ workerId: r.workerId, workerName: r.workerName, terms: null })}>
                        {t('employment.terms')}
                      </Button>
                    ) : (
                      <Space size={4}>
                        {r.current === null || (r.current.endDate !== null && r.standing !== 'upcoming') ? (
                          <Button size="small" type={r.standing === 'active' ? 'default' : 'primary'} onClick={() => setSigning({ workerId: r.workerId, workerName: r.workerName, previous: r.current })} data-testid={`contract-sign-${r.workerId}`}>
                            {r.current ? t('employment.renew') : t('employment.signContract')}
                          </Button>
                        ) : null}
                        <Button size="small" type="link" onClick={() => setTerms({ workerId: r.workerId, workerName: r.workerName, terms: null })}>
                          {t('employment.terms')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ContractModal target={signing} onClose={() => setSigning(null)} />
      <TermsModal target={terms} onClose={() => setTerms(null)} />
    </Card>
  );
}
