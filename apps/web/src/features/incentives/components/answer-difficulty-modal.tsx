import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { answerInput, type Difficulty } from '@cwp/contracts/incentives.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAnswerDifficulty } from '../api/difficulties.ts';
import { DifficultyStatusTags, useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['answer'] as const;

/** 答复 (A14.1): one answer per difficulty; the worker sees it on their phone page and closes it. */
export function AnswerDifficultyModal({ difficulty, onClose }: { difficulty: Difficulty | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const answer = useAnswerDifficulty();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    if (!difficulty) return;
    setGeneral([]);
    const r = validateInto(form, answerInput, { answer: form.getFieldValue('answer') ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await answer.mutateAsync({ id: difficulty.id, answer: r.data.answer });
      message.success(t('care.answeredDone'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={!!difficulty} title={t('care.answerTitle')} onCancel={onClose} onOk={submit} okText={t('care.answerOk')} confirmLoading={answer.isPending} destroyOnHidden width={600}>
      {difficulty ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'who', label: t('incentives.name'), children: `${difficulty.workerName}（${difficulty.communityName}）` },
            { key: 'cat', label: t('care.category'), children: text.category(difficulty.category) },
            { key: 'at', label: t('care.submittedAt'), children: formatDateTime(difficulty.submittedAt) },
            { key: 'due', label: t('care.dueOn'), children: <>{difficulty.dueOn} <DifficultyStatusTags status={difficulty.status} overdue={difficulty.overdue} /></> },
            { key: 'content', label: t('care.difficultyContent'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{difficulty.content}</span> },
          ]}
        />
      ) : null}
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="answer-form">
        <Form.Item name="answer" label={t('care.answer')} required>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('care.answerPlaceholder')} data-testid="answer-text" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
