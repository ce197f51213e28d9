import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { setCeilingInput } from '@cwp/contracts/staffing.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { formatCount } from '../../../lib/format.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRequestCeiling } from '../api/request-ceiling.ts';
import { useSetCeiling } from '../api/set-ceiling.ts';

const FIELDS = ['ceiling', 'effectiveFrom', 'reason'] as const;

interface Props {
  code: string;
  name: string;
  current: number | null;
  headcount: number;
  open: boolean;
  onClose: () => void;
  /** The user's own unit: its ceiling is asked of the level above instead of set (A3.1 总量控制). */
  viaApproval?: boolean;
}

/** 设定总量控制数 (A3.1): a city or county caps the community workforce below it; every change is kept. */
export function SetCeilingModal({ code, name, current, headcount, open, onClose, viaApproval = false }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const direct = useSetCeiling(code);
  const requested = useRequestCeiling(code);
  const mutation = viaApproval ? requested : direct;
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { ceiling: v.ceiling ?? undefined, effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined, reason: v.reason ?? '' };
    const r = validateInto(form, setCeilingInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await mutation.mutateAsync(r.data);
      if (viaApproval) void message.success(t('staffing.ceilingRequested'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={viaApproval ? t('staffing.requestCeilingFor', { name }) : t('staffing.setCeilingFor', { name })}
      onCancel={onClose}
      onOk={submit}
      okText={viaApproval ? t('staffing.requestCeilingOk') : t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {viaApproval ? <Alert type="info" showIcon title={t('staffing.requestCeilingHint')} style={{ marginBottom: 12 }} /> : null}
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
