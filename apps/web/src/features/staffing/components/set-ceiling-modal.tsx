import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { setCeilingInput } from '@cwp/contracts/staffing.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { formatCount } from '../../../lib/format.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSetCeiling } from '../api/set-ceiling.ts';

const FIELDS = ['ceiling', 'effectiveFrom', 'reason'] as const;

interface Props {
  code: string;
  name: string;
  current: number | null;
  headcount: number;
  open: boolean;
  onClose: () => void;
}

/** 设定总量控制数 (A3.1): a city or county caps its community workforce; every change is kept. */
export function SetCeilingModal({ code, name, current, headcount, open, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useSetCeiling(code);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { ceiling: v.ceiling ?? undefined, effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined, reason: v.reason ?? '' };
    const r = validateInto(form, setCeilingInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await mutation.mutateAsync(r.data);
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('staffing.setCeilingFor', { name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('staffing.ceilingContext', { current: current === null ? t('staffing.ceilingNone') : formatCount(current), headcount: formatCount(headcount) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ ceiling: current, effectiveFrom: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="ceiling" label={t('staffing.ceiling')} required>
          <InputNumber style={{ width: '100%' }} min={0} precision={0} aria-label={t('staffing.ceiling')} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('staffing.effectiveFrom')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('staffing.reason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('staffing.reasonPlaceholder')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
