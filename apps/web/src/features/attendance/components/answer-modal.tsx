import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { answerInput, type Report } from '@cwp/contracts/attendance.contract';
import { REPORT_DECISIONS } from '@cwp/domain/attendance';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAnswerReport } from '../api/reports.ts';

const FIELDS = ['decision', 'answer'] as const;

/** The street answers: a decision for a 请示 (with reasons unless a plain 同意), an acknowledgement for a 报告. */
export function AnswerModal({ report, onClose }: { report: Report | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const answer = useAnswerReport();
  const [general, setGeneral] = useState<string[]>([]);
  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!report) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, answerInput, { decision: v.decision ?? '', answer: v.answer ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await answer.mutateAsync({ id: report.id, ...r.data });
      message.success(t('rep.answerSent'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  const options = report ? REPORT_DECISIONS[report.kind] : [];
  return (
    <Modal open={!!report} title={report ? t('rep.answerTitle', { subject: report.subject }) : ''} onCancel={close} onOk={submit} confirmLoading={answer.isPending} destroyOnHidden width={600} okButtonProps={{ 'data-testid': 'answer-submit' } as ButtonProps}>
      {report ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.body}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" initialValues={{ decision: options.length === 1 ? options[0] : undefined }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="answer-form">
        <Form.Item name="decision" label={t('rep.decision')} required>
          <Radio.Group options={options.map((o) => ({ value: o, label: o }))} data-testid="answer-decision" />
        </Form.Item>
        <Form.Item name="answer" label={t('rep.answerText')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('rep.answerHint')} data-testid="answer-text" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
