import { useState } from 'react';
import { Alert, App, Checkbox, Descriptions, Form, Input, Modal } from 'antd';
import { updateConductNoteInput } from '@cwp/contracts/assessment.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useFollowUpConduct, type ConductNote } from '../api/conduct-notes.ts';
import { useAssessmentText } from './assessment-text.tsx';

const FIELDS = ['followUp', 'resolved'] as const;

/** 跟进 a conduct note: what was done about it and whether it is resolved. */
export function ConductFollowUpModal({ note, onClose }: { note: ConductNote | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useAssessmentText();
  const [form] = Form.useForm();
  const update = useFollowUpConduct();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    if (!note) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, updateConductNoteInput, { followUp: v.followUp ?? '', resolved: !!v.resolved }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await update.mutateAsync({ id: note.id, input: r.data });
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={!!note} title={t('assessment.followUpTitle')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={update.isPending} destroyOnHidden width={560}>
      {note ? (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'worker', label: t('assessment.worker'), children: `${note.workerName}（${note.communityName}）` },
              { key: 'when', label: t('assessment.occurredOn'), children: `${note.occurredOn} · ${text.conduct(note.kind)}` },
              { key: 'what', label: t('assessment.conductDescription'), children: note.description },
            ]}
          />
          <Form form={form} layout="vertical" initialValues={{ followUp: note.followUp, resolved: note.resolved }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="follow-up-form">
            <Form.Item name="followUp" label={t('assessment.followUp')}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="follow-up-text" />
            </Form.Item>
            <Form.Item name="resolved" valuePropName="checked">
              <Checkbox data-testid="follow-up-resolved">{t('assessment.resolvedCheck')}</Checkbox>
            </Form.Item>
            {general.length ? <Alert type="error" showIcon title={general.join('；')} /> : null}
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
