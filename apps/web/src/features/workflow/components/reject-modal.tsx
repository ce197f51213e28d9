import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { actInput, type WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { msg } from '@cwp/contracts/messages';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useActOnRequest } from '../api/act-on-request.ts';

const FIELDS = ['comment'] as const;
// The server refuses a rejection without a reason (same words, registered for English); checked here before sending.
const rejectInput = actInput.refine((v) => v.action !== 'reject' || v.comment !== '', { path: ['comment'], error: msg('不同意时请填写理由', 'Give a reason when rejecting') });

/** 不同意: the reason is required and becomes part of the request's standing (未同意（理由）) the requester reads. */
export function RejectModal({ request, onClose }: { request: WorkflowRequest | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const act = useActOnRequest();
  const [general, setGeneral] = useState<string[]>([]);

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!request) return;
    setGeneral([]);
    const r = validateInto(form, rejectInput, { action: 'reject', comment: form.getFieldValue('comment') ?? '', version: request.version }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await act.mutateAsync({ id: request.id, ...r.data });
      message.success(t('daily.rejectedDone'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={!!request} title={t('daily.rejectTitle')} onCancel={close} onOk={submit} okText={t('daily.reject')} okButtonProps={{ danger: true }} confirmLoading={act.isPending} destroyOnHidden width={560}>
      {request ? <Typography.Paragraph strong>{request.title}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="reject-form">
        <Form.Item name="comment" label={t('daily.rejectReason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('daily.rejectReasonHint')} data-testid="reject-reason" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
