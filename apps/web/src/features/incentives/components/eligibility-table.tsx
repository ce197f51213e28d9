import { Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { CareerEligibilityItem } from '../api/career-eligibility.ts';

/** The server's reasons start with ✓ or ✗: shown as coloured marks, one condition per line. */
export function EligibilityReasons({ reasons }: { reasons: string[] }) {
  const { t, tm } = useI18n();
  return (
    <div data-testid="eligibility-reasons">
      <Typography.Text type="secondary">{t('incentives.reasons')}</Typography.Text>
      <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
        {reasons.map((r) => {
          const met = r.startsWith('✓');
          const body = r.replace(/^[✓✗]\s*/, '');
          return (
            <li key={r} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '2px 0' }}>
              {met ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('incentives.met')} /> : <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('incentives.notMet')} />}
              <Typography.Text>{tm(body)}</Typography.Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const metCount = (r: CareerEligibilityItem) => r.reasons.filter((x) => x.startsWith('✓')).length;

interface Props {
  items: CareerEligibilityItem[];
  loading: boolean;
}

/** 事业编 eligibility per worker in post (A13.2); the reasons open under a row. */
export function EligibilityTable({ items, loading }: Props) {
  const { t } = useI18n();
  return (
    <Table<CareerEligibilityItem>
      size="middle"
      rowKey="workerId"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (r) => <EligibilityReasons reasons={r.reasons} /> }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => t('common.totalN', { n }) }}
      data-testid="eligibility-table"
      columns={[
        { title: t('incentives.name'), dataIndex: 'name', fixed: 'left', width: 110, render: (name: string, r) => <Link to={`/workers/${r.workerId}`}>{name}</Link> },
        { title: t('incentives.community'), dataIndex: 'communityName', width: 200 },
        {
          title: t('incentives.eligibility'),
          dataIndex: 'eligible',
          width: 120,
          render: (ok: boolean) => (ok ? <Tag color="green">{t('incentives.eligible')}</Tag> : <Tag>{t('incentives.notEligible')}</Tag>),
        },
        { title: t('incentives.continuousSince'), dataIndex: 'continuousSince', width: 140, render: (v: string | null) => v ?? '—' },
        {
          title: t('incentives.continuousYears'),
          dataIndex: 'continuousYears',
          width: 140,
          align: 'right',
          sorter: (a, b) => a.continuousYears - b.continuousYears,
          render: (n: number) => t('incentives.yearsN', { n }),
        },
        {
          title: t('incentives.conditionsMet'),
          key: 'met',
          // Those closest to eligibility are the ones a street plans for; sorting by this column brings them up.
          sorter: (a, b) => metCount(a) - metCount(b),
          render: (_: unknown, r) => t('incentives.conditionsMetN', { n: metCount(r), total: r.reasons.length }),
        },
      ]}
    />
  );
}
