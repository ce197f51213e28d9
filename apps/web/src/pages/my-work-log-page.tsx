import { useState } from 'react';
import { Alert, Card, Col, Empty, List, Result, Row, Segmented, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useMyWorkLog } from '../features/work-logs/api/my-work-log.ts';
import { InquiryForm } from '../features/work-logs/components/inquiry-form.tsx';
import { ProxyForm } from '../features/work-logs/components/proxy-form.tsx';
import { VisitForm } from '../features/work-logs/components/visit-form.tsx';
import { ProxyStatusTag, useWorkLogText } from '../features/work-logs/components/work-log-text.tsx';
import { PhoneShell } from '../components/phone-shell.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Kind = 'visit' | 'proxy' | 'inquiry';

/** 我的工作台账 (A9.1), phone-sized: the worker's grid, this month's figures, recording a visit, a proxy service or a first inquiry, and their recent entries. */
export default function MyWorkLogPage() {
  const { t, errorText } = useI18n();
  const { name } = useWorkLogText();
  const me = useCurrentUser();
  const own = me.role === 'worker' && me.workerId ? me.workerId : null;
  const log = useMyWorkLog(own !== null);
  const [kind, setKind] = useState<Kind>('visit');

  if (!own) {
    return (
      <PhoneShell title={t('menu.myWorkLog')}>
        <Result status="info" title={t('wl.myNotWorker')} />
      </PhoneShell>
    );
  }
  const d = log.data;
  return (
    <PhoneShell title={t('menu.myWorkLog')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {log.isError ? <Alert type="error" showIcon title={errorText(log.error)} /> : null}
        {log.isPending ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
        {d ? (
          <Card size="small" data-testid="wl-my-summary">
            <Typography.Text strong>{d.grid ? t('wl.myGrid', { grid: d.grid.name, role: name(d.grid.role), n: d.grid.households }) : t('wl.myNoGrid')}</Typography.Text>
            <Row gutter={8} style={{ marginTop: 8 }}>
              <Col span={8}><div data-testid="wl-my-visits"><Statistic title={t('wl.myMonthVisits')} value={d.month.visits} /></div></Col>
              <Col span={8}><div data-testid="wl-my-proxy"><Statistic title={t('wl.myMonthProxyOpen')} value={d.month.proxyOpen} styles={{ content: { color: d.month.proxyOverdue ? '#cf1322' : undefined } }} /></div></Col>
              <Col span={8}><Statistic title={t('wl.myMonthInquiries')} value={d.month.firstInquiries} /></Col>
            </Row>
          </Card>
        ) : null}
        <Card size="small" title={t('wl.myAdd')}>
          <Segmented<Kind>
            block
            size="large"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'visit', label: <span data-testid="wl-my-kind-visit">{t('wl.kind.visit')}</span> },
              { value: 'proxy', label: <span data-testid="wl-my-kind-proxy">{t('wl.kind.proxy')}</span> },
              { value: 'inquiry', label: <span data-testid="wl-my-kind-inquiry">{t('wl.kind.inquiry')}</span> },
            ]}
            style={{ marginBottom: 16 }}
          />
          {kind === 'visit' ? <VisitForm workerId={own} phone pairs={d?.pairs ?? []} /> : null}
          {kind === 'proxy' ? <ProxyForm workerId={own} phone /> : null}
          {kind === 'inquiry' ? <InquiryForm workerId={own} phone /> : null}
        </Card>
        {d ? (
          <Card size="small" title={t('wl.myRecent')}>
            {d.visits.length + d.proxyServices.length + d.firstInquiries.length === 0 ? <Empty description={t('wl.myNone')} /> : null}
            <List
              size="small"
              data-testid="wl-my-recent"
              dataSource={[
                ...d.visits.map((v) => ({ key: `v${v.id}`, on: v.visitedOn, title: `${t('wl.kind.visit')} · ${name(v.category)}`, body: `${v.address}：${v.notes}`, tag: v.followUp ? <Tag color="orange">{t('wl.followUpYes')}</Tag> : null })),
                ...d.proxyServices.map((p) => ({ key: `p${p.id}`, on: p.acceptedOn, title: `${t('wl.kind.proxy')} · ${p.matter}`, body: p.requesterAddress, tag: <ProxyStatusTag status={p.status} overdue={p.overdue} /> })),
                ...d.firstInquiries.map((i) => ({ key: `i${i.id}`, on: i.receivedOn, title: `${t('wl.kind.inquiry')} · ${i.matter}`, body: i.closedOn ? [i.resolution, i.referredTo].filter(Boolean).join('；') : t('wl.open'), tag: null })),
              ]
                .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))
                .slice(0, 30)}
              renderItem={(x) => (
                <List.Item key={x.key} extra={x.tag}>
                  <List.Item.Meta title={<span style={{ fontSize: 15 }}>{x.title}</span>} description={`${x.on} · ${x.body}`} />
                </List.Item>
              )}
            />
          </Card>
        ) : null}
      </Space>
    </PhoneShell>
  );
}
