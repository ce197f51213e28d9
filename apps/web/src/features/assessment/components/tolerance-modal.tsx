import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { errorToleranceInput, TOLERANCE_DECISIONS } from '@cwp/contracts/assessment.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordTolerance } from '../api/worker-assessments.ts';
import { useAssessmentText } from './assessment-text.tsx';

const FIELDS = ['decidedOn', 'matter', 'decision', 'basis'] as const;

/** 容错纠错认定: the county records its decision on a worker's mistake; it goes on the archive. */
export function ToleranceModal({ workerId, open, onClose }: { workerId: number; open: boolean; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useAssessmentText();
  const [form] = Form.useForm();
  const record = useRecordTolerance();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId, decidedOn: toIsoDate(v.decidedOn as Dayjs | null) ?? undefined, matter: v.matter ?? '', decision: v.decision, basis: v.basis ?? '' };
    const r = validateInto(form, errorToleranceInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync(r.data);
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('assessment.recordTolerance')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden width={560}>
      <Typography.Paragraph type="secondary">{t('assessment.recordToleranceHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ decidedOn: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="tolerance-form">
        <Form.Item name="decidedOn" label={t('assessment.decidedOn')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="matter" label={t('assessment.matter')} required>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="decision" label={t('assessment.toleranceDecision')} required>
          <Radio.Group options={TOLERANCE_DECISIONS.map((d) => ({ value: d, label: text.tolerance(d) }))} />
        </Form.Item>
        <Form.Item name="basis" label={t('assessment.basis')} required>
          <Input maxLength={500} />
        </Form.Item>
        {general.length ? <Alert type="error" showIcon title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
