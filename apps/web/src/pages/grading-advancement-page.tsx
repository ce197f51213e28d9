import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, InputNumber, Popconfirm, Result, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AdvancementBatch } from '@cwp/contracts/grading.contract';
import { levelOfCode } from '@cwp/domain/division-code';
import { useApproveAdvancement, useProposeAdvancement } from '../features/grading/api/advancement.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const LEVELS = new Set(['province', 'city', 'county']);

/** 年度晋级 (A4.2): propose every grade in the unit, review the changes, approve them into the registry. */
export default function GradingAdvancementPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const propose = useProposeAdvancement();
  const approve = useApproveAdvancement();
  const [batch, setBatch] = useState<AdvancementBatch | null>(null);
  if (!LEVELS.has(levelOfCode(orgCode) ?? '')) return <Result status="info" title={t('grading.pickCounty')} />;

  const onPropose = (v: { year: number; effectiveFrom: Dayjs }) =>
    propose.mutate({ orgCode, year: v.year, effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD') }, { onSuccess: setBatch });
  const onApprove = () => batch && approve.mutate(batch.id, { onSuccess: setBatch });
  const error = propose.error ?? approve.error;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('grading.advancement')}>
        <Form layout="inline" onFinish={onPropose} initialValues={{ year: dayjs().year(), effectiveFrom: dayjs().startOf('year') }} data-testid="advancement-form">
          <Form.Item name="year" label={t('grading.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('grading.effectiveFrom')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={propose.isPending} data-testid="advancement-propose">
              {t('grading.propose')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {batch ? (
        <Card
          size="small"
          title={t('grading.batchTitle', { id: batch.id, name: batch.orgName, year: batch.year })}
          extra={
            batch.status === 'proposed' ? (
              <Popconfirm title={t('grading.approveConfirm', { n: batch.changes.length })} onConfirm={onApprove}>
                <Button type="primary" danger loading={approve.isPending} data-testid="advancement-approve">
                  {t('grading.approve')}
                </Button>
              </Popconfirm>
            ) : (
              <Tag color="green">{t('grading.approved')}</Tag>
            )
          }
          data-testid="advancement-batch"
        >
          <Descriptions size="small" column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={t('grading.workers')}>{batch.workers}</Descriptions.Item>
            <Descriptions.Item label={t('grading.changes')}>{batch.changes.length}</Descriptions.Item>
            <Descriptions.Item label={t('grading.unchanged')}>{batch.unchanged}</Descriptions.Item>
            <Descriptions.Item label={t('grading.effectiveFrom')}>{batch.effectiveFrom}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="workerId"
            dataSource={batch.changes}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: t('grading.name'), dataIndex: 'name' },
              { title: t('grading.community'), dataIndex: 'communityName' },
              { title: t('grading.postClass'), dataIndex: 'postClass', width: 80 },
              { title: t('grading.communityYears'), dataIndex: 'communityYears', width: 100, align: 'right' },
              { title: t('grading.fromGrade'), dataIndex: 'fromGrade', width: 90, align: 'right', render: (v: number | null) => (v === null ? t('grading.ungraded') : v) },
              { title: t('grading.toGrade'), dataIndex: 'toGrade', width: 90, align: 'right' },
              {
                title: t('grading.applied'),
                dataIndex: 'applied',
                width: 90,
                render: (v: boolean | null) => (v === null ? '—' : v ? <Tag color="green">{t('grading.written')}</Tag> : <Tag color="orange">{t('grading.skipped')}</Tag>),
              },
            ]}
          />
        </Card>
      ) : null}
    </Space>
  );
}
