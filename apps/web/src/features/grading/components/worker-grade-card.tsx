import { Alert, Card, Skeleton } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerGrade } from '../api/get-worker-grade.ts';
import { GradeResultView } from './grade-result-view.tsx';

/** A4 / A12: grade and monthly pay with every number a clerk needs to check them by hand. */
export function WorkerGradeCard({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const q = useWorkerGrade(workerId);
  return (
    <Card size="small" title={t('grading.title')} data-testid="worker-grade">
      {q.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : q.isError ? <Alert type="warning" showIcon title={errorText(q.error)} /> : <GradeResultView result={q.data} />}
    </Card>
  );
}
