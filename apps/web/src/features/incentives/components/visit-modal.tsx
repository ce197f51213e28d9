import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { VISIT_OCCASIONS, visitInput } from '@cwp/contracts/incentives.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordVisit } from '../api/visits.ts';
import { AnyWorkerSelect } from './any-worker-select.tsx';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['workerId', 'occasion', 'visitedOn', 'visitors', 'content', 'amount'] as const;

/** 登记走访慰问 (A14.1): any worker under the unit, including retired or departed ones. */
export function VisitModal({ open, org, onClose }: { open: boolean; org: string; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const record = useRecordVisit();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId: v.workerId, occasion: v.occasion, visitedOn: toIsoDate(v.visitedOn) ?? undefined, visitors: v.visitors ?? '', content: v.content ?? '', amount: v.amount ?? null };
    const r = validateInto(form, visitInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync(r.data);
      message.success(t('care.visitRecorded'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('care.recordVisit')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden width={600}>
      <Form form={form} layout="vertical" initialValues={{ visitedOn: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="visit-form">
        <Form.Item name="workerId" label={t('incentives.name')} extra={t('care.visitWorkerHint')} required>
          <AnyWorkerSelect org={org} data-testid="visit-worker" />
        </Form.Item>
        <Form.Item name="occasion" label={t('care.occasion')} required>
          <Select options={VISIT_OCCASIONS.map((o) => ({ value: o, label: text.occasion(o) }))} placeholder={t('form.choose')} data-testid="visit-occasion" />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('care.visitedOn')} required>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="visitors" label={t('care.visitors')} required>
          <Input maxLength={100} placeholder={t('care.visitorsPlaceholder')} data-testid="visit-visitors" />
        </Form.Item>
        <Form.Item name="content" label={t('care.visitContent')} required>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="visit-content" />
        </Form.Item>
        <Form.Item name="amount" label={t('care.amount')}>
          <InputNumber min={0} max={100000} precision={2} style={{ width: '100%' }} data-testid="visit-amount" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
