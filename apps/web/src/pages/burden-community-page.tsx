import { useState } from 'react';
import { Alert, App, Button, Card, Collapse, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { AbolishedCertificate, CommunityBurden } from '@cwp/contracts/burden.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useCommunityBurden } from '../features/burden/api/assignments.ts';
import { useAbolishedCertificates, useLimits, useSetLimits } from '../features/burden/api/community.ts';
import { CommunityRecords } from '../features/burden/components/community-records.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const over = (n: number, max: number) => (n > max ? <Typography.Text type="danger" strong>{n}</Typography.Text> : n);

/** 牌子与证明 (A17.1): each community's signboards, certificates and platforms against the limits; details per community. */
export default function BurdenCommunityPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const rows = useCommunityBurden(orgCode);
  const limits = useLimits(orgCode);
  const setLimits = useSetLimits(orgCode);
  const abolished = useAbolishedCertificates();
  const [picked, setPicked] = useState<CommunityBurden | null>(null);
  const canManage = hasPermission(me, 'burden:manage');
  const canRecord = hasPermission(me, 'burden:record') || canManage;
  const l = limits.data;
  const settable = canManage && orgCode.length >= 2 && orgCode.length <= 6;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('burden.communityTitle')} data-testid="community-burden">
        <Typography.Paragraph type="secondary">{t('burden.communityIntro')}</Typography.Paragraph>
        {l ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('burden.limitsText', { signboards: l.maxExternalSignboards, certificates: l.maxCertificates, platforms: l.maxPlatforms, owner: l.ownerName })}
            data-testid="burden-limits"
          />
        ) : null}
        {rows.isError ? <Alert type="error" showIcon title={errorText(rows.error)} style={{ marginBottom: 16 }} /> : null}
        <Table<CommunityBurden>
          size="small"
          rowKey="code"
          loading={rows.isFetching}
          dataSource={rows.data ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.code === picked?.code ? 'ant-table-row-selected' : '')}
          onRow={(r) => ({ onClick: () => setPicked(r), style: { cursor: 'pointer' } })}
          data-testid="community-burden-table"
          columns={[
            { title: t('burden.community'), dataIndex: 'name', render: (v: string) => <Button type="link" size="small" style={{ padding: 0 }}>{v}</Button> },
            { title: t('burden.signboards'), dataIndex: 'signboards', align: 'right' as const },
            { title: t('burden.externalSignboards'), key: 'ext', align: 'right' as const, render: (_: unknown, r) => <>{over(r.externalSignboards, r.limits.maxExternalSignboards)} / {r.limits.maxExternalSignboards}</> },
            { title: t('burden.unapproved'), dataIndex: 'unapprovedSignboards', align: 'right' as const, render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
            { title: t('burden.certificates'), key: 'cert', align: 'right' as const, render: (_: unknown, r) => <>{over(r.certificates, r.limits.maxCertificates)} / {r.limits.maxCertificates}</> },
            { title: t('burden.platforms'), key: 'plat', align: 'right' as const, render: (_: unknown, r) => <>{over(r.platforms, r.limits.maxPlatforms)} / {r.limits.maxPlatforms}</> },
            { title: t('burden.tasks'), dataIndex: 'assignments', align: 'right' as const },
            { title: t('burden.flags'), dataIndex: 'flags', render: (f: string[]) => (f.length ? f.map((x) => <Tag color="red" key={x}>{x}</Tag>) : <Tag color="green">{t('burden.withinLimits')}</Tag>) },
          ]}
        />
      </Card>
      {picked ? <CommunityRecords key={picked.code} community={picked.code} name={picked.name} canRecord={canRecord} /> : <Alert type="info" title={t('burden.chooseCommunity')} />}
      {settable && l ? (
        <Card size="small" title={t('burden.setLimits')} data-testid="limits-form">
          <Form
            layout="inline"
            initialValues={{ maxExternalSignboards: l.maxExternalSignboards, maxCertificates: l.maxCertificates, maxPlatforms: l.maxPlatforms }}
            onFinish={(v) => setLimits.mutateAsync(v).then(() => message.success(t('burden.saved')), (e) => message.error(errorText(e)))}
          >
            <Form.Item name="maxExternalSignboards" label={t('burden.maxExternalSignboards')}><InputNumber min={0} max={100} /></Form.Item>
            <Form.Item name="maxCertificates" label={t('burden.maxCertificates')}><InputNumber min={0} max={200} /></Form.Item>
            <Form.Item name="maxPlatforms" label={t('burden.maxPlatforms')}><InputNumber min={0} max={200} /></Form.Item>
            <Button htmlType="submit" type="primary" loading={setLimits.isPending}>{t('common.save')}</Button>
          </Form>
        </Card>
      ) : null}
      <Collapse
        items={[
          {
            key: 'abolished',
            label: `${t('burden.abolishedTitle')}（${abolished.data?.length ?? 0}）`,
            children: (
              <Table<AbolishedCertificate>
                size="small"
                rowKey="id"
                dataSource={abolished.data ?? []}
                pagination={{ pageSize: 30, showSizeChanger: false }}
                columns={[
                  { title: t('burden.certificateName'), dataIndex: 'name' },
                  { title: t('burden.listName'), dataIndex: 'listName' },
                  { title: t('burden.source'), dataIndex: 'source', render: (v: string) => <Typography.Text type="secondary" style={{ maxWidth: 420 }} ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
