import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { TRAINING_RESULTS, type Enrolment, type Programme } from '@cwp/contracts/training.contract';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnrolments, useRecordAttendance } from '../api/programmes.ts';
import { AttendanceImport } from './attendance-import.tsx';
import { useTrainingText } from './training-text.tsx';

type Result = (typeof TRAINING_RESULTS)[number];
interface Entry {
  attended: boolean | null;
  hours: number | null;
  onlineHours: number | null;
  result: Result | null;
}
type Row = Enrolment & { entry: Entry };

const entryOf = (e: Enrolment): Entry => ({ attended: e.attended, hours: e.hours, onlineHours: e.onlineHours, result: e.result });
const same = (a: Entry, b: Entry) => a.attended === b.attended && a.hours === b.hours && a.onlineHours === b.onlineHours && a.result === b.result;

interface Props {
  programme: Programme;
  /** training:write: anyone who sees the programme records attendance for the workers in their own scope. */
  canWrite: boolean;
}

/**
 * Enrolled workers with their attendance, hours and result (A8.1). Edits stay on the page until saved in one
 * PUT, so a clerk can work through a sign-in sheet by hand; "all attended" covers the usual case in one click.
 */
export function AttendanceTable({ programme, canWrite }: Props) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const et = useEnumText();
  const text = useTrainingText();
  const list = useEnrolments(programme.id);
  const save = useRecordAttendance(programme.id);
  const [edits, setEdits] = useState<Map<number, Entry>>(new Map());
  const [filter, setFilter] = useState('');

  const rows = useMemo<Row[]>(() => (list.data ?? []).map((e) => ({ ...e, entry: edits.get(e.workerId) ?? entryOf(e) })), [list.data, edits]);
  const shown = useMemo(() => (filter ? rows.filter((r) => r.name.includes(filter.trim())) : rows), [rows, filter]);
  const changed = rows.filter((r) => !same(r.entry, entryOf(r)) && r.entry.attended !== null);

  const edit = (workerId: number, patch: Partial<Entry>) =>
    setEdits((prev) => {
      const row = rows.find((r) => r.workerId === workerId);
      if (!row) return prev;
      const next = new Map(prev);
      next.set(workerId, { ...row.entry, ...patch });
      return next;
    });

  const allPassed = () => setEdits(new Map(rows.map((r) => [r.workerId, { ...r.entry, attended: true, result: '合格' }])));

  const submit = () =>
    save.mutate(
      { items: changed.map((r) => ({ workerId: r.workerId, ...r.entry, attended: r.entry.attended! })) },
      {
        onSuccess: (res) => {
          setEdits(new Map());
          message.success(t('training.attendanceSaved', { n: res.written }));
        },
      },
    );

  const hoursInput = (r: Row, field: 'hours' | 'onlineHours') =>
    canWrite ? (
      <InputNumber
        size="small"
        min={0}
        max={1000}
        step={1}
        value={r.entry[field]}
        placeholder={field === 'hours' ? t('training.hoursDefault', { n: programme.hours }) : undefined}
        onChange={(v) => edit(r.workerId, { [field]: v ?? null })}
        style={{ width: 100 }}
        aria-label={`${r.name} ${field === 'hours' ? t('training.workerHours') : t('training.onlineHours')}`}
      />
    ) : (
      (r.entry[field] ?? '')
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="attendance">
      {canWrite ? (
        <>
          <Space wrap>
            <Tooltip title={t('training.allPassedHint')}>
              <Button icon={<CheckOutlined />} onClick={allPassed} disabled={!rows.length} data-testid="attendance-all-passed">
                {t('training.allPassed')}
              </Button>
            </Tooltip>
            <Button type="primary" icon={<SaveOutlined />} onClick={submit} disabled={!changed.length} loading={save.isPending} data-testid="attendance-save">
              {t('training.saveAttendance')}
            </Button>
            {changed.length ? <Typography.Text type="warning">{t('training.unsaved', { n: changed.length })}</Typography.Text> : null}
          </Space>
          <AttendanceImport programmeId={programme.id} />
        </>
      ) : null}
      {save.isError ? <Alert type="error" showIcon title={errorText(save.error)} /> : null}
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Input.Search allowClear placeholder={t('training.filterName')} aria-label={t('training.filterName')} onSearch={setFilter} style={{ width: 240 }} />
      <Table<Row>
        size="small"
        rowKey="workerId"
        loading={list.isFetching}
        dataSource={shown}
        locale={{ emptyText: t('training.noEnrolments') }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200], showTotal: (n) => t('common.totalN', { n }) }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('training.workerName'), dataIndex: 'name', fixed: 'left', width: 100 },
          { title: t('training.community'), dataIndex: 'communityName', width: 180 },
          {
            title: t('training.positions'),
            dataIndex: 'positions',
            width: 200,
            render: (ps: string[]) => (
              <Space size={[0, 4]} wrap>
                {ps.map((p) => (
                  <Tag key={p}>{et(p)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('training.attended'),
            key: 'attended',
            width: 120,
            render: (_: unknown, r) =>
              canWrite ? (
                <Select<'yes' | 'no'>
                  size="small"
                  value={r.entry.attended === null ? undefined : r.entry.attended ? 'yes' : 'no'}
                  placeholder={t('training.notRecorded')}
                  onChange={(v) => edit(r.workerId, { attended: v === 'yes' })}
                  options={[
                    { value: 'yes', label: t('training.attendedYes') },
                    { value: 'no', label: t('training.attendedNo') },
                  ]}
                  style={{ width: 100 }}
                  aria-label={`${r.name} ${t('training.attended')}`}
                />
              ) : r.entry.attended === null ? (
                <Typography.Text type="secondary">{t('training.notRecorded')}</Typography.Text>
              ) : r.entry.attended ? (
                t('training.attendedYes')
              ) : (
                t('training.attendedNo')
              ),
          },
          { title: t('training.workerHours'), key: 'hours', width: 120, render: (_: unknown, r) => hoursInput(r, 'hours') },
          { title: t('training.onlineHours'), key: 'onlineHours', width: 120, render: (_: unknown, r) => hoursInput(r, 'onlineHours') },
          {
            title: t('training.result'),
            key: 'result',
            width: 120,
            render: (_: unknown, r) =>
              canWrite ? (
                <Select<Result>
                  size="small"
                  allowClear
                  value={r.entry.result ?? undefined}
                  onChange={(v) => edit(r.workerId, { result: v ?? null })}
                  options={TRAINING_RESULTS.map((v) => ({ value: v, label: text.result(v) }))}
                  style={{ width: 100 }}
                  aria-label={`${r.name} ${t('training.result')}`}
                />
              ) : (
                text.result(r.entry.result)
              ),
          },
          {
            title: t('training.completed'),
            dataIndex: 'completed',
            width: 100,
            render: (done: boolean) => (done ? <Tag color="green">{t('training.completedYes')}</Tag> : <Tag>{t('training.completedNo')}</Tag>),
          },
        ]}
      />
    </Space>
  );
}
