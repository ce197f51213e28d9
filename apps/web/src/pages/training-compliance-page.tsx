import { Alert, Card, Segmented, Select, Space, Typography } from 'antd';
import { COMPLIANCE_STATUSES, type ComplianceItem, type ComplianceList } from '@cwp/contracts/training.contract';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useCompliance } from '../features/training/api/compliance.ts';
import { ComplianceTable } from '../features/training/components/compliance-table.tsx';
import { useTrainingText } from '../features/training/components/training-text.tsx';
import { formatCount, formatShare } from '../lib/format.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FigureCards } from '../components/figure-cards.tsx';

const DEFAULT_PAGE_SIZE = 20;
const RULES = ['A8.2', 'A8.3'] as const;
type StatusFilter = ComplianceItem['status'] | 'all';

function SummaryCards({ s }: { s: ComplianceList['summary'] | undefined }) {
  const { t } = useI18n();
  const cards = [
    { key: 'workers', title: t('training.summaryWorkers'), value: formatCount(s?.workers) },
    { key: 'ok', title: t('training.summaryOk'), value: formatCount(s?.ok), color: '#389e0d' },
    { key: 'due', title: t('training.summaryDue'), value: formatCount(s?.due), color: '#d46b08' },
    { key: 'overdue', title: t('training.summaryOverdue'), value: formatCount(s?.overdue), color: '#cf1322' },
    { key: 'rate', title: t('training.summaryRate'), value: formatShare(s?.rate), hint: t('training.summaryRateHint') },
    { key: 'keyRole', title: t('training.summaryKeyRole'), value: s ? `${formatCount(s.keyRoleOk)} / ${formatCount(s.keyRoleWorkers)}` : '—', hint: t('training.summaryKeyRoleHint') },
  ];
  return <FigureCards figures={cards} testIdPrefix="compliance" span={{ xs: 12, md: 8, xl: 4 }} />;
}

/** 培训达标 (A8.2, A8.3): who under the working unit is overdue or due for training, with the reasons. */
export default function TrainingCompliancePage() {
  const { t, errorText } = useI18n();
  const text = useTrainingText();
  const [params, setParam] = useListParams({ paged: true });
  const { orgCode, scopeName } = useCurrentOrg();
  const org = useOrgUnit(orgCode || undefined);

  // Overdue first: the list exists to be worked through; "all" is one click away.
  const statusParam = params.get('status');
  const status: StatusFilter = statusParam === 'all' ? 'all' : (COMPLIANCE_STATUSES.find((s) => s === statusParam) ?? 'overdue');
  const rule = RULES.find((r) => r === params.get('rule'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE);
  const list = useCompliance({ org: orgCode, status: status === 'all' ? undefined : status, rule, page, pageSize });


  const orgName = orgCode ? (org.data?.name ?? orgCode) : scopeName || t('org.national');
  const statusLabel = { overdue: t('training.statusOverdue'), due: t('training.statusDue'), ok: t('training.statusOk'), all: t('training.statusAll') };

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('training.complianceTitle')}</span>
          <Typography.Text type="secondary" data-testid="compliance-org">
            {orgName}
          </Typography.Text>
        </Space>
      }
      data-testid="compliance-page"
    >
      <Typography.Paragraph type="secondary">{t('training.complianceIntro', { date: list.data?.asOf ?? '—' })}</Typography.Paragraph>
      <SummaryCards s={list.data?.summary} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={(v) => setParam({ status: v === 'overdue' ? undefined : v })}
          options={(['overdue', 'due', 'ok', 'all'] as const).map((v) => ({ value: v, label: statusLabel[v] }))}
          data-testid="compliance-status-filter"
        />
        <Select<ComplianceItem['rule']>
          allowClear
          placeholder={t('training.allRules')}
          aria-label={t('training.rule')}
          value={rule}
          onChange={(v) => setParam({ rule: v })}
          options={RULES.map((r) => ({ value: r, label: text.rule(r) }))}
          style={{ width: 240 }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <ComplianceTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onPageChange={(p, size) => setParam({ page: String(size !== pageSize ? 1 : p), pageSize: String(size) })}
      />
    </Card>
  );
}
