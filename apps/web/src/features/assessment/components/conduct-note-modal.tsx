import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CONDUCT_KINDS, conductNoteInput } from '@cwp/contracts/assessment.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordConduct } from '../api/conduct-notes.ts';
import { useAssessmentText } from './assessment-text.tsx';

const FIELDS = ['workerId', 'occurredOn', 'kind', 'description', 'followUp'] as const;

/** 记录作风问题 (A7.1): what happened, when, of which kind; the street score of the year should weigh it. */
export function ConductNoteModal({ org, open, onClose }: { org: string; open: boolean; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useAssessmentText();
  const [form] = Form.useForm();
  const record = useRecordConduct();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId: v.workerId, occurredOn: toIsoDate(v.occurredOn as Dayjs | null) ?? undefined, kind: v.kind, description: v.description ?? '', followUp: v.followUp ?? '' };
    const r = validateInto(form, conductNoteInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync(r.data);
      message.success(t('assessment.conductRecorded'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('assessment.recordConduct')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('assessment.recordConductHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ occurredOn: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="conduct-form">
        <Form.Item name="workerId" label={t('assessment.worker')} required>
          <WorkerSelect org={org} data-testid="conduct-worker" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('assessment.occurredOn')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="kind" label={t('assessment.conductKind')} required>
          <Select options={CONDUCT_KINDS.map((k) => ({ value: k, label: text.conduct(k) }))} placeholder={t('form.choose')} data-testid="conduct-kind" />
        </Form.Item>
        <Form.Item name="description" label={t('assessment.conductDescription')} required>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="conduct-description" />
        </Form.Item>
        <Form.Item name="followUp" label={t('assessment.followUp')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {general.length ? <Alert type="error" showIcon title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
