import { useState } from 'react';
import { Alert, Drawer, Table, Tag, Typography } from 'antd';
import type { ApiCallItem, ApiKeyItem } from '@cwp/contracts/open-data.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { useKeyCalls } from '../api/key-calls.ts';

/** Every call one key made (A17.4): when, what, the answer, how many rows and from where. */
export function KeyCallsDrawer({ apiKey, onClose }: { apiKey: ApiKeyItem | null; onClose: () => void }) {
  const { t, errorText } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const calls = useKeyCalls(apiKey?.id ?? null, page, pageSize);
  return (
    <Drawer open={apiKey !== null} onClose={onClose} size="large" title={apiKey ? t('openData.callsTitle', { name: apiKey.name }) : ''} destroyOnHidden afterOpenChange={(o) => !o && setPage(1)}>
      {calls.isError ? <Alert type="error" showIcon title={errorText(calls.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<ApiCallItem>
        size="small"
        rowKey="id"
        loading={calls.isFetching}
        dataSource={calls.data?.items ?? []}
        locale={{ emptyText: t('openData.noCalls') }}
        data-testid="open-key-calls"
        pagination={{
          current: page,
          pageSize,
          total: calls.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.totalN', { n }),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t('openData.callAt'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
          {
            title: t('openData.callPath'),
            dataIndex: 'path',
            render: (v: string, c) => (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {c.method} {v}
              </Typography.Text>
            ),
          },
          { title: t('openData.callStatus'), dataIndex: 'status', width: 70, render: (s: number) => <Tag color={s < 300 ? 'green' : s < 500 ? 'orange' : 'red'}>{s}</Tag> },
          { title: t('openData.callRows'), dataIndex: 'rows', width: 80, align: 'right' as const },
          { title: t('openData.callIp'), dataIndex: 'ip', width: 120 },
          { title: t('openData.callMs'), dataIndex: 'durationMs', width: 110, align: 'right' as const },
        ]}
      />
    </Drawer>
  );
}
