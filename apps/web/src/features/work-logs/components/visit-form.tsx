import { useState } from 'react';
import { App, Form, Input, Radio, Select, Switch } from 'antd';
import { householdVisitInput, type AssistancePair } from '@cwp/contracts/work-logs.contract';
import { VISIT_CATEGORIES } from '@cwp/domain/work-logs';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordVisit } from '../api/record-visit.ts';
import { DateField, SubmitRow, WorkerField, type EntryFormProps, todayValue } from './entry-form-parts.tsx';
import { useWorkLogText } from './work-log-text.tsx';

const FIELDS = ['workerId', 'address', 'residentName', 'residentPhone', 'visitedOn', 'category', 'notes', 'followUp', 'pairId'] as const;
const BIG = { minHeight: 44, height: 'auto', lineHeight: '20px', padding: '11px 6px', textAlign: 'center' as const, borderRadius: 8 };

/** 上门走访 (A9.1): household, date, matter, notes, follow-up; optionally the worker's pair it was for. */
export function VisitForm({ workerId, org, phone, onDone, pairs = [] }: EntryFormProps & { pairs?: AssistancePair[] }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const [form] = Form.useForm();
  const save = useRecordVisit();
  const [general, setGeneral] = useState<string[]>([]);
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { ...v, workerId: workerId ?? v.workerId, visitedOn: toIsoDate(v.visitedOn) ?? undefined, residentName: v.residentName || null, residentPhone: v.residentPhone || null, pairId: v.pairId ?? null, followUp: !!v.followUp };
    const r = validateInto(form, householdVisitInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('wl.visitSaved'));
      form.resetFields();
      onDone?.();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  const fontSize = phone ? 16 : undefined;
  return (
    <Form form={form} layout="vertical" size={phone ? 'large' : 'middle'} initialValues={{ visitedOn: todayValue(), followUp: false }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="wl-visit-form">
      <WorkerField workerId={workerId} org={org} />
      <Form.Item name="category" label={t('wl.category')} required>
        {phone ? (
          <Radio.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }} data-testid="wl-visit-category">
            {VISIT_CATEGORIES.map((c) => (
              <Radio.Button key={c} value={c} style={BIG}>
                {name(c)}
              </Radio.Button>
            ))}
          </Radio.Group>
        ) : (
          <Select options={VISIT_CATEGORIES.map((c) => ({ value: c, label: name(c) }))} placeholder={t('form.choose')} data-testid="wl-visit-category" />
        )}
      </Form.Item>
      <Form.Item name="address" label={t('wl.address')} required>
        <Input maxLength={100} placeholder={t('wl.addressHint')} style={{ fontSize }} data-testid="wl-visit-address" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8 }}>
        <Form.Item name="residentName" label={t('wl.residentName')} style={{ flex: 1 }}>
          <Input maxLength={30} placeholder={t('wl.optional')} style={{ fontSize }} />
        </Form.Item>
        <Form.Item name="residentPhone" label={t('wl.residentPhone')} style={{ flex: 1 }} tooltip={t('wl.phoneMaskedHint')}>
          <Input maxLength={30} inputMode="tel" placeholder={t('wl.optional')} style={{ fontSize }} />
        </Form.Item>
      </div>
      <DateField name="visitedOn" label={t('wl.visitedOn')} testId="wl-visit-date" />
      {pairs.length ? (
        <Form.Item name="pairId" label={t('wl.pairVisit')}>
          <Select allowClear placeholder={t('wl.pairNone')} options={pairs.map((p) => ({ value: p.id, label: `${p.personName}（${name(p.needType)}）` }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="notes" label={t('wl.notes')} required>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('wl.notesHint')} style={{ fontSize }} data-testid="wl-visit-notes" />
      </Form.Item>
      <Form.Item name="followUp" label={t('wl.followUp')} valuePropName="checked">
        <Switch data-testid="wl-visit-follow" />
      </Form.Item>
      <SubmitRow general={general} phone={phone} loading={save.isPending} onSubmit={submit} label={t('wl.saveVisit')} testId="wl-visit-submit" />
    </Form>
  );
}
