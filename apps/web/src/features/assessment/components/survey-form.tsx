import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { surveyCodeInput, surveyResponseInput } from '@cwp/contracts/assessment.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { clearChangedErrors, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRequestSurveyCode, useSubmitSurvey, type PublicSurvey } from '../api/public-survey.ts';
import { useAssessmentText } from './assessment-text.tsx';
import { SurveyChoice } from './survey-choice.tsx';

const FIELDS = ['level', 'respondentType', 'comment', 'phone', 'code'] as const;
const RESEND_SECONDS = 60;
const LEVEL_ICONS: Record<string, ReactNode> = { 满意: <SmileOutlined style={{ fontSize: 26 }} />, 基本满意: <MehOutlined style={{ fontSize: 26 }} />, 不满意: <FrownOutlined style={{ fontSize: 26 }} /> };

/** What the page does after the server has answered. */
export type SurveyOutcome = 'done' | 'already' | 'recheck';

interface Props {
  token: string;
  survey: PublicSurvey;
  onOutcome: (o: SurveyOutcome) => void;
}

/** Seconds left before another code may be requested, ticking while above zero. */
function useCountdown() {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [until, now]);
  const start = () => {
    const t0 = Date.now();
    setNow(t0);
    setUntil(t0 + RESEND_SECONDS * 1000);
  };
  return { left: Math.max(0, Math.ceil((until - now) / 1000)), start };
}

/**
 * The resident's answer: how satisfied, who they are, an optional comment, and their phone proven with a
 * one-time code. `website` is a hidden field people never see; a script that fills it is refused.
 */
export function SurveyForm({ token, survey, onOutcome }: Props) {
  const { t, tm, errorText } = useI18n();
  const text = useAssessmentText();
  const [form] = Form.useForm();
  const [website, setWebsite] = useState('');
  const [problem, setProblem] = useState<{ type: 'error' | 'warning' | 'success'; text: string } | null>(null);
  const countdown = useCountdown();
  const askCode = useRequestSurveyCode(token);
  const submit = useSubmitSurvey(token);
  const honeypot = website ? { website } : {};

  // One place for the server's refusals: a code field error, rate limit, already rated or closed, a stale form.
  const handle = (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) return onOutcome('already');
    if (err instanceof ApiError && err.status === 429) return setProblem({ type: 'warning', text: errorText(err) });
    if (err instanceof ApiError && err.fields.some((f) => f.path === 'code')) {
      return form.setFields([{ name: 'code', errors: err.fields.filter((f) => f.path === 'code').map((f) => tm(f.message)) }]);
    }
    setProblem({ type: 'error', text: errorText(err) });
    // A refused form token (too fast or expired) is replaced so that trying again works without a reload.
    if (err instanceof ApiError && err.status === 400 && !err.fields.length) onOutcome('recheck');
  };

  const requestCode = async () => {
    setProblem(null);
    // A code error from an earlier try is stale once a new code is asked for.
    form.setFields([{ name: 'code', errors: [] }]);
    const r = validateInto(form, surveyCodeInput, { phone: form.getFieldValue('phone') ?? '', formToken: survey.formToken, ...honeypot }, tm, ['phone'], t('form.required'));
    if (!r.ok) return setProblem(r.general.length ? { type: 'error', text: r.general.join('；') } : null);
    try {
      await askCode.mutateAsync(r.data);
      countdown.start();
      setProblem({ type: 'success', text: t('survey.codeSent') });
    } catch (err) {
      handle(err);
    }
  };

  const send = async () => {
    setProblem(null);
    const v = form.getFieldsValue();
    const input = { level: v.level, respondentType: v.respondentType, comment: v.comment ?? '', phone: v.phone ?? '', code: v.code ?? '', formToken: survey.formToken, ...honeypot };
    const r = validateInto(form, surveyResponseInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setProblem(r.general.length ? { type: 'error', text: r.general.join('；') } : null);
    try {
      await submit.mutateAsync(r.data);
      onOutcome('done');
    } catch (err) {
      handle(err);
    }
  };

  return (
    <Form form={form} layout="vertical" size="large" requiredMark={false} onValuesChange={(c) => clearChangedErrors(form, c)} onFinish={send} data-testid="survey-form">
      <Form.Item name="level" label={t('survey.levelQuestion', { name: survey.workerName })}>
        <SurveyChoice
          columns={3}
          height={84}
          aria-label={t('survey.levelQuestion', { name: survey.workerName })}
          options={survey.levels.map((l) => ({ value: l, label: text.level(l), icon: LEVEL_ICONS[l] }))}
          data-testid="survey-level"
        />
      </Form.Item>
      <Form.Item name="respondentType" label={t('survey.respondentQuestion')}>
        <SurveyChoice columns={2} height={48} aria-label={t('survey.respondentQuestion')} options={survey.respondentTypes.map((r) => ({ value: r, label: text.respondent(r) }))} data-testid="survey-respondent" />
      </Form.Item>
      <Form.Item name="comment" label={t('survey.comment')}>
        <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('survey.commentPlaceholder')} data-testid="survey-comment" />
      </Form.Item>
      <Form.Item name="phone" label={t('survey.phone')} extra={t('survey.phoneHint')}>
        <Input type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} placeholder={t('survey.phonePlaceholder')} data-testid="survey-phone" />
      </Form.Item>
      <Form.Item label={t('survey.code')} required={false}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder={t('survey.codePlaceholder')} aria-label={t('survey.code')} data-testid="survey-code" />
          </Form.Item>
          <Button onClick={requestCode} loading={askCode.isPending} disabled={countdown.left > 0} style={{ minWidth: 128 }} data-testid="survey-get-code">
            {countdown.left > 0 ? t('survey.resendIn', { n: countdown.left }) : t('survey.getCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {/* Honeypot: off screen, skipped by keyboard and autofill; people leave it empty, naive scripts fill it. */}
      <div aria-hidden="true" style={{ position: 'absolute', left: -10000, top: 'auto', width: 1, height: 1, overflow: 'hidden' }}>
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
        </label>
      </div>
      {problem ? <Alert type={problem.type} showIcon title={problem.text} style={{ marginBottom: 16 }} data-testid="survey-problem" /> : null}
      <Button type="primary" htmlType="submit" block loading={submit.isPending} style={{ height: 52, fontSize: 18 }} data-testid="survey-submit">
        {t('survey.submit')}
      </Button>
    </Form>
  );
}
