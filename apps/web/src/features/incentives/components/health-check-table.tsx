import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Input, Space, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { healthCheckInput } from '@cwp/contracts/incentives.contract';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordHealthChecks, type HealthCheckItem } from '../api/health-checks.ts';

interface Entry {
  scheduledOn: string | null;
  completedOn: string | null;
  institution: string;
}
type Row = HealthCheckItem & { entry: Entry };

const entryOf = (i: HealthCheckItem): Entry => ({ scheduledOn: i.scheduledOn, completedOn: i.completedOn, institution: i.institution });
const same = (a: Entry, b: Entry) => a.scheduledOn === b.scheduledOn && a.completedOn === b.completedOn && a.institution.trim() === b.institution.trim();
// A check cannot be recorded as done in the future (the server refuses it too).
const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

interface Props {
  year: number;
  items: HealthCheckItem[];
  loading: boolean;
  canWrite: boolean;
}

/**
 * Annual health checks (A14.1) of everyone in post. Edits stay on the page until saved: the changed rows go
 * in one PUT. Selecting rows and "schedule" sets one date (and institution) for all of them — the usual case
 * when a street books a hospital for a day.
 */
export function HealthCheckTable({ year, items, loading, canWrite }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const save = useRecordHealthChecks();
  const [edits, setEdits] = useState<Map<number, Entry>>(new Map());
  const [selected, setSelected] = useState<number[]>([]);
  const [bulkDate, setBulkDate] = useState<Dayjs | null>(null);
  const [bulkInstitution, setBulkInstitution] = useState('');
  const [filter, setFilter] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);

  const rows = useMemo<Row[]>(() => items.map((i) => ({ ...i, entry: edits.get(i.workerId) ?? entryOf(i) })), [items, edits]);
  const shown = useMemo(() => (filter ? rows.filter((r) => r.name.includes(filter)) : rows), [rows, filter]);
  const changed = rows.filter((r) => !same(r.entry, entryOf(r)));

  const edit = (ids: number[], patch: (e: Entry) => Partial<Entry>) =>
    setEdits((prev) => {
      const next = new Map(prev);
      for (const r of rows) if (ids.includes(r.workerId)) next.set(r.workerId, { ...r.entry, ...patch(r.entry) });
      return next;
    });

  const scheduleSelected = () => {
    const on = toIsoDate(bulkDate);
    if (!on) return;
    const institution = bulkInstitution.trim();
    edit(selected, () => (institution ? { scheduledOn: on, institution } : { scheduledOn: on }));
  };

  const submit = () => {
    setInvalid([]);
    const r = healthCheckInput.safeParse({ year, items: changed.map((c) => ({ workerId: c.workerId, ...c.entry })) });
    if (!r.success) return setInvalid([...new Set(r.error.issues.map((i) => tm(i.message)))]);
    save.mutate(r.data, {
      onSuccess: (res) => {
        setEdits(new Map());
        setSelected([]);
        message.success(t('care.healthSaved', { n: res.written }));
      },
    });
  };

  const dateCell = (r: Row, field: 'scheduledOn' | 'completedOn') =>
    canWrite ? (
      <DatePicker
        size="small"
        value={fromIsoDate(r.entry[field])}
        disabledDate={field === 'completedOn' ? afterToday : undefined}
        onChange={(d: Dayjs | null) => edit([r.workerId], () => ({ [field]: toIsoDate(d) }))}
        style={{ width: 140 }}
        aria-label={`${r.name} ${field === 'scheduledOn' ? t('care.scheduledOn') : t('care.completedOn')}`}
      />
    ) : (
      (r.entry[field] ?? '—')
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="health-checks">
      {canWrite ? (
        <Space wrap>
          <Typography.Text>{t('care.scheduleSelected', { n: selected.length })}</Typography.Text>
          <DatePicker value={bulkDate} onChange={setBulkDate} placeholder={t('care.scheduleDate')} aria-label={t('care.scheduleDate')} data-testid="health-bulk-date" />
          <Input value={bulkInstitution} onChange={(e) => setBulkInstitution(e.target.value)} maxLength={100} placeholder={t('care.scheduleInstitution')} aria-label={t('care.institution')} style={{ width: 220 }} data-testid="health-bulk-institution" />
          <Button icon={<CalendarOutlined />} onClick={scheduleSelected} disabled={!selected.length || !bulkDate} data-testid="health-bulk-apply">
            {t('care.apply')}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} onClick={submit} disabled={!changed.length} loading={save.isPending} data-testid="health-save">
            {t('common.save')}
          </Button>
          <Button icon={<UndoOutlined />} onClick={() => setEdits(new Map())} disabled={!changed.length}>
            {t('care.discard')}
          </Button>
          {changed.length ? (
            <Typography.Text type="warning" data-testid="health-unsaved">
              {t('care.unsaved', { n: changed.length })}
            </Typography.Text>
          ) : null}
        </Space>
      ) : null}
      {invalid.length ? <Alert type="error" showIcon title={invalid.join('；')} /> : null}
      {save.isError ? <Alert type="error" showIcon title={errorText(save.error)} /> : null}
      <Input.Search allowClear placeholder={t('care.filterName')} aria-label={t('care.filterName')} onSearch={(v) => setFilter(v.trim())} style={{ width: 240 }} />
      <Table<Row>
        size="small"
        rowKey="workerId"
        loading={loading}
        dataSource={shown}
        rowSelection={canWrite ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true } : undefined}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200], showTotal: (n) => t('common.totalN', { n }) }}
        scroll={{ x: 'max-content' }}
        data-testid="health-table"
        columns={[
          { title: t('incentives.name'), dataIndex: 'name', fixed: 'left', width: 100 },
          { title: t('incentives.community'), dataIndex: 'communityName', width: 180 },
          {
            title: t('incentives.status'),
            key: 'status',
            width: 100,
            render: (_: unknown, r) =>
              r.entry.completedOn ? <Tag color="green">{t('care.statusDone')}</Tag> : r.entry.scheduledOn ? <Tag color="blue">{t('care.statusScheduled')}</Tag> : <Tag>{t('care.statusNone')}</Tag>,
          },
          { title: t('care.scheduledOn'), key: 'scheduledOn', width: 160, render: (_: unknown, r) => dateCell(r, 'scheduledOn') },
          { title: t('care.completedOn'), key: 'completedOn', width: 160, render: (_: unknown, r) => dateCell(r, 'completedOn') },
          {
            title: t('care.institution'),
            key: 'institution',
            width: 220,
            render: (_: unknown, r) =>
              canWrite ? (
                <Input
                  size="small"
                  value={r.entry.institution}
                  maxLength={100}
                  onChange={(e) => edit([r.workerId], () => ({ institution: e.target.value }))}
                  aria-label={`${r.name} ${t('care.institution')}`}
                />
              ) : (
                r.entry.institution || '—'
              ),
          },
        ]}
      />
    </Space>
  );
}
