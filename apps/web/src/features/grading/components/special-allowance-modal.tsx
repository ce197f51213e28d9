import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { specialAllowanceInput } from '@cwp/contracts/special-allowance.contract';
import { SPECIAL_ALLOWANCE_KINDS } from '@cwp/domain/special-allowance';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordSpecialAllowance } from '../api/special-allowances.ts';
import { useKindText } from './special-allowance-kind.ts';

const FIELDS = ['workerId', 'kind', 'event', 'basis', 'startDate', 'endDate', 'days', 'amount', 'payMonth'] as const;
/** The start and end dates are one range control. */
const onForm = (name: string) => (name === 'startDate' || name === 'endDate' ? 'dates' : name);

interface Props {
  org: string;
  month: string;
  open: boolean;
  onClose: () => void;
}

/** 登记一线津贴 (A12.3): who served, on which event, how many days, on what basis, paid with which month. */
export function SpecialAllowanceModal({ org, month, open, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const kindText = useKindText();
  const [form] = Form.useForm();
  const mutation = useRecordSpecialAllowance();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const range = (v.dates ?? []) as Dayjs[];
    const input = {
      workerId: v.workerId,
      kind: v.kind,
      event: v.event ?? '',
      basis: v.basis ?? '',
      startDate: toIsoDate(range[0]) ?? undefined,
      endDate: toIsoDate(range[1]) ?? undefined,
      days: v.days ?? undefined,
      amount: v.amount ?? null,
      payMonth: v.payMonth ? (v.payMonth as Dayjs).format('YYYY-MM') : undefined,
    };
    const r = specialAllowanceInput.safeParse(input);
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields.map((f) => ({ name: [onForm(String(f.name[0]))], errors: f.errors })));
      return setGeneral(m.general);
    }
    try {
      await mutation.mutateAsync(r.data);
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('grading.specialRecord')} onCancel={onClose} onOk={submit} okText={t('grading.specialRecordOk')} confirmLoading={mutation.isPending} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('grading.specialHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ kind: 'disaster', payMonth: dayjs(`${month}-01`) }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="special-form">
        <Form.Item name="workerId" label={t('grading.name')} required>
          <WorkerSelect org={org} data-testid="special-worker" />
        </Form.Item>
        <Form.Item name="kind" label={t('grading.specialKind')} required>
          <Select options={SPECIAL_ALLOWANCE_KINDS.map((k) => ({ value: k, label: kindText(k) }))} data-testid="special-kind" />
        </Form.Item>
        <Form.Item name="event" label={t('grading.specialEvent')} required>
          <Input maxLength={100} data-testid="special-event" />
        </Form.Item>
        <Form.Item name="basis" label={t('grading.specialBasis')} required>
          <Input maxLength={200} placeholder={t('grading.specialBasisHint')} data-testid="special-basis" />
        </Form.Item>
        <Form.Item name="dates" label={t('grading.specialDates')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="special-dates" />
        </Form.Item>
        <Form.Item name="days" label={t('grading.specialDays')} required>
          <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} data-testid="special-days" />
        </Form.Item>
        <Form.Item name="amount" label={t('grading.specialAmount')} extra={t('grading.specialAmountHint')}>
          <InputNumber min={0} max={1000000} precision={2} style={{ width: '100%' }} data-testid="special-amount" />
        </Form.Item>
        <Form.Item name="payMonth" label={t('grading.specialPayMonth')} required>
          <DatePicker picker="month" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
