import { useState } from 'react';
import { Alert, Button, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DepartureWithoutAudit, EconomicAudit, Finding } from '@cwp/contracts/supervision.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useAudits } from '../features/supervision/api/audits.ts';
import { AuditFormModal, RectifyModal } from '../features/supervision/components/audit-modals.tsx';
import { useSupervisionText } from '../features/supervision/components/supervision-text.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 经济责任审计 (A11.3): audits with their findings and rectification, and departures without a 离任 audit. */
export default function SupervisionAuditsPage() {
  const { t, errorText } = useI18n();
  const label = useSupervisionText();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [overdue, setOverdue] = useState(false);
  const [adding, setAdding] = useState(false);
  const [rectifying, setRectifying] = useState<Finding | null>(null);
  // Findings are shown open; the user may fold an audit away.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set());
  const hasUnit = orgCode.length >= 2;
  const list = useAudits({ org: orgCode, overdue });
  const canWrite = hasPermission(me, 'supervision:write');
  const d = hasUnit ? list.data : undefined;

  const findingColumns = [
    { title: t('sup.category'), dataIndex: 'category', width: 110, render: (c: string) => label(c) },
    { title: t('sup.description'), dataIndex: 'description' },
    { title: t('sup.amount'), dataIndex: 'amount', width: 120, render: (a: number | null) => (a === null ? '' : a.toLocaleString('zh-CN', { minimumFractionDigits: 2 })) },
    { title: t('sup.rectifyBy'), dataIndex: 'rectifyBy', width: 110 },
    {
      title: t('sup.status'),
      width: 200,
      render: (_: unknown, f: Finding) => (
        <span>
          <Tag color={f.status === '已整改' ? 'green' : f.overdue ? 'red' : 'blue'}>{label(f.status)}</Tag>
          {f.overdue ? <Tag color="red">{t('sup.overdue')}</Tag> : null}
          {f.rectifiedOn ? ` ${f.rectifiedOn}` : ''}
        </span>
      ),
    },
    { title: t('sup.evidence'), dataIndex: 'evidence', width: 200 },
    { title: t('common.actions'), width: 80, render: (_: unknown, f: Finding) => (canWrite ? <Button type="link" size="small" onClick={() => setRectifying(f)}>{t('sup.rectify')}</Button> : null) },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="audits-page">
      <Card size="small" title={t('sup.auditsTitle')} extra={hasUnit && canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="audit-add">{t('sup.recordAudit')}</Button> : null}>
        <Typography.Paragraph type="secondary">{t('sup.auditsIntro')}</Typography.Paragraph>
        {hasUnit ? null : <Alert type="info" showIcon title={t('sup.chooseUnit')} style={{ marginBottom: 16 }} />}
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
        <Space style={{ marginBottom: 16 }}>
          <Switch checked={overdue} onChange={setOverdue} aria-label={t('sup.overdueOnly')} data-testid="audits-overdue-only" />
          <span>{t('sup.overdueOnly')}</span>
          {d?.overdueFindings ? <Tag color="red" data-testid="audits-overdue-count">{t('sup.overdueN', { n: d.overdueFindings })}</Tag> : null}
        </Space>
        <Table<EconomicAudit>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={d?.items ?? []}
          pagination={{ pageSize: 20, showTotal: (n) => t('common.totalN', { n }) }}
          expandable={{
            expandedRowRender: (a) => <Table<Finding> rowKey="id" size="small" pagination={false} dataSource={a.findings} columns={findingColumns} data-testid={`findings-${a.id}`} />,
            rowExpandable: (a) => a.findings.length > 0,
            expandedRowKeys: (d?.items ?? []).filter((a) => a.findings.length && !folded.has(a.id)).map((a) => a.id),
            onExpand: (open, a) =>
              setFolded((f) => {
                const n = new Set(f);
                if (open) n.delete(a.id);
                else n.add(a.id);
                return n;
              }),
          }}
          data-testid="audits-table"
          columns={[
            { title: t('sup.audited'), render: (_, a) => `${a.workerName}（${a.communityName}）` },
            { title: t('sup.position'), dataIndex: 'position', width: 120, render: (p: string) => label(p) },
            { title: t('sup.auditKind'), dataIndex: 'kind', width: 90, render: (k: string) => <Tag>{label(k)}</Tag> },
            { title: t('sup.auditPeriod'), width: 200, render: (_, a) => `${a.periodFrom} ~ ${a.periodTo}` },
            { title: t('sup.auditBody'), dataIndex: 'auditBody', width: 140 },
            { title: t('sup.reportedOn'), dataIndex: 'reportedOn', width: 110 },
            { title: t('sup.findings'), width: 90, render: (_, a) => a.findings.length },
          ]}
        />
      </Card>
      <Card size="small" title={t('sup.departures')}>
        <Typography.Paragraph type="secondary">{t('sup.departuresIntro')}</Typography.Paragraph>
        <Table<DepartureWithoutAudit>
          rowKey={(r) => `${r.workerId}-${r.position}-${r.leftOn}`}
          size="small"
          pagination={false}
          dataSource={d?.departuresWithoutAudit ?? []}
          locale={{ emptyText: t('sup.noDepartures') }}
          data-testid="departures-table"
          columns={[
            { title: t('sup.worker'), dataIndex: 'name', width: 120 },
            { title: t('sup.community'), dataIndex: 'communityName' },
            { title: t('sup.position'), dataIndex: 'position', width: 140, render: (p: string) => label(p) },
            { title: t('sup.leftOn'), dataIndex: 'leftOn', width: 120 },
            { title: t('sup.how'), dataIndex: 'how', width: 180, render: (h: DepartureWithoutAudit['how']) => t(`sup.how.${h}`) },
          ]}
        />
      </Card>
      {hasUnit ? <AuditFormModal org={orgCode} open={adding} onClose={() => setAdding(false)} /> : null}
      <RectifyModal key={rectifying?.id ?? 0} finding={rectifying} onClose={() => setRectifying(null)} />
    </Space>
  );
}
