import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { DIFFICULTY_CATEGORIES, difficultyInput } from '@cwp/contracts/incentives.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRaiseDifficulty } from '../api/difficulties.ts';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['workerId', 'category', 'content'] as const;

/** 代为登记 (A14.1): the street records a difficulty a worker raised by phone or in person. */
export function RaiseDifficultyModal({ open, org, onClose }: { open: boolean; org: string; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const raise = useRaiseDifficulty();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, difficultyInput, { workerId: v.workerId, category: v.category, content: v.content ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await raise.mutateAsync(r.data);
      message.success(t('care.recordedForWorker'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('care.recordForWorker')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={raise.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('care.recordForWorkerHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="raise-form">
        <Form.Item name="workerId" label={t('incentives.name')} required>
          <WorkerSelect org={org} data-testid="raise-worker" />
        </Form.Item>
        <Form.Item name="category" label={t('care.category')} required>
          <Radio.Group optionType="button" options={DIFFICULTY_CATEGORIES.map((c) => ({ value: c, label: text.category(c) }))} />
        </Form.Item>
        <Form.Item name="content" label={t('care.difficultyContent')} required>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('care.contentPlaceholder')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
