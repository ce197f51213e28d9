import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { appealInput } from '@cwp/contracts/assessment.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useFileAppeal } from '../api/appeals.ts';

interface Props {
  /** The published result appealed; null = closed. */
  target: { schemeId: number; workerId: number; year: number; grade: string } | null;
  onClose: () => void;
}

/** 申请复核 (A10.2) of a published result, by the street or by the worker themself. */
export function FileAppealModal({ target, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const file = useFileAppeal();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    if (!target) return;
    setGeneral([]);
    const r = validateInto(form, appealInput, { schemeId: target.schemeId, workerId: target.workerId, reason: form.getFieldValue('reason') ?? '' }, tm, ['reason'], t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await file.mutateAsync(r.data);
      message.success(t('assessment.appealFiled'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, ['reason']));
    }
  };

  return (
    <Modal open={!!target} title={t('assessment.fileAppeal')} onCancel={onClose} onOk={submit} okText={t('assessment.fileAppealOk')} confirmLoading={file.isPending} destroyOnHidden>
      {target ? (
        <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="appeal-form">
          <Typography.Paragraph type="secondary">{t('assessment.fileAppealHint', { year: target.year, grade: target.grade })}</Typography.Paragraph>
          <Form.Item name="reason" label={t('assessment.appealReason')} required>
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid="appeal-reason" />
          </Form.Item>
          {general.length ? <Alert type="error" showIcon title={general.join('；')} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
