import { useEffect } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AuditFilter } from '@cwp/contracts/audit.contract';
import { auditExportUrl, useAuditList } from '../features/audit/api/list-audit.ts';
import { AuditTable } from '../features/audit/components/audit-table.tsx';
import { fromIsoDate, toIsoDate } from '../lib/dates.ts';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

interface FilterValues {
  action?: string;
  actor?: string;
  object?: string;
  outcome?: AuditFilter['outcome'];
  ip?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const TEXT_KEYS = ['action', 'actor', 'object', 'ip'] as const;

/** 审计日志 for the audit administrator: search by every field the record has, export exactly that search. */
export default function AuditPage() {
  const { t, errorText } = useI18n();
  const [params, setParam] = useListParams({ paged: true });
  const [form] = Form.useForm<FilterValues>();
  const outcome = params.get('outcome');
  const filter: AuditFilter = {
    action: params.get('action') ?? undefined,
    actor: params.get('actor') ?? undefined,
    object: params.get('object') ?? undefined,
    outcome: outcome === 'success' || outcome === 'failure' ? outcome : undefined,
    ip: params.get('ip') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 50) || 50;
  const list = useAuditList({ ...filter, page, pageSize });

  // The form shows what the URL says (a shared link or the back button); keyed on the URL text only.
  const urlKey = params.toString();
  useEffect(() => {
    form.setFieldsValue({
      action: filter.action,
      actor: filter.actor,
      object: filter.object,
      outcome: filter.outcome,
      ip: filter.ip,
      range: filter.from || filter.to ? [fromIsoDate(filter.from), fromIsoDate(filter.to)] : null,
    });
  }, [urlKey]);

  const apply = (v: FilterValues) => {
    const changes: Record<string, string | undefined> = {};
    for (const k of TEXT_KEYS) changes[k] = v[k]?.trim() || undefined;
    changes.outcome = v.outcome;
    changes.from = toIsoDate(v.range?.[0]) ?? undefined;
    changes.to = toIsoDate(v.range?.[1]) ?? undefined;
    setParam(changes);
  };
  const reset = () => {
    form.resetFields();
    setParam({ action: undefined, actor: undefined, object: undefined, outcome: undefined, ip: undefined, from: undefined, to: undefined });
  };

  return (
    <Card
      title={t('menu.audit')}
      extra={
        <Tooltip title={t('audit.exportHint')}>
          <Button icon={<DownloadOutlined />} href={auditExportUrl(filter)} download disabled={!list.data?.total} data-testid="audit-export">
            {t('audit.export')}
          </Button>
        </Tooltip>
      }
    >
      <Form<FilterValues> form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Input allowClear placeholder="worker_reveal" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="object" label={t('audit.objectFilter')}>
          <Input allowClear placeholder={t('audit.objectPlaceholder')} style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('audit.outcome')}>
          <Select
            allowClear
            placeholder={t('audit.anyOutcome')}
            style={{ width: 120 }}
            options={[
              { value: 'success', label: t('audit.success') },
              { value: 'failure', label: t('audit.failure') },
            ]}
          />
        </Form.Item>
        <Form.Item name="ip" label={t('audit.ip')}>
          <Input allowClear placeholder={t('audit.ipPlaceholder')} style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button onClick={reset}>{t('audit.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <AuditTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onPageChange={(p, size) => setParam({ page: size !== pageSize ? undefined : String(p), pageSize: String(size) })}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('audit.chainNote')}
      </Typography.Paragraph>
    </Card>
  );
}
