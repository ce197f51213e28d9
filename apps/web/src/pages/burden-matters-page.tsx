import { useState } from 'react';
import { Alert, Button, Card, Empty, Popover, Segmented, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Matter, MatterRequest } from '@cwp/contracts/burden.contract';
import { FORBIDDEN_AREAS, MATTER_KINDS, type MatterKind } from '@cwp/domain/burden';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useMatterHistory, useMatterRequests, useMatters } from '../features/burden/api/matters.ts';
import { MatterFormModal } from '../features/burden/components/matter-form-modal.tsx';
import { MatterKindTag } from '../features/burden/components/matter-kind-tag.tsx';
import { RequestStanding } from '../features/workflow/components/workflow-text.tsx';
import { formatDateTime } from '../lib/dates.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

function History({ id }: { id: number }) {
  const q = useMatterHistory(id);
  return (
    <Timeline
      style={{ maxWidth: 360, marginTop: 8 }}
      items={(q.data ?? []).map((v) => ({ key: v.version, content: `v${v.version} ${formatDateTime(v.createdAt)} ${v.changedByName}：${v.reason}` }))}
    />
  );
}

/** 事项准入清单 (A17.1): the list owner maintains it; a department sees what applies and asks to add matters. */
export default function BurdenMattersPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const [kind, setKind] = useState<MatterKind | 'all'>('all');
  const [all, setAll] = useState(false);
  const [form, setForm] = useState<{ mode: 'add' | 'edit' | 'request'; matter: Matter | null } | null>(null);
  const list = useMatters({ kind: kind === 'all' ? undefined : kind, all });
  const requests = useMatterRequests();
  const canManage = hasPermission(me, 'burden:manage');
  const canRequest = me.role === 'department' && hasPermission(me, 'burden:assign');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('burden.mattersTitle')}
        extra={
          <Space>
            {canRequest ? (
              <Button icon={<PlusOutlined />} onClick={() => setForm({ mode: 'request', matter: null })} data-testid="matter-request">
                {t('burden.requestMatter')}
              </Button>
            ) : null}
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'add', matter: null })} data-testid="matter-add">
                {t('burden.addMatter')}
              </Button>
            ) : null}
          </Space>
        }
        data-testid="matters-page"
      >
        <Typography.Paragraph type="secondary">{t('burden.mattersIntro')}</Typography.Paragraph>
        <Space wrap size="large" style={{ marginBottom: 16 }}>
          <Segmented<MatterKind | 'all'> value={kind} onChange={setKind} options={[{ value: 'all', label: t('burden.allKinds') }, ...MATTER_KINDS.map((k) => ({ value: k as MatterKind | 'all', label: k }))]} data-testid="matter-kind-filter" />
          <Space>
            <Switch checked={all} onChange={setAll} aria-label={t('burden.showEnded')} />
            <span>{t('burden.showEnded')}</span>
          </Space>
        </Space>
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
        <Table<Matter>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="matters-table"
          columns={[
            { title: t('burden.kind'), dataIndex: 'kind', render: (k: MatterKind) => <MatterKindTag kind={k} /> },
            { title: t('burden.name'), dataIndex: 'name' },
            { title: t('burden.area'), dataIndex: 'area', render: (a: string) => ((FORBIDDEN_AREAS as readonly string[]).includes(a) ? <Tag color="orange">{a}</Tag> : a) },
            { title: t('burden.legalBasis'), dataIndex: 'legalBasis', render: (v: string) => <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
            { title: t('burden.requestingDept'), dataIndex: 'requestingDept' },
            { title: t('burden.approvingBody'), dataIndex: 'approvingBody' },
            { title: t('burden.owner'), dataIndex: 'ownerName' },
            { title: t('burden.effective'), key: 'eff', render: (_: unknown, m) => `${m.effectiveFrom} ~ ${m.effectiveTo ?? t('burden.openEnded')}` },
            { title: '', key: 'state', render: (_: unknown, m) => (m.inForce ? <Tag color="green">{t('burden.inForce')}</Tag> : <Tag>{t('burden.ended')}</Tag>) },
            {
              title: t('burden.version'),
              dataIndex: 'version',
              render: (v: number, m) => (
                <Popover trigger="click" title={t('burden.history')} content={<History id={m.id} />}>
                  <Button type="link" size="small">v{v}</Button>
                </Popover>
              ),
            },
            ...(canManage
              ? [{ title: t('burden.actions'), key: 'act', render: (_: unknown, m: Matter) => (m.editable ? <Button size="small" onClick={() => setForm({ mode: 'edit', matter: m })}>{t('burden.edit')}</Button> : null) }]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('burden.requestsTitle')} data-testid="matter-requests">
        {requests.data && !requests.data.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('burden.noRequests')} /> : null}
        {requests.data?.length ? (
          <Table<MatterRequest>
            size="small"
            rowKey="requestId"
            dataSource={requests.data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('burden.kind'), dataIndex: 'kind', render: (k: MatterKind) => <MatterKindTag kind={k} /> },
              { title: t('burden.name'), dataIndex: 'name' },
              { title: t('burden.area'), dataIndex: 'area' },
              { title: t('burden.requestingDept'), dataIndex: 'requestingDept' },
              { title: t('burden.standing'), key: 'standing', render: (_: unknown, r) => <RequestStanding request={r.request} maxWidth={360} /> },
            ]}
          />
        ) : null}
      </Card>
      <MatterFormModal mode={form?.mode ?? 'add'} matter={form?.matter} open={form !== null} onClose={() => setForm(null)} defaultOwner={me.scope.code} defaultDept={me.displayName} />
    </Space>
  );
}
