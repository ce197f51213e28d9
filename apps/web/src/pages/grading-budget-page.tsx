import { useState } from 'react';
import { Alert, Card, Col, Descriptions, InputNumber, List, Result, Row, Skeleton, Space, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { levelOfCode } from '@cwp/domain/division-code';
import { useBudget } from '../features/grading/api/get-budget.ts';
import { yuan } from '../features/grading/components/grade-result-view.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const LEVELS = new Set(['province', 'city', 'county']);

/** 经费预算 (A15.1): next year's personnel cost of the working unit, item by item, with the quota gap. */
export default function GradingBudgetPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const [year, setYear] = useState(dayjs().year() + 1);
  const ok = LEVELS.has(levelOfCode(orgCode) ?? '');
  const q = useBudget(orgCode, year, ok);
  if (!ok) return <Result status="info" title={t('grading.pickCountyBudget')} />;
  return (
    <Card
      size="small"
      title={q.data ? t('grading.budgetTitle', { name: q.data.name, year }) : t('grading.budget')}
      extra={
        <Space>
          {t('grading.year')}
          <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      }
      data-testid="budget"
    >
      {q.isPending ? (
        <Skeleton active />
      ) : q.isError ? (
        <Alert type="error" showIcon title={errorText(q.error)} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title={t('grading.budgetTotal')} value={yuan(q.data.total)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('grading.budgetPay')} value={yuan(q.data.pay)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('grading.budgetEmployer')} value={yuan(q.data.employer.socialInsurance + q.data.employer.housingFund)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('grading.budgetGap')} value={yuan(q.data.gap.annual)} />
            </Col>
          </Row>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={q.data.items}
            columns={[
              { title: t('grading.item'), dataIndex: 'name' },
              { title: t('grading.annualAmount'), dataIndex: 'annual', align: 'right', render: (v: number) => yuan(v) },
            ]}
          />
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label={t('grading.workers')}>{q.data.workers}</Descriptions.Item>
            <Descriptions.Item label={t('grading.quotaGap')}>
              {q.data.gap.standardQuota === null ? '—' : `${q.data.gap.standardQuota} − ${q.data.gap.headcount} = ${q.data.gap.vacancies}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('grading.perHire')}>{yuan(q.data.gap.perHireAnnual)}</Descriptions.Item>
          </Descriptions>
          <List size="small" header={t('grading.explanation')} dataSource={[...q.data.explanation, q.data.gap.assumption]} renderItem={(l) => <List.Item>{l}</List.Item>} />
        </Space>
      )}
    </Card>
  );
}
