import { Alert, Button, Card, Col, QRCode, Result, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useScheme } from '../features/assessment/api/schemes.ts';
import { useScoringSheet } from '../features/assessment/api/scoring-sheet.ts';
import { surveyUrl } from '../features/assessment/components/survey-qr-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useEnumText } from '../i18n/enum-labels.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Every survey QR code of the working street or community on one printable page, for the notice board:
 * the menu and header are left off the paper by the print stylesheet, and no card is split across pages.
 */
export default function AssessmentQrCodesPage() {
  const id = Number(useParams().id);
  const { t, errorText } = useI18n();
  const enumText = useEnumText();
  const { orgCode } = useCurrentOrg();
  const scheme = useScheme(id);
  const unitSized = orgCode.length >= 9;
  const sheet = useScoringSheet(unitSized ? id : 0, orgCode);

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('error.notFound')} />;
  const back = (
    <Link to={`/assessment/schemes/${id}`} aria-label={t('assessment.backToScheme')}>
      <ArrowLeftOutlined />
    </Link>
  );
  if (scheme.isError || sheet.isError) return <Alert type="error" showIcon title={errorText(scheme.error ?? sheet.error)} />;

  return (
    <Card
      size="small"
      title={
        <Space>
          <span className="no-print">{back}</span>
          <span>{t('assessment.qrSheetTitle', { name: scheme.data?.name ?? '' })}</span>
        </Space>
      }
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!sheet.data} className="no-print">
          {t('assessment.print')}
        </Button>
      }
      data-testid="qr-sheet"
    >
      {!unitSized ? <Alert type="info" showIcon title={t('assessment.qrSheetPickUnit')} /> : null}
      {unitSized && (scheme.isPending || sheet.isPending) ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {sheet.data ? (
        <Row gutter={[12, 12]}>
          {sheet.data.items.map((p) => (
            <Col key={p.workerId} xs={12} md={8} xl={6}>
              <div className="print-avoid-break" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 12, textAlign: 'center', background: '#fff' }}>
                <QRCode value={surveyUrl(p.surveyToken)} size={150} type="svg" bordered={false} style={{ margin: '0 auto' }} />
                <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
                  {p.name}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[p.communityName, ...p.positions.map(enumText)].join(' · ')}
                </Typography.Text>
                <div style={{ fontSize: 12, marginTop: 4 }}>{t('assessment.qrCaption')}</div>
              </div>
            </Col>
          ))}
        </Row>
      ) : null}
    </Card>
  );
}
