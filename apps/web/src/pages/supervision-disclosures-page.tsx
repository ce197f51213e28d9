import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Disclosure } from '@cwp/contracts/supervision.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useDisclosures } from '../features/supervision/api/disclosures.ts';
import { CheckModal, DisclosureFormModal } from '../features/supervision/components/affairs-modals.tsx';
import { useSupervisionText } from '../features/supervision/components/supervision-text.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 三务公开 (A11.2): records of a year under the header's unit, the quarters missing a kind, the street's checks. */
export default function SupervisionDisclosuresPage() {
  const { t, errorText } = useI18n();
  const label = useSupervisionText();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [adding, setAdding] = useState<{ kind?: string; period?: string; communityCode?: string } | null>(null);
  const [checking, setChecking] = useState<number | null>(null);
  const hasUnit = orgCode.length >= 2;
  const list = useDisclosures({ org: orgCode, year: year ?? new Date().getFullYear() });
  const canRecord = hasPermission(me, 'supervision:write') || hasPermission(me, 'supervision:disclose');
  const canCheck = hasPermission(me, 'supervision:write');
  const missing = hasUnit ? (list.data?.missing ?? []) : [];
  const community = /^\d{12}$/.test(orgCode) ? orgCode : undefined;

  return (
    <Card
      size="small"
      title={t('sup.disclosuresTitle')}
      extra={hasUnit && canRecord ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({ communityCode: community })} data-testid="disclosure-add">{t('sup.recordDisclosure')}</Button> : null}
      data-testid="disclosures-page"
    >
      <Typography.Paragraph type="secondary">{t('sup.disclosuresIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('sup.chooseUnit')} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }}>
        <span>{t('sup.year')}</span>
        <InputNumber min={2000} max={2100} value={year} onChange={setYear} data-testid="disclosures-year" />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      {hasUnit && list.data ? (
        <Alert
          type={missing.length ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="disclosures-missing"
          title={missing.length ? `${t('sup.missing')}：${t('sup.missingN', { n: missing.length })}` : t('sup.noMissing')}
          description={
            missing.length ? (
              <Space wrap>
                {missing.slice(0, 60).map((m) => (
                  <Tag key={`${m.communityCode}${m.quarter}${m.kind}`} color="orange" style={{ cursor: canRecord ? 'pointer' : undefined }} onClick={() => canRecord && setAdding({ communityCode: m.communityCode, kind: m.kind, period: m.quarter })}>
                    {`${m.communityName} ${m.quarter} ${label(m.kind)}`}
                  </Tag>
                ))}
                {missing.length > 60 ? <span>…</span> : null}
              </Space>
            ) : undefined
          }
        />
      ) : null}
      <Table<Disclosure>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data?.items ?? []) : []}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.totalN', { n }) }}
        data-testid="disclosures-table"
        columns={[
          { title: t('sup.period'), dataIndex: 'period', width: 100 },
          { title: t('sup.community'), dataIndex: 'communityName', width: 180 },
          { title: t('sup.kind'), dataIndex: 'kind', width: 90, render: (k: string) => <Tag>{label(k)}</Tag> },
          { title: t('sup.title'), dataIndex: 'title' },
          { title: t('sup.disclosedOn'), dataIndex: 'disclosedOn', width: 110 },
          { title: t('sup.channel'), dataIndex: 'channel', width: 90, render: (c: string) => label(c) },
          {
            title: t('sup.checkResult'),
            width: 200,
            render: (_, r) => (r.checkResult ? <span><Tag color={r.checkResult === '合格' ? 'green' : 'red'}>{label(r.checkResult)}</Tag>{r.checkNote}</span> : <Tag>{t('sup.unchecked')}</Tag>),
          },
          { title: t('common.actions'), width: 80, render: (_, r) => (canCheck ? <Button type="link" size="small" onClick={() => setChecking(r.id)}>{t('sup.check')}</Button> : null) },
        ]}
      />
      {hasUnit ? (
        <DisclosureFormModal
          key={JSON.stringify(adding)}
          open={adding !== null}
          onClose={() => setAdding(null)}
          communityCode={adding?.communityCode}
          preset={adding ?? undefined}
          communityPicker={<OrgTreeSelect rootCode={orgCode} selectableLevels={['community']} leafLevel="community" style={{ width: '100%' }} data-testid="disclosure-community" />}
        />
      ) : null}
      <CheckModal id={checking} onClose={() => setChecking(null)} />
    </Card>
  );
}
