import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TalkSummary } from '@cwp/contracts/supervision.contract';
import { useTalks } from '../features/supervision/api/talks.ts';
import { useSupervisionText } from '../features/supervision/components/supervision-text.ts';
import { TalkDetailModal, TalkFormModal } from '../features/supervision/components/talk-modals.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 谈心谈话 (A11.1): talks under the header's unit; content only through the audited detail. */
export default function SupervisionTalksPage() {
  const { t, errorText } = useI18n();
  const label = useSupervisionText();
  const { orgCode } = useCurrentOrg();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const list = useTalks({ org: orgCode, year: year ?? undefined });
  const hasUnit = orgCode.length >= 2;
  const warn = (k: string) => k === '提醒' || k === '诫勉';
  return (
    <Card
      size="small"
      title={t('sup.talksTitle')}
      extra={hasUnit ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="talk-add">{t('sup.talkRecord')}</Button> : null}
      data-testid="talks-page"
    >
      <Typography.Paragraph type="secondary">{t('sup.talksIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('sup.chooseUnit')} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }}>
        <span>{t('sup.year')}</span>
        <InputNumber min={2000} max={2100} value={year} onChange={setYear} data-testid="talks-year" />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<TalkSummary>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data ?? []) : []}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.totalN', { n }) }}
        data-testid="talks-table"
        columns={[
          { title: t('sup.talkedOn'), dataIndex: 'talkedOn', width: 110 },
          { title: t('sup.worker'), render: (_, r) => `${r.workerName}（${r.communityName}）` },
          { title: t('sup.talkKind'), dataIndex: 'kind', width: 110, render: (k: string) => <Tag color={warn(k) ? 'red' : 'blue'}>{label(k)}</Tag> },
          { title: t('sup.talker'), render: (_, r) => `${r.talkerName}（${r.talkerRole}）` },
          { title: t('sup.topics'), dataIndex: 'topics', render: (ts: string[]) => ts.join('、') },
          { title: t('sup.nextTalkOn'), dataIndex: 'nextTalkOn', width: 120 },
          { title: t('common.actions'), width: 80, render: (_, r) => <Button type="link" size="small" onClick={() => setViewing(r.id)} data-testid={`talk-view-${r.id}`}>{t('sup.view')}</Button> },
        ]}
      />
      {hasUnit ? <TalkFormModal org={orgCode} open={adding} onClose={() => setAdding(false)} /> : null}
      <TalkDetailModal id={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
