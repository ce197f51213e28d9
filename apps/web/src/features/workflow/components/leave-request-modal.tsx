import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { leaveInput } from '@cwp/contracts/workflow.contract';
import { LEAVE_TYPES } from '@cwp/domain/leave';
import { toIsoDate } from '../../../lib/dates.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { apiFieldsToFields, clearChangedErrors, zodIssuesToFields, type FieldErrorEntry } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRequestLeave } from '../api/request-leave.ts';
import { LeaveDaysHint } from './leave-days-hint.tsx';
import { useWorkflowText } from './workflow-text.tsx';

const FIELDS = ['workerId', 'leaveType', 'startDate', 'endDate', 'reason'] as const;
/** The start and end dates are one range control: their errors go under it together. */
function onRange(fields: FieldErrorEntry[]) {
  const byName = new Map<string, string[]>();
  for (const f of fields) {
    const name = f.name[0] === 'startDate' || f.name[0] === 'endDate' ? 'dates' : String(f.name[0]);
    byName.set(name, [...new Set([...(byName.get(name) ?? []), ...f.errors])]);
  }
  return [...byName].map(([name, errors]) => ({ name, errors }));
}

interface Props {
  org: string;
  open: boolean;
  onClose: () => void;
}

/** 代为请假 (A9.2): the community or street asks for leave on a worker's behalf; it goes through the same approval. */
export function LeaveRequestModal({ org, open, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useWorkflowText();
  const [form] = Form.useForm();
  const request = useRequestLeave();
  const [general, setGeneral] = useState<string[]>([]);
  const workerId = Form.useWatch('workerId', form) as number | undefined;
  const leaveType = Form.useWatch('leaveType', form) as string | undefined;
  const range = (Form.useWatch('dates', form) ?? []) as Dayjs[];

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const dates = (v.dates ?? []) as Dayjs[];
    const r = leaveInput.safeParse({ workerId: v.workerId, leaveType: v.leaveType, startDate: toIsoDate(dates[0]) ?? undefined, endDate: toIsoDate(dates[1]) ?? undefined, reason: v.reason ?? '' });
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(onRange(m.fields));
      return setGeneral(m.general);
    }
    try {
      await request.mutateAsync(r.data);
      message.success(t('daily.requestedDone'));
      form.resetFields();
      close();
    } catch (err) {
      if (!(err instanceof ApiError) || !err.fields.length) return setGeneral([errorText(err)]);
      const m = apiFieldsToFields(err, tm, FIELDS);
      form.setFields(onRange(m.fields));
      setGeneral(m.general);
    }
  };

  return (
    <Modal open={open} title={t('daily.requestForWorker')} onCancel={close} onOk={submit} okText={t('daily.requestOk')} confirmLoading={request.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('daily.requestForWorkerHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="leave-request-form">
        <Form.Item name="workerId" label={t('daily.worker')} required>
          <WorkerSelect org={org} data-testid="leave-worker" />
        </Form.Item>
        <Form.Item name="leaveType" label={t('daily.leaveType')} required>
          <Select options={LEAVE_TYPES.map((v) => ({ value: v, label: text.leaveType(v) }))} placeholder={t('form.choose')} data-testid="leave-type" />
        </Form.Item>
        <Form.Item name="dates" label={t('daily.leaveDates')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="leave-dates" />
        </Form.Item>
        <LeaveDaysHint workerId={workerId} leaveType={leaveType} startDate={toIsoDate(range[0])} endDate={toIsoDate(range[1])} />
        <Form.Item name="reason" label={t('daily.reason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('daily.reasonHint')} data-testid="leave-reason" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
