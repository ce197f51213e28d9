import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal, Radio, Select } from 'antd';
import { decideAppealInput, type Appeal } from '@cwp/contracts/assessment.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useDecideAppeal } from '../api/appeals.ts';

const FIELDS = ['outcome', 'decision', 'newGrade'] as const;

interface Props {
  appeal: Appeal | null;
  /** The scheme's grade names, best first. */
  grades: string[];
  onClose: () => void;
}

/** 复核决定 (A10.2): the issuing unit upholds the grade or changes it to another grade of the scheme. */
export function DecideAppealModal({ appeal, grades, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const decide = useDecideAppeal();
  const [general, setGeneral] = useState<string[]>([]);
  const outcome = Form.useWatch('outcome', form) as 'upheld' | 'changed' | undefined;

  const submit = async () => {
    if (!appeal) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { outcome: v.outcome, decision: v.decision ?? '', ...(v.outcome === 'changed' ? { newGrade: v.newGrade } : {}) };
    const r = validateInto(form, decideAppealInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    // The contract leaves the grade optional (an upheld result has none); a change needs one.
    if (r.data.outcome === 'changed' && !r.data.newGrade) return form.setFields([{ name: 'newGrade', errors: [t('assessment.newGradeRequired')] }]);
    try {
      await decide.mutateAsync({ id: appeal.id, input: r.data });
      message.success(t('assessment.appealDecided'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={!!appeal} title={t('assessment.decideAppeal')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={decide.isPending} destroyOnHidden width={560}>
      {appeal ? (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'worker', label: t('assessment.worker'), children: appeal.workerName },
              { key: 'old', label: t('assessment.oldGrade'), children: appeal.oldGrade },
              { key: 'reason', label: t('assessment.appealReason'), children: appeal.reason },
            ]}
          />
          <Form form={form} layout="vertical" initialValues={{ outcome: 'upheld' }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="decide-form">
            <Form.Item name="outcome" label={t('assessment.outcome')} required>
              <Radio.Group
                options={[
                  { value: 'upheld', label: t('assessment.appealUpheld') },
                  { value: 'changed', label: t('assessment.appealChanged') },
                ]}
              />
            </Form.Item>
            {outcome === 'changed' ? (
              <Form.Item name="newGrade" label={t('assessment.newGrade')} required>
                <Select options={grades.filter((g) => g !== appeal.oldGrade).map((g) => ({ value: g, label: g }))} placeholder={t('form.choose')} data-testid="decide-grade" />
              </Form.Item>
            ) : null}
            <Form.Item name="decision" label={t('assessment.decision')} required>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="decide-text" />
            </Form.Item>
            {general.length ? <Alert type="error" showIcon title={general.join('；')} /> : null}
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
