import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { DIFFICULTY_CATEGORIES, difficultyInput } from '@cwp/contracts/incentives.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRaiseDifficulty } from '../api/difficulties.ts';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['category', 'content'] as const;

/** The worker raises a difficulty of their own from the phone (A14.1): a category and a description. */
export function OwnDifficultyForm({ workerId }: { workerId: number }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const raise = useRaiseDifficulty();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, difficultyInput, { workerId, category: v.category, content: v.content ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await raise.mutateAsync(r.data);
      message.success(t('care.mySubmitted'));
      form.resetFields();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Card title={t('care.myRaise')} styles={{ body: { paddingBottom: 16 } }}>
      <Form form={form} layout="vertical" size="large" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="own-difficulty-form">
        <Form.Item name="category" label={t('care.category')} required>
          {/* Big separate buttons rather than a dropdown: easier to hit with a thumb. */}
          <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="own-category">
            {DIFFICULTY_CATEGORIES.map((c) => (
              <Radio.Button key={c} value={c} style={{ minWidth: 72, height: 44, lineHeight: '42px', textAlign: 'center', borderRadius: 8 }}>
                {text.category(c)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="content" label={t('care.difficultyContent')} required>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('care.contentPlaceholder')} style={{ fontSize: 16 }} data-testid="own-content" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" block icon={<SendOutlined />} onClick={submit} loading={raise.isPending} style={{ height: 48, fontSize: 16 }} data-testid="own-submit">
          {t('care.mySubmit')}
        </Button>
      </Form>
    </Card>
  );
}
