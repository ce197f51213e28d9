import { Alert, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { INSURANCE_ITEMS } from '@cwp/domain/employment';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useWorkerEmployment } from '../api/worker-employment.ts';
import { useEmploymentText } from './employment-text.tsx';

const FILING_COLOR = { pending: 'processing', approved: 'green', rejected: 'red', cancelled: 'default' } as const;

/** Probation (A9.3), contracts with 五险一金 (A12.2) and, for secretaries, the filing (A9.4) on the worker page. */
export function WorkerEmploymentCards({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const text = useEmploymentText();
  const q = useWorkerEmployment(workerId);
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const e = q.data;
  const p = e?.probation;
  const terms = e?.terms;
  return (
    <Row gutter={[12, 12]} data-testid="worker-employment">
      <Col xs={24} xl={8}>
        <Card size="small" title={t('employment.cardProbation')} loading={q.isLoading} style={{ height: '100%' }} data-testid="card-probation">
          {p?.inProbation ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('employment.probationEnd')}>{p.probationEnd}</Descriptions.Item>
              <Descriptions.Item label={t('employment.daysLeft')}>{text.daysLeft(p.daysLeft)}</Descriptions.Item>
              <Descriptions.Item label={t('employment.standing')}>{p.standing ? text.probationTag(p.standing) : null}</Descriptions.Item>
            </Descriptions>
          ) : p?.screening ? (
            <Space direction="vertical">
              <Tag color={p.screening.result === '合格' ? 'green' : 'red'}>{t('employment.screenedAs', { date: p.screening.screenedOn, result: text.result(p.screening.result) })}</Tag>
              <Typography.Text type="secondary">{p.screening.opinion}</Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('employment.notInProbation')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('employment.cardContract')} loading={q.isLoading} extra={e ? text.contractTag(e.contractStanding) : null} style={{ height: '100%' }} data-testid="card-contract">
          {e && e.contracts.length ? (
            <Timeline
              items={e.contracts.map((c) => ({
                color: c.renewed ? 'gray' : 'green',
                children: (
                  <span>
                    {c.contractNo}（{c.kind}）{c.startDate} — {c.endDate ?? t('employment.openEnded')}
                    {c.previousId ? <Tag style={{ marginInlineStart: 6 }}>{t('employment.renewedFrom')}</Tag> : null}
                  </span>
                ),
              }))}
            />
          ) : (
            <Typography.Paragraph type="secondary">{e?.contractStanding === 'not_applicable' ? t('employment.contract.not_applicable') : t('employment.noContracts')}</Typography.Paragraph>
          )}
          {terms && !terms.applicable ? (
            <Typography.Text type="secondary">{terms.notApplicableReason}</Typography.Text>
          ) : terms?.recorded ? (
            <Space size={[4, 4]} wrap>
              {INSURANCE_ITEMS.map((k) => (
                <Tag key={k} color={terms[k] ? 'green' : 'red'}>
                  {t(`employment.ins.${k}` as MessageKey)}
                </Tag>
              ))}
              {terms.baseMonth ? <Typography.Text type="secondary">{terms.baseMonth}</Typography.Text> : null}
            </Space>
          ) : (
            <Typography.Text type="secondary">
              {t('employment.insured')}：{t('employment.notRecorded')}
            </Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('employment.cardFiling')} loading={q.isLoading} style={{ height: '100%' }} data-testid="card-filing">
          {!e?.isSecretary && !e?.filings.length ? (
            <Typography.Text type="secondary">{t('employment.notSecretary')}</Typography.Text>
          ) : e.filings.length ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              {e.filings.map((f) => (
                <div key={f.requestId}>
                  <Tag color={FILING_COLOR[f.request.status]} data-testid={`filing-status-${f.request.status}`}>
                    {t(`employment.filing.${f.request.status}` as MessageKey)}
                  </Tag>
                  {f.request.status === 'pending' || f.request.status === 'rejected' ? <Typography.Paragraph type="secondary">{f.request.standing}</Typography.Paragraph> : null}
                  <Typography.Text type="secondary">
                    {f.appointedOn} · {f.documentNo}
                  </Typography.Text>
                </div>
              ))}
            </Space>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('employment.noFiling')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
