import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { evaluateMentorshipInput } from '@cwp/contracts/skills.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEvaluateMentorship, type Mentorship } from '../api/skills.ts';

const FIELDS = ['evaluation'] as const;

/** 帮带评价 (A6.2): how the mentee did against the goals; a later evaluation replaces the earlier one. */
export function SkillsMentorshipEvaluateModal({ mentorship: m, onClose }: { mentorship: Mentorship; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const evaluate = useEvaluateMentorship();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const r = validateInto(form, evaluateMentorshipInput, { evaluation: form.getFieldValue('evaluation') ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await evaluate.mutateAsync({ id: m.id, evaluation: r.data.evaluation });
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open title={t('skills.evaluateTitle')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={evaluate.isPending} destroyOnHidden width={600}>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'pair', label: t('skills.pair'), children: `${m.mentorName} → ${m.menteeName}（${m.communityName}）` },
          { key: 'period', label: t('skills.period'), children: `${m.startOn} ~ ${m.endOn}` },
          { key: 'goals', label: t('skills.goals'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.goals}</span> },
        ]}
      />
      <Form form={form} layout="vertical" initialValues={{ evaluation: m.evaluation ?? '' }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="evaluate-form">
        <Form.Item name="evaluation" label={t('skills.evaluation')} required>
          <Input.TextArea rows={5} maxLength={1000} showCount placeholder={t('skills.evaluationPlaceholder')} data-testid="evaluate-text" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
