import { Alert, Card, Empty, Select, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useSchemes } from '../features/assessment/api/schemes.ts';
import { SchemeStatusTag } from '../features/assessment/components/assessment-text.tsx';
import { ScoringSheet } from '../features/assessment/components/scoring-sheet.tsx';
import { useSheetReference } from '../features/work-logs/components/sheet-reference.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * 评分与测评: the street's everyday entry: the published scheme governing the working unit (the latest by
 * default, ?scheme= to choose) and its scoring sheet with the survey QR codes.
 */
export default function AssessmentScoringPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [params, setParam] = useListParams();
  const list = useSchemes({ org: orgCode });
  // Drafts have no participants yet; the server lists the latest year first.
  const open = (list.data ?? []).filter((s) => s.status !== 'draft');
  const chosen = open.find((s) => s.id === Number(params.get('scheme'))) ?? open[0];

  const choose = (id: number) => setParam({ scheme: String(id) });
  // The workers' ledger counts of the scheme's year, beside the scores for 工作实绩 (A9.1); not scored.
  const reference = useSheetReference(orgCode, chosen?.year ?? 0);

  return (
    <Card
      size="small"
      title={t('assessment.scoringTitle')}
      extra={
        chosen ? (
          <Space>
            <SchemeStatusTag status={chosen.status} />
            <Link to={`/assessment/schemes/${chosen.id}`}>{t('assessment.schemeDetail')}</Link>
            {orgCode.length >= 9 ? (
              <Link to={`/assessment/schemes/${chosen.id}/qr-codes`}>
                <PrinterOutlined /> {t('assessment.printQr')}
              </Link>
            ) : null}
          </Space>
        ) : null
      }
      data-testid="scoring-page"
    >
      <Typography.Paragraph type="secondary">{t('assessment.scoringIntro')}</Typography.Paragraph>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.data && !chosen ? <Empty description={t('assessment.noOpenScheme')} /> : null}
      {chosen ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Select<number>
            value={chosen.id}
            onChange={choose}
            aria-label={t('assessment.scheme')}
            options={open.map((s) => ({ value: s.id, label: `${s.year} · ${s.name}` }))}
            style={{ minWidth: 360, maxWidth: '100%' }}
            data-testid="scoring-scheme"
          />
          <ScoringSheet key={`${chosen.id}:${orgCode}`} scheme={chosen} org={orgCode} canScore={hasPermission(me, 'assessment:score')} reference={reference} />
        </Space>
      ) : null}
    </Card>
  );
}
