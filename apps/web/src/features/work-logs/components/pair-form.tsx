import { useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { pairInput } from '@cwp/contracts/work-logs.contract';
import { PAIR_TYPES } from '@cwp/domain/work-logs';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreatePair } from '../api/create-pair.ts';
import { DateField, SubmitRow, WorkerField, type EntryFormProps, todayValue } from './entry-form-parts.tsx';
import { useWorkLogText } from './work-log-text.tsx';

const FIELDS = ['workerId', 'personName', 'address', 'needType', 'startedOn', 'notes'] as const;

/** 结对帮扶 (A9.1): a worker paired with a household or person in need. */
export function PairForm({ workerId, org, onDone }: EntryFormProps) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const [form] = Form.useForm();
  const save = useCreatePair();
  const [general, setGeneral] = useState<string[]>([]);
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId: workerId ?? v.workerId, personName: v.personName ?? '', address: v.address ?? '', needType: v.needType, startedOn: toIsoDate(v.startedOn) ?? undefined, notes: v.notes ?? '' };
    const r = validateInto(form, pairInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('wl.pairSaved'));
      form.resetFields();
      onDone?.();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ startedOn: todayValue() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="wl-pair-form">
      <WorkerField workerId={workerId} org={org} />
      <div style={{ display: 'flex', gap: 8 }}>
        <Form.Item name="personName" label={t('wl.personName')} required style={{ flex: 1 }}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="needType" label={t('wl.needType')} required style={{ flex: 1 }}>
          <Select options={PAIR_TYPES.map((c) => ({ value: c, label: name(c) }))} placeholder={t('form.choose')} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={t('wl.address')} required>
        <Input maxLength={100} placeholder={t('wl.addressHint')} />
      </Form.Item>
      <DateField name="startedOn" label={t('wl.startedOn')} testId="wl-pair-date" />
      <Form.Item name="notes" label={t('wl.pairNotes')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <SubmitRow general={general} loading={save.isPending} onSubmit={submit} label={t('wl.savePair')} testId="wl-pair-submit" />
    </Form>
  );
}
