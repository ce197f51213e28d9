import { Card, Empty, Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerSecondments } from '../api/secondments.ts';
import { SecondmentTable } from './secondment-table.tsx';

/** A17.3 on the worker page: the worker's secondments, and whether they are away on one today. */
export function WorkerSecondmentCard({ workerId }: { workerId: number }) {
  const { t } = useI18n();
  const list = useWorkerSecondments(workerId);
  const active = list.data?.some((s) => s.active);
  return (
    <Card size="small" title={t('burden.workerSecondmentsTitle')} extra={active ? <Tag color="orange">{t('burden.active')}</Tag> : null} data-testid="worker-secondments">
      {list.data && !list.data.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('burden.noSecondments')} /> : null}
      {list.data?.length ? <SecondmentTable items={list.data} canEnd={false} showWorker={false} /> : null}
    </Card>
  );
}
