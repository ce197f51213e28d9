import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useAuditList, type AuditListQuery } from '../features/audit/api/list-audit.ts';
import { AuditTable } from '../features/audit/components/audit-table.tsx';
import { toIsoDate } from '../lib/dates.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

interface FilterValues {
  action?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export default function AuditPage() {
  const { t, errorText } = useI18n();
  const [query, setQuery] = useState<AuditListQuery>({ page: 1, pageSize: 50 });
  const list = useAuditList(query);

  const apply = (v: FilterValues) =>
    setQuery({
      action: v.action?.trim() || undefined,
      actor: v.actor?.trim() || undefined,
      from: toIsoDate(v.range?.[0]) ?? undefined,
      to: toIsoDate(v.range?.[1]) ?? undefined,
      page: 1,
      pageSize: query.pageSize,
    });

  return (
    <Card title={t('menu.audit')}>
      <Form<FilterValues> layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="action" label={t('audit.action')}>
          <Input allowClear placeholder="worker.reveal" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <AuditTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={query.page}
        pageSize={query.pageSize}
        loading={list.isFetching}
        onPageChange={(page, pageSize) => setQuery({ ...query, page: pageSize !== query.pageSize ? 1 : page, pageSize })}
      />
    </Card>
  );
}
