import { useMemo } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { ListWorkersQuery } from '@cwp/contracts/workers.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useWorkerList } from '../features/workers/api/list-workers.ts';
import { ROSTER_FILTER_KEYS, RosterFilterBar, type RosterFilters } from '../features/workers/components/roster-filters.tsx';
import { RosterExportButton } from '../features/workers/components/roster-export-button.tsx';
import { RosterTable } from '../features/workers/components/roster-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const DEFAULT_PAGE_SIZE = 20;

export default function RosterPage() {
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { orgCode, scopeName } = useCurrentOrg();
  const org = useOrgUnit(orgCode || undefined);

  const filters = useMemo<RosterFilters>(() => {
    const f: RosterFilters = {};
    for (const k of ROSTER_FILTER_KEYS) {
      const v = params.get(k);
      if (v) f[k] = v;
    }
    return f;
  }, [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE);

  // Filter values come from the URL as plain strings; the API validates them against the same enums.
  const query = { ...filters, org: orgCode, page, pageSize } as ListWorkersQuery;
  const list = useWorkerList(query, me.role !== 'worker');

  if (me.role === 'worker') return <Navigate to={me.workerId ? `/workers/${me.workerId}` : '/'} replace />;

  const setFilters = (next: RosterFilters) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) sp.set(k, v);
    if (pageSize !== DEFAULT_PAGE_SIZE) sp.set('pageSize', String(pageSize));
    setParams(sp);
  };
  const setPage = (p: number, size: number) => {
    const sp = new URLSearchParams(params);
    sp.delete('org');
    sp.set('page', String(size !== pageSize ? 1 : p));
    sp.set('pageSize', String(size));
    setParams(sp);
  };

  const orgName = orgCode ? (org.data?.name ?? orgCode) : scopeName || t('org.national');
  const { page: _p, pageSize: _s, ...exportQuery } = query;

  return (
    <Card
      title={
        <Space>
          <span>{t('menu.roster')}</span>
          <Typography.Text type="secondary" data-testid="roster-org">
            {orgName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {hasPermission(me, 'workers:export') ? (
            <RosterExportButton query={exportQuery} canReveal={hasPermission(me, 'workers:reveal')} />
          ) : null}
          {hasPermission(me, 'workers:import') ? (
            <Button icon={<ImportOutlined />} onClick={() => navigate('/workers/import')}>
              {t('menu.import')}
            </Button>
          ) : null}
          {hasPermission(me, 'workers:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/workers/new')}>
              {t('workers.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <div style={{ marginBottom: 16 }}>
        <RosterFilterBar value={filters} onChange={setFilters} />
      </div>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <RosterTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onPageChange={setPage}
      />
    </Card>
  );
}
