import { useState } from 'react';
import { Alert, Card, Segmented, Select, Space, Typography } from 'antd';
import type { Report } from '@cwp/contracts/attendance.contract';
import { REPORT_KINDS } from '@cwp/domain/attendance';
import { useReports, type ReportFilter } from '../features/attendance/api/reports.ts';
import { AnswerModal } from '../features/attendance/components/answer-modal.tsx';
import { ReportsTable } from '../features/attendance/components/reports-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const FILTERS: ReportFilter[] = ['all', 'unanswered', 'overdue'];

/** 请示报告 (A9.2): filings from the communities under the header's unit; the street answers, overdue ones stand out. */
export default function DailyReportsPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const filter = (FILTERS as string[]).includes(params.get('filter') ?? '') ? (params.get('filter') as ReportFilter) : 'unanswered';
  const kind = (REPORT_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as Report['kind']) : undefined;
  const list = useReports({ org: orgCode, filter, kind });
  const [answering, setAnswering] = useState<Report | null>(null);
  const hasUnit = orgCode.length >= 2;

  return (
    <Card size="small" title={t('rep.title')} data-testid="reports-page">
      <Typography.Paragraph type="secondary">{t('rep.intro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('rep.chooseUnit')} style={{ marginBottom: 16 }} />}
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Segmented<ReportFilter> value={filter} onChange={(v) => setParam({ filter: v })} options={FILTERS.map((f) => ({ value: f, label: t(`rep.filter.${f}`) }))} data-testid="reports-filter" />
        <Select
          allowClear
          placeholder={t('rep.allKinds')}
          value={kind}
          onChange={(v) => setParam({ kind: v })}
          options={REPORT_KINDS.map((k) => ({ value: k, label: k }))}
          style={{ width: 140 }}
          data-testid="reports-kind"
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <ReportsTable items={hasUnit ? (list.data ?? []) : []} loading={list.isFetching} onAnswer={setAnswering} />
      <AnswerModal report={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
