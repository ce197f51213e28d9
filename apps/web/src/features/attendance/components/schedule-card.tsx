import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, InputNumber, Modal, Table, TimePicker, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { scheduleInput, type ScheduleRow } from '@cwp/contracts/attendance.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useSchedules, useSetSchedule } from '../api/schedules.ts';

const FIELDS = ['workStart', 'workEnd', 'graceMinutes', 'workdays', 'effectiveFrom'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function useDaysText() {
  const { t } = useI18n();
  return (days: number[]) => days.map((d) => t(`att.weekday.${d}` as MessageKey)).join('、');
}

/** The schedules around the header's unit: the one in force (for a community), the history, and setting a new one. */
export function ScheduleCard({ org }: { org: string }) {
  const { t, errorText } = useI18n();
  const daysText = useDaysText();
  const view = useSchedules(org);
  const [open, setOpen] = useState(false);
  const f = view.data?.inForce;
  return (
    <Card
      size="small"
      title={t('att.schedulesTitle')}
      extra={
        view.data?.canEdit ? (
          <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="schedule-set">
            {t('att.setSchedule')}
          </Button>
        ) : null
      }
      data-testid="schedule-card"
    >
      {view.isError ? <Alert type="error" showIcon title={errorText(view.error)} /> : null}
      {org.length === 12 && view.data ? (
        <Typography.Paragraph data-testid="schedule-in-force">
          {f ? t('att.inForce', { start: f.workStart, end: f.workEnd, grace: f.graceMinutes, days: daysText(f.workdays), source: `${f.orgName} ${f.effectiveFrom}` }) : t('att.inForceDefault')}
        </Typography.Paragraph>
      ) : null}
      <Table<ScheduleRow>
        size="small"
        rowKey="id"
        loading={view.isFetching}
        dataSource={view.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('att.scheduleUnit'), dataIndex: 'orgName' },
          { title: t('att.effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: t('att.workStart'), dataIndex: 'workStart' },
          { title: t('att.workEnd'), dataIndex: 'workEnd' },
          { title: t('att.grace'), dataIndex: 'graceMinutes' },
          { title: t('att.workdays'), render: (_, r) => daysText(r.workdays) },
          { title: t('att.setBy'), dataIndex: 'createdByName' },
        ]}
      />
      <ScheduleModal org={org} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function ScheduleModal({ org, open, onClose }: { org: string; open: boolean; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSetSchedule();
  const [general, setGeneral] = useState<string[]>([]);
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const hm = (d: Dayjs | undefined) => (d ? d.format('HH:mm') : undefined);
    const input = { orgCode: org, workStart: hm(v.workStart), workEnd: hm(v.workEnd), graceMinutes: v.graceMinutes, workdays: v.workdays ?? [], effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined };
    const r = validateInto(form, scheduleInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('att.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  return (
    <Modal open={open} title={t('att.setSchedule')} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} destroyOnHidden width={560}>
      <Typography.Paragraph type="secondary">{t('att.scheduleHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(c) => clearChangedErrors(form, c)}
        initialValues={{ workStart: dayjs('09:00', 'HH:mm'), workEnd: dayjs('17:00', 'HH:mm'), graceMinutes: 5, workdays: [1, 2, 3, 4, 5], effectiveFrom: dayjs().add(1, 'day') }}
        data-testid="schedule-form"
      >
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="workStart" label={t('att.workStart')} required style={{ flex: 1 }}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="workEnd" label={t('att.workEnd')} required style={{ flex: 1 }}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="graceMinutes" label={t('att.grace')} required style={{ flex: 1 }}>
            <InputNumber min={0} max={120} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="workdays" label={t('att.workdays')} required>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`att.weekday.${d}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('att.effectiveFrom')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
