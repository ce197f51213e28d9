import { useState } from 'react';
import { Alert, Button, Card, Segmented, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Placement } from '@cwp/contracts/employment.contract';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { usePlacementList } from '../features/employment/api/placement-list.ts';
import { useEmploymentText } from '../features/employment/components/employment-text.tsx';
import { PlacementModal } from '../features/employment/components/placement-modal.tsx';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages-zh.ts';

type Filter = Placement['standing'] | 'all';
const FILTERS: Filter[] = ['active', 'upcoming', 'ended', 'all'];

/** 挂职锻炼 (A3.4): officials seconded to communities and new civil servants training there, per community. */
export default function DailyPlacementsPage() {
  const { t, errorText } = useI18n();
  const text = useEmploymentText();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const filter = (FILTERS as string[]).includes(params.get('standing') ?? '') ? (params.get('standing') as Filter) : 'active';
  const list = usePlacementList({ org: orgCode, standing: filter === 'all' ? undefined : filter });
  const [editing, setEditing] = useState<Placement | null>(null);
  const [adding, setAdding] = useState(false);
  const hasUnit = orgCode.length >= 2;
  const canWrite = me.scope.code.length <= 9;

  return (
    <Card
      size="small"
      title={t('employment.placementsTitle')}
      extra={
        hasUnit && canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="placement-add">
            {t('employment.addPlacement')}
          </Button>
        ) : null
      }
      data-testid="placements-page"
    >
      <Typography.Paragraph type="secondary">{t('employment.placementsIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('employment.chooseUnit')} style={{ marginBottom: 16 }} />}
      <Segmented<Filter> value={filter} onChange={(v) => setParam({ standing: v === 'active' ? undefined : v })} options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('employment.all') : t(`employment.placement.${f}` as MessageKey) }))} style={{ marginBottom: 16 }} />
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Placement>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data ?? []) : []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('employment.emptyPlacements') }}
        data-testid="placements-table"
        columns={[
          { title: t('employment.community'), dataIndex: 'communityName', width: 160 },
          { title: t('employment.personName'), dataIndex: 'personName', width: 90 },
          { title: t('employment.placementKind'), dataIndex: 'kind', width: 170 },
          { title: t('employment.sourceUnit'), dataIndex: 'sourceUnit', width: 200 },
          { title: t('employment.period'), key: 'period', width: 200, render: (_: unknown, r) => `${r.startDate} — ${r.endDate}` },
          { title: t('employment.tasks'), dataIndex: 'tasks' },
          { title: t('employment.standing'), dataIndex: 'standing', width: 90, render: (s: Placement['standing']) => text.placementTag(s) },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'act',
                  width: 120,
                  render: (_: unknown, r: Placement) => (
                    <Button size="small" type="link" onClick={() => setEditing(r)}>
                      {t('employment.changeEnd')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PlacementModal
        open={adding || editing !== null}
        editing={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        communityPicker={<OrgTreeSelect rootCode={orgCode} selectableLevels={['community']} leafLevel="community" hideRoot allowClear style={{ width: '100%' }} data-testid="placement-community" />}
      />
    </Card>
  );
}
