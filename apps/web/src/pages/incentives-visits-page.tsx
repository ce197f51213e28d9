import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useVisits, type Visit } from '../features/incentives/api/visits.ts';
import { ChooseUnitAlert, useIncentivesText } from '../features/incentives/components/incentives-text.tsx';
import { VisitModal } from '../features/incentives/components/visit-modal.tsx';
import { YearSelect } from '../features/incentives/components/year-select.tsx';
import { formatCount } from '../lib/format.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useEnumText } from '../i18n/enum-labels.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 走访慰问 (A14.1): holiday, front-line and hospital visits under the working unit, retired workers included. */
export default function IncentivesVisitsPage() {
  const { t, errorText } = useI18n();
  const text = useIncentivesText();
  const et = useEnumText();
  const { orgCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'incentives:write');
  const [year, setYear] = useState<number | undefined>(new Date().getFullYear());
  const list = useVisits({ org: orgCode, year });
  const [open, setOpen] = useState(false);
  const hasUnit = orgCode.length >= 2;
  const items = list.data ?? [];
  const total = items.reduce((sum, v) => sum + (v.amount ?? 0), 0);

  return (
    <Card
      size="small"
      title={t('care.visitsTitle')}
      extra={
        canWrite && hasUnit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="visit-add">
            {t('care.recordVisit')}
          </Button>
        ) : null
      }
      data-testid="visits-page"
    >
      <Typography.Paragraph type="secondary">{t('care.visitsIntro')}</Typography.Paragraph>
      {hasUnit ? null : <ChooseUnitAlert />}
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect value={year} onChange={setYear} allowAll data-testid="visits-year" />
        {list.data ? (
          <Typography.Text type="secondary" data-testid="visits-total">
            {t('care.visitsTotal', { n: formatCount(items.length), amount: total.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) })}
          </Typography.Text>
        ) : null}
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Visit>
        size="middle"
        rowKey="id"
        loading={list.isFetching}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('care.noVisits') }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
        data-testid="visits-table"
        columns={[
          { title: t('care.visitedOn'), dataIndex: 'visitedOn', width: 110 },
          { title: t('incentives.name'), dataIndex: 'workerName', render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
          { title: t('incentives.community'), dataIndex: 'communityName' },
          { title: t('care.workerStatus'), dataIndex: 'workerStatus', render: (s: string) => <Tag color={s === '已退出' ? 'default' : 'green'}>{et(s)}</Tag> },
          { title: t('care.occasion'), dataIndex: 'occasion', render: (o: Visit['occasion']) => text.occasion(o) },
          { title: t('care.visitors'), dataIndex: 'visitors' },
          { title: t('care.visitContent'), dataIndex: 'content' },
          { title: t('care.amount'), dataIndex: 'amount', align: 'right', render: (a: number | null) => (a === null ? '—' : a.toLocaleString('zh-CN', { minimumFractionDigits: 2 })) },
          { title: t('incentives.recordedBy'), dataIndex: 'recordedBy' },
        ]}
      />
      {canWrite && hasUnit ? <VisitModal open={open} org={orgCode} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
