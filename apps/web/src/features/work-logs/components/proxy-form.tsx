import { useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { proxyServiceInput } from '@cwp/contracts/work-logs.contract';
import { PROXY_CATEGORIES, PROXY_DUE_DAYS } from '@cwp/domain/work-logs';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAcceptProxy } from '../api/accept-proxy.ts';
import { DateField, SubmitRow, WorkerField, type EntryFormProps, todayValue } from './entry-form-parts.tsx';
import { useWorkLogText } from './work-log-text.tsx';

const FIELDS = ['workerId', 'category', 'matter', 'requesterName', 'requesterAddress', 'acceptedOn'] as const;

/** 代办服务 受理 (A9.1): the matter, the household that asked, the day it was accepted. */
export function ProxyForm({ workerId, org, phone, onDone }: EntryFormProps) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const [form] = Form.useForm();
  const save = useAcceptProxy();
  const [general, setGeneral] = useState<string[]>([]);
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { ...v, workerId: workerId ?? v.workerId, acceptedOn: toIsoDate(v.acceptedOn) ?? undefined, requesterName: v.requesterName || null, matter: v.matter ?? '', requesterAddress: v.requesterAddress ?? '' };
    const r = validateInto(form, proxyServiceInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('wl.proxySaved'));
      form.resetFields();
      onDone?.();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  const fontSize = phone ? 16 : undefined;
  return (
    <Form form={form} layout="vertical" size={phone ? 'large' : 'middle'} initialValues={{ acceptedOn: todayValue() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="wl-proxy-form">
      <WorkerField workerId={workerId} org={org} />
      <Form.Item name="category" label={t('wl.proxyCategory')} required>
        <Select options={PROXY_CATEGORIES.map((c) => ({ value: c, label: name(c) }))} placeholder={t('form.choose')} data-testid="wl-proxy-category" />
      </Form.Item>
      <Form.Item name="matter" label={t('wl.matter')} required>
        <Input maxLength={200} placeholder={t('wl.matterHint')} style={{ fontSize }} data-testid="wl-proxy-matter" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8 }}>
        <Form.Item name="requesterName" label={t('wl.requesterName')} style={{ flex: 1 }}>
          <Input maxLength={30} placeholder={t('wl.optional')} style={{ fontSize }} />
        </Form.Item>
        <Form.Item name="requesterAddress" label={t('wl.address')} required style={{ flex: 2 }}>
          <Input maxLength={100} placeholder={t('wl.addressHint')} style={{ fontSize }} data-testid="wl-proxy-address" />
        </Form.Item>
      </div>
      <DateField name="acceptedOn" label={t('wl.acceptedOn')} testId="wl-proxy-date" />
      <SubmitRow general={general} phone={phone} loading={save.isPending} onSubmit={submit} label={t('wl.saveProxy', { n: PROXY_DUE_DAYS })} testId="wl-proxy-submit" />
    </Form>
  );
}
