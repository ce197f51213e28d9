import { useEffect, useState, type ReactNode } from 'react';
import { Card, Result, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { PublicPhoneFrame } from '../components/public-phone-frame.tsx';
import { ApiError } from '../lib/api-client.ts';
import { usePublicSurvey } from '../features/assessment/api/public-survey.ts';
import { SurveyForm, type SurveyOutcome } from '../features/assessment/components/survey-form.tsx';
import { useEnumText } from '../i18n/enum-labels.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

function Phone({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <PublicPhoneFrame title={t('survey.title')}>{children}</PublicPhoneFrame>;
}

/**
 * 居民满意度测评 (A10.1), public: no login and no session calls. Shows only the rated worker and the form;
 * nothing about other raters or results.
 */
export default function SurveyPage() {
  const token = useParams().token ?? '';
  const { t, lang, errorText } = useI18n();
  const enumText = useEnumText();
  const survey = usePublicSurvey(token);
  const [outcome, setOutcome] = useState<'done' | 'already' | null>(null);

  useEffect(() => {
    const before = document.title;
    document.title = t('survey.title');
    return () => {
      document.title = before;
    };
  }, [t]);

  // 'already' may also mean the survey closed meanwhile: the fresh copy decides which page is shown.
  const onOutcome = (o: SurveyOutcome) => {
    if (o === 'done') return setOutcome('done');
    void survey.refetch().then(() => {
      if (o === 'already') setOutcome('already');
    });
  };

  const invalid = !/^[0-9a-f]{32}$/.test(token) || (survey.error instanceof ApiError && survey.error.status === 404);
  if (invalid) {
    return (
      <Phone>
        <Card>
          <Result status="warning" title={t('survey.invalidTitle')} subTitle={t('survey.invalid')} />
        </Card>
      </Phone>
    );
  }
  if (survey.isPending) {
    return (
      <Phone>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </Phone>
    );
  }
  if (survey.isError) {
    return (
      <Phone>
        <Card>
          <Result status="error" title={errorText(survey.error)} />
        </Card>
      </Phone>
    );
  }
  const s = survey.data;
  const page = (() => {
    if (outcome === 'done') return <Result status="success" title={t('survey.thanksTitle')} subTitle={t('survey.thanks', { name: s.workerName })} data-testid="survey-thanks" />;
    if (!s.open) {
      // Closed either before its window or for good (past the window, or the results are out).
      const early = dayjs().format('YYYY-MM-DD') < s.opens;
      return <Result status="info" title={t(early ? 'survey.notYetTitle' : 'survey.closedTitle')} subTitle={t(early ? 'survey.notYet' : 'survey.closed', { opens: s.opens, closes: s.closes })} data-testid="survey-closed" />;
    }
    if (outcome === 'already') return <Result status="info" title={t('survey.alreadyTitle')} subTitle={t('survey.already')} data-testid="survey-already" />;
    return <SurveyForm token={token} survey={s} onOutcome={onOutcome} />;
  })();

  return (
    <Phone>
      <Card style={{ marginBottom: 12 }} styles={{ body: { padding: 16 } }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="survey-worker">
          {s.workerName}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px', fontSize: 15 }}>
          {`${s.communityName} · ${s.post.split('、').map(enumText).join(lang === 'en' ? ', ' : '、')}`}
        </Typography.Paragraph>
        <Typography.Text style={{ fontSize: 13 }}>{s.schemeName}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('survey.window', { opens: s.opens, closes: s.closes })}
        </Typography.Text>
      </Card>
      <Card styles={{ body: { padding: 16 } }}>{page}</Card>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, textAlign: 'center' }}>
        {t('survey.privacy')}
      </Typography.Paragraph>
    </Phone>
  );
}
