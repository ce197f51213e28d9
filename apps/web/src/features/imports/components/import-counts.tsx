import { Card, Col, Row, Statistic } from 'antd';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The dry run in four figures: what a commit would create, update, leave alone, and what it refuses. */
export function ImportCounts({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const cards = [
    { key: 'toCreate', title: t('import.toCreate'), value: job.toCreate, color: '#389e0d' },
    { key: 'toUpdate', title: t('import.toUpdate'), value: job.toUpdate, color: '#1d5fb4' },
    { key: 'unchanged', title: t('import.unchanged'), value: job.unchanged, color: undefined },
    { key: 'rejected', title: t('import.rejected'), value: job.rejected, color: job.rejected > 0 ? '#cf1322' : undefined },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={6}>
          <Card size="small" data-testid={`import-count-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={t('import.rowsUnit') || undefined} styles={{ content: c.color ? { color: c.color } : undefined }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
