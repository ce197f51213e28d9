import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Radio } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { leaveInput } from '@cwp/contracts/workflow.contract';
import { LEAVE_TYPES } from '@cwp/domain/leave';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRequestLeave } from '../api/request-leave.ts';
import { LeaveDaysHint } from './leave-days-hint.tsx';
import { useWorkflowText } from './workflow-text.tsx';

const FIELDS = ['leaveType', 'startDate', 'endDate', 'reason'] as const;
// At least 44 px for a thumb; English names (Bereavement leave) may take two lines.
const BIG = { minHeight: 44, height: 'auto', lineHeight: '20px', padding: '11px 8px', textAlign: 'center' as const, borderRadius: 8 };

/** The worker asks for their own leave from the phone: type, first and last day, reason. */
export function OwnLeaveForm({ workerId }: { workerId: number }) {
  const { t, tm, errorText, lang } = useI18n();
  const { message } = App.useApp();
  const text = useWorkflowText();
  const [form] = Form.useForm();
  const request = useRequestLeave();
  const [general, setGeneral] = useState<string[]>([]);
  const leaveType = Form.useWatch('leaveType', form) as string | undefined;
  const start = toIsoDate(Form.useWatch('startDate', form) as Dayjs | undefined);
  const end = toIsoDate(Form.useWatch('endDate', form) as Dayjs | undefined);

  const onValuesChange = (changed: Record<string, unknown>) => {
    clearChangedErrors(form, changed);
    // One-day leave is the common case: the last day follows the first until the worker changes it.
    const first = changed.startDate as Dayjs | null | undefined;
    const last = form.getFieldValue('endDate') as Dayjs | null | undefined;
    if (first && (!last || last.isBefore(first, 'day'))) form.setFieldValue('endDate', first);
  };

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId, leaveType: v.leaveType, startDate: toIsoDate(v.startDate) ?? undefined, endDate: toIsoDate(v.endDate) ?? undefined, reason: v.reason ?? '' };
    const r = validateInto(form, leaveInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await request.mutateAsync(r.data);
      message.success(t('daily.myRequested'));
      form.resetFields();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Card title={t('daily.myRequest')} styles={{ body: { paddingBottom: 16 } }}>
      <Form form={form} layout="vertical" size="large" onValuesChange={onValuesChange} data-testid="own-leave-form">
        <Form.Item name="leaveType" label={t('daily.leaveType')} required>
          {/* Separate big buttons rather than a dropdown: easier to hit with a thumb. */}
          <Radio.Group style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${lang === 'en' ? 140 : 96}px, 1fr))`, gap: 8 }} data-testid="own-leave-type">
            {LEAVE_TYPES.map((v) => (
              <Radio.Button key={v} value={v} style={BIG}>
                {text.leaveType(v)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="startDate" label={t('daily.startDate')} required style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} placeholder={t('daily.pickDate')} data-testid="own-leave-start" />
          </Form.Item>
          <Form.Item name="endDate" label={t('daily.endDate')} required style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} placeholder={t('daily.pickDate')} data-testid="own-leave-end" />
          </Form.Item>
        </div>
        <LeaveDaysHint workerId={workerId} leaveType={leaveType} startDate={start} endDate={end} />
        <Form.Item name="reason" label={t('daily.reason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('daily.reasonHint')} style={{ fontSize: 16 }} data-testid="own-leave-reason" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" block icon={<SendOutlined />} onClick={submit} loading={request.isPending} style={{ height: 48, fontSize: 16 }} data-testid="own-leave-submit">
          {t('daily.mySubmit')}
        </Button>
      </Form>
    </Card>
  );
}
