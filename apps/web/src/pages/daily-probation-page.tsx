import { useState } from 'react';
import { Alert, Button, Card, Segmented, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProbationItem } from '@cwp/contracts/employment.contract';
import { FigureCards } from '../components/figure-cards.tsx';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useProbationList, type ProbationStandingFilter } from '../features/employment/api/probation-list.ts';
import { useEmploymentText } from '../features/employment/components/employment-text.tsx';
import { ScreeningModal } from '../features/employment/components/screening-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

type Filter = ProbationStandingFilter | 'all';
const FILTERS: Filter[] = ['flagged', 'due', 'overdue', 'all'];

/** 试用期考察 (A9.3): who is on probation under the header's unit, whose screening is due or overdue, and the result. */
export default function DailyProbationPage() {
  const { t, errorText } = useI18n();
  const text = useEmploymentText();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const filter = (FILTERS as string[]).includes(params.get('standing') ?? '') ? (params.get('standing') as Filter) : 'flagged';
  const list = useProbationList({ org: orgCode, standing: filter === 'all' ? undefined : filter });
  const [screening, setScreening] = useState<ProbationItem | null>(null);
  const hasUnit = orgCode.length >= 2;
  // The street decides; a community secretary sees the list only.
  const canScreen = me.scope.code.length <= 9;
  const label: Record<Filter, string> = { flagged: t('employment.probationFlagged'), due: t('employment.probationDue'), overdue: t('employment.probationOverdue'), all: t('employment.probationAll') };

  return (
    <Card size="small" title={t('employment.probationTitle')} data-testid="probation-page">
      <Typography.Paragraph type="secondary">{t('employment.probationIntro', { months: list.data?.months ?? 6 })}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('employment.chooseUnit')} style={{ marginBottom: 16 }} />}
      <FigureCards
        testIdPrefix="probation-figure"
        span={{ xs: 12, md: 8, xl: 6 }}
        figures={[
          { key: 'due', title: t('employment.probationDue'), value: list.data?.due ?? '—', color: '#d46b08' },
          { key: 'overdue', title: t('employment.probationOverdue'), value: list.data?.overdue ?? '—', color: '#cf1322' },
        ]}
      />
      <Segmented<Filter> value={filter} onChange={(v) => setParam({ standing: v === 'flagged' ? undefined : v })} options={FILTERS.map((f) => ({ value: f, label: label[f] }))} style={{ marginBottom: 16 }} data-testid="probation-filter" />
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<ProbationItem>
        rowKey="workerId"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data?.items ?? []) : []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('employment.emptyProbation') }}
        data-testid="probation-table"
        columns={[
          { title: t('employment.worker'), dataIndex: 'workerName', width: 90, render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
          { title: t('employment.community'), dataIndex: 'communityName' },
          { title: t('employment.communityStart'), dataIndex: 'communityStartDate', width: 120 },
          {
            title: t('employment.probationEnd'),
            dataIndex: 'probationEnd',
            width: 150,
            render: (d: string, r) => (
              <span>
                {d}
                {r.endRecorded ? null : <Typography.Text type="secondary"> （{t('employment.endDefault')}）</Typography.Text>}
              </span>
            ),
          },
          { title: t('employment.daysLeft'), dataIndex: 'daysLeft', width: 100, render: (n: number) => text.daysLeft(n) },
          { title: t('employment.standing'), dataIndex: 'standing', width: 100, render: (s: ProbationItem['standing']) => text.probationTag(s) },
          ...(canScreen
            ? [
                {
                  title: '',
                  key: 'act',
                  width: 130,
                  render: (_: unknown, r: ProbationItem) => (
                    <Button size="small" type={r.standing === 'running' ? 'default' : 'primary'} onClick={() => setScreening(r)} data-testid={`screen-${r.workerId}`}>
                      {t('employment.screen')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ScreeningModal worker={screening} onClose={() => setScreening(null)} />
    </Card>
  );
}
