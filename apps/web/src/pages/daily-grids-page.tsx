import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { CloseOutlined, HistoryOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Grid } from '@cwp/contracts/work-logs.contract';
import { useEndAssignment } from '../features/work-logs/api/end-assignment.ts';
import { useGrids } from '../features/work-logs/api/list-grids.ts';
import { AssignModal, GridFormModal, GridHistoryModal } from '../features/work-logs/components/grid-modals.tsx';
import { useWorkLogText } from '../features/work-logs/components/work-log-text.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { todayIso } from '@cwp/domain/dates';

/**
 * 网格管理 (A9.1): the grids under the header's unit with who serves each (网格长 first), households per
 * worker as workload, and the workers of the unit serving no grid. New grids are made in a community.
 */
export default function DailyGridsPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const { orgCode } = useCurrentOrg();
  const list = useGrids(orgCode);
  const end = useEndAssignment();
  const [editing, setEditing] = useState<{ grid: Grid | null } | null>(null);
  const [assigning, setAssigning] = useState<Grid | null>(null);
  const [history, setHistory] = useState<Grid | null>(null);
  const isCommunity = orgCode.length === 12;
  const today = todayIso();

  const endOne = (assignmentId: number) =>
    end.mutate({ assignmentId, endedOn: today }, { onSuccess: () => void message.success(t('common.saved')), onError: (err) => void message.error(errorText(err)) });

  const unassigned = list.data?.unassigned ?? [];
  return (
    <Card
      size="small"
      title={t('wl.gridsTitle')}
      extra={isCommunity ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ grid: null })} data-testid="wl-grid-new">{t('wl.newGrid')}</Button> : null}
      data-testid="wl-grids-page"
    >
      <Typography.Paragraph type="secondary">{t('wl.gridsIntro')}</Typography.Paragraph>
      {orgCode.length < 9 ? <Alert type="info" showIcon title={t('wl.chooseStreetOrCommunity')} style={{ marginBottom: 16 }} /> : null}
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      {unassigned.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="wl-unassigned"
          title={t('wl.unassigned', { n: unassigned.length })}
          description={unassigned.map((w) => `${w.name}（${w.communityName}）`).join('、')}
        />
      ) : null}
      <Table<Grid>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={orgCode.length >= 9 ? (list.data?.grids ?? []) : []}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="wl-grids-table"
        columns={[
          ...(isCommunity ? [] : [{ title: t('wl.community'), dataIndex: 'communityName' }]),
          { title: t('wl.gridNumber'), dataIndex: 'number', width: 80 },
          { title: t('wl.gridName'), key: 'name', render: (_: unknown, g: Grid) => <Space orientation="vertical" size={0}><span>{g.name}</span>{g.buildings ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{g.buildings}</Typography.Text> : null}</Space> },
          { title: t('wl.households'), dataIndex: 'households', align: 'right' as const },
          {
            title: t('wl.members'),
            key: 'members',
            render: (_: unknown, g: Grid) => (
              <Space wrap size={4}>
                {g.members.length === 0 ? <Tag color="red">{t('wl.nobody')}</Tag> : null}
                {g.members.map((m) => (
                  <Tag key={m.assignmentId} color={m.role === '网格长' ? 'blue' : undefined}>
                    {m.name} · {name(m.role)}
                    <Popconfirm title={t('wl.endAssignment', { name: m.name })} onConfirm={() => endOne(m.assignmentId)}>
                      <CloseOutlined style={{ marginLeft: 4, fontSize: 10 }} aria-label={t('wl.endAssignmentShort')} />
                    </Popconfirm>
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('wl.householdsPerWorker'), dataIndex: 'householdsPerWorker', align: 'right' as const, render: (v: number | null) => v ?? '—' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, g: Grid) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<UserAddOutlined />} onClick={() => setAssigning(g)} data-testid={`wl-assign-${g.number}`}>{t('wl.assign')}</Button>
                <Button size="small" type="link" onClick={() => setEditing({ grid: g })}>{t('wl.edit')}</Button>
                <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setHistory(g)}>{t('wl.history')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <GridFormModal open={editing !== null} community={orgCode} grid={editing?.grid ?? null} onClose={() => setEditing(null)} />
      <AssignModal grid={assigning} onClose={() => setAssigning(null)} />
      <GridHistoryModal grid={history} onClose={() => setHistory(null)} />
    </Card>
  );
}
