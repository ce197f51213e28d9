import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { RulePack, WhatIf } from '@cwp/contracts/grading.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { usePublishPack, useWhatIf } from '../api/manage-packs.ts';
import { yuan } from './grade-result-view.tsx';

/** A15.1 what-if of a draft for the working unit, and publishing it from a date. */
export function WhatIfPanel({ pack, org }: { pack: RulePack; org: string }) {
  const { t, errorText } = useI18n();
  const [run, setRun] = useState(0);
  const q = useWhatIf(pack.id, org, run > 0);
  const publish = usePublishPack();
  const [from, setFrom] = useState(dayjs().startOf('day'));
  const r: WhatIf | undefined = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => (run ? void q.refetch() : setRun(1))} loading={q.isFetching} data-testid="what-if-run">
          {t('grading.whatIfRun')}
        </Button>
        <DatePicker value={from} onChange={(d) => d && setFrom(d)} allowClear={false} />
        <Popconfirm title={t('grading.publishConfirm', { date: from.format('YYYY-MM-DD') })} onConfirm={() => publish.mutate({ id: pack.id, effectiveFrom: from.format('YYYY-MM-DD') })}>
          <Button type="primary" loading={publish.isPending} data-testid="pack-publish">
            {t('grading.publish')}
          </Button>
        </Popconfirm>
      </Space>
      {q.isError ? <Alert type="error" showIcon title={errorText(q.error)} /> : null}
      {publish.isError ? <Alert type="error" showIcon title={errorText(publish.error)} /> : null}
      {r ? (
        <div data-testid="what-if-result">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('grading.workers')}>{r.workers}</Descriptions.Item>
            <Descriptions.Item label={t('grading.changes')}>
              <span data-testid="what-if-changes">{r.gradeChanges}</span>（↑{r.gradeUp} ↓{r.gradeDown}）
            </Descriptions.Item>
            <Descriptions.Item label={t('grading.difference')}>
              <Typography.Text strong type={r.difference > 0 ? 'danger' : undefined}>
                {r.difference > 0 ? '+' : ''}
                {yuan(r.difference)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('grading.annualCurrent')}>{yuan(r.annualCurrent)}</Descriptions.Item>
            <Descriptions.Item label={t('grading.annualDraft')}>{yuan(r.annualDraft)}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="workerId"
            pagination={{ pageSize: 10, showSizeChanger: false }}
            dataSource={r.examples}
            columns={[
              { title: t('grading.name'), dataIndex: 'name' },
              { title: t('grading.community'), dataIndex: 'communityName' },
              { title: t('grading.gradeNow'), dataIndex: 'gradeCurrent', align: 'right' },
              { title: t('grading.gradeDraft'), dataIndex: 'gradeDraft', align: 'right' },
              { title: t('grading.payNow'), dataIndex: 'monthlyCurrent', align: 'right', render: (v: number) => yuan(v) },
              { title: t('grading.payDraft'), dataIndex: 'monthlyDraft', align: 'right', render: (v: number) => yuan(v) },
            ]}
          />
        </div>
      ) : null}
    </Space>
  );
}
