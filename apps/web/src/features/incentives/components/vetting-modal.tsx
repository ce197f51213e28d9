import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { VETTING_RESULTS, vettingInput } from '@cwp/contracts/incentives.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordVetting } from '../api/vettings.ts';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['vettedOn', 'vettingBody', 'conductRecord', 'result', 'notes'] as const;

interface Props {
  open: boolean;
  workerId: number;
  workerName: string;
  onClose: () => void;
}

/** 政治把关 (A2.1) of one worker at entry: who vetted, conduct and record, the conclusion; goes to the archive. */
export function VettingModal({ open, workerId, workerName, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const record = useRecordVetting();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId, vettedOn: toIsoDate(v.vettedOn) ?? undefined, vettingBody: v.vettingBody ?? '', conductRecord: v.conductRecord ?? '', result: v.result, notes: v.notes ?? '' };
    const r = validateInto(form, vettingInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync(r.data);
      message.success(t('incentives.vettingRecorded'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('incentives.vettingModalTitle', { name: workerName })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={record.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('incentives.vettingHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ vettedOn: dayjs(), result: '通过' }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="vetting-form">
        <Form.Item name="vettedOn" label={t('incentives.vettedOn')} required>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="vettingBody" label={t('incentives.vettingBody')} required>
          <Input maxLength={100} placeholder={t('incentives.vettingBodyPlaceholder')} data-testid="vetting-body" />
        </Form.Item>
        <Form.Item name="conductRecord" label={t('incentives.conductRecord')} required>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('incentives.conductRecordPlaceholder')} data-testid="vetting-conduct" />
        </Form.Item>
        <Form.Item name="result" label={t('incentives.vettingResult')} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={VETTING_RESULTS.map((r) => ({ value: r, label: text.vetting(r) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('incentives.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
