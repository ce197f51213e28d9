import { useState } from 'react';
import { App, Form, Input, Switch } from 'antd';
import { firstInquiryInput } from '@cwp/contracts/work-logs.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordInquiry } from '../api/record-inquiry.ts';
import { DateField, SubmitRow, WorkerField, type EntryFormProps, todayValue } from './entry-form-parts.tsx';

const FIELDS = ['workerId', 'receivedOn', 'inquirerName', 'matter', 'resolution', 'referredTo', 'closedOn'] as const;

/** 首问负责 (A9.1): who first received the inquiry, what it was, and — if settled at once — how. */
export function InquiryForm({ workerId, org, phone, onDone }: EntryFormProps) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useRecordInquiry();
  const [general, setGeneral] = useState<string[]>([]);
  const settled = Form.useWatch('settled', form) as boolean | undefined;
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const receivedOn = toIsoDate(v.receivedOn) ?? undefined;
    const input = { workerId: workerId ?? v.workerId, receivedOn, inquirerName: v.inquirerName || null, matter: v.matter ?? '', resolution: v.resolution ?? '', referredTo: v.referredTo ?? '', closedOn: v.settled ? receivedOn : null };
    const r = validateInto(form, firstInquiryInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('wl.inquirySaved'));
      form.resetFields();
      onDone?.();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  const fontSize = phone ? 16 : undefined;
  return (
    <Form form={form} layout="vertical" size={phone ? 'large' : 'middle'} initialValues={{ receivedOn: todayValue(), settled: false }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="wl-inquiry-form">
      <WorkerField workerId={workerId} org={org} />
      <Form.Item name="matter" label={t('wl.inquiryMatter')} required>
        <Input.TextArea rows={2} maxLength={200} style={{ fontSize }} data-testid="wl-inquiry-matter" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8 }}>
        <Form.Item name="inquirerName" label={t('wl.inquirerName')} style={{ flex: 1 }}>
          <Input maxLength={30} placeholder={t('wl.optional')} style={{ fontSize }} />
        </Form.Item>
        <div style={{ flex: 1 }}>
          <DateField name="receivedOn" label={t('wl.receivedOn')} testId="wl-inquiry-date" />
        </div>
      </div>
      <Form.Item name="settled" label={t('wl.settledNow')} valuePropName="checked">
        <Switch data-testid="wl-inquiry-settled" />
      </Form.Item>
      {settled ? (
        <>
          <Form.Item name="resolution" label={t('wl.resolution')}>
            <Input.TextArea rows={2} maxLength={500} style={{ fontSize }} />
          </Form.Item>
          <Form.Item name="referredTo" label={t('wl.referredTo')}>
            <Input maxLength={100} style={{ fontSize }} />
          </Form.Item>
        </>
      ) : null}
      <SubmitRow general={general} phone={phone} loading={save.isPending} onSubmit={submit} label={t('wl.saveInquiry')} testId="wl-inquiry-submit" />
    </Form>
  );
}
