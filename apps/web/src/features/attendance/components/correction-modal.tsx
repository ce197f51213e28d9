import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, App, Form, Input, Modal, Radio, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { correctionInput, type AttendanceDay } from '@cwp/contracts/attendance.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRequestCorrection } from '../api/request-correction.ts';

const FIELDS = ['kind', 'clockTime', 'reason'] as const;

/** 补卡 for one day: which punch is missing, when it really was, and why; the community secretary decides. */
export function CorrectionModal({ workerId, day, onClose }: { workerId: number; day: AttendanceDay | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const request = useRequestCorrection();
  const [general, setGeneral] = useState<string[]>([]);
  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!day) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const time = v.clockTime as Dayjs | undefined;
    const r = validateInto(form, correctionInput, { workerId, workDate: day.date, kind: v.kind, clockTime: time ? time.format('HH:mm') : undefined, reason: v.reason ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await request.mutateAsync(r.data);
      message.success(t('att.correctionSent'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  const initialKind = day && !day.checkIn ? 'in' : 'out';
  return (
    <Modal open={!!day} title={day ? t('att.correctionTitle', { date: day.date }) : ''} onCancel={close} onOk={submit} okText={t('att.submit')} cancelText={t('att.cancel')} confirmLoading={request.isPending} destroyOnHidden okButtonProps={{ size: 'large', 'data-testid': 'correction-submit' } as ButtonProps}>
      <Form form={form} layout="vertical" size="large" initialValues={{ kind: initialKind }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="correction-form">
        <Form.Item name="kind" label={t('att.correctionKind')} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'in', label: t('att.checkIn'), disabled: !!day?.checkIn }, { value: 'out', label: t('att.checkOut'), disabled: !!day?.checkOut }]} />
        </Form.Item>
        <Form.Item name="clockTime" label={t('att.correctionTime')} required>
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} data-testid="correction-time" />
        </Form.Item>
        <Form.Item name="reason" label={t('att.correctionReason')} required>
          <Input.TextArea rows={2} maxLength={300} placeholder={t('att.correctionReasonHint')} style={{ fontSize: 16 }} data-testid="correction-reason" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
