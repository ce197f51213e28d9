import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Result, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { PaySheet } from '@cwp/contracts/grading.contract';
import { levelOfCode } from '@cwp/domain/division-code';
import { paySheetExportUrl, usePaySheet } from '../features/grading/api/get-pay-sheet.ts';
import { yuan } from '../features/grading/components/grade-result-view.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Line = PaySheet['lines'][number];

/** 工资表 (A12.1): a street's or county's monthly pay, item by item, with totals and employer costs. */
export default function GradingPaySheetPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const level = levelOfCode(orgCode);
  const ok = level === 'street' || level === 'county';
  const sheet = usePaySheet(orgCode, month, ok);
  if (!ok) return <Result status="info" title={t('grading.pickStreetOrCounty')} />;
  const columns = sheet.data?.columns ?? [];
  return (
    <Card
      size="small"
      title={sheet.data ? t('grading.paySheetTitle', { name: sheet.data.name, month }) : t('grading.paySheet')}
      extra={
        <Space>
          <DatePicker picker="month" value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} allowClear={false} />
          <Button icon={<DownloadOutlined />} href={paySheetExportUrl(orgCode, month)} download data-testid="paysheet-export">
            {t('grading.export')}
          </Button>
        </Space>
      }
      data-testid="paysheet"
    >
      {sheet.isError ? <Alert type="error" showIcon title={errorText(sheet.error)} /> : null}
      <Table<Line>
        size="small"
        rowKey="workerId"
        loading={sheet.isPending}
        dataSource={sheet.data?.lines ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('grading.name'), dataIndex: 'name', fixed: 'left' },
          { title: t('grading.community'), dataIndex: 'communityName' },
          { title: t('grading.postClass'), dataIndex: 'postClass' },
          {
            title: t('grading.grade'),
            dataIndex: 'grade',
            render: (v: number, r) => (
              <>
                {v} {r.gradeSource === 'computed' ? <Tag>{t('grading.computed')}</Tag> : null}
              </>
            ),
          },
          ...columns.map((c) => ({ title: c, key: c, align: 'right' as const, render: (_: unknown, r: Line) => yuan(r.items[c] ?? 0) })),
          { title: t('grading.monthlyPay'), dataIndex: 'monthlyPay', align: 'right', render: (v: number) => yuan(v) },
          { title: t('grading.socialInsurance'), dataIndex: 'socialInsurance', align: 'right', render: (v: number) => yuan(v) },
          { title: t('grading.housingFund'), dataIndex: 'housingFund', align: 'right', render: (v: number) => yuan(v) },
        ]}
        summary={() =>
          sheet.data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                {t('grading.totals', { n: sheet.data.totals.workers })}
              </Table.Summary.Cell>
              {columns.map((c, i) => (
                <Table.Summary.Cell key={c} index={4 + i} align="right">
                  {yuan(sheet.data.totals.items[c] ?? 0)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={4 + columns.length} align="right">
                <span data-testid="paysheet-total">{yuan(sheet.data.totals.monthlyPay)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5 + columns.length} align="right">
                {yuan(sheet.data.totals.socialInsurance)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6 + columns.length} align="right">
                {yuan(sheet.data.totals.housingFund)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
