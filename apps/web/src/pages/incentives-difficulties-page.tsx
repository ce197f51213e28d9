import { useState } from 'react';
import { useListParams } from '../lib/list-params.ts';
import { Alert, Button, Card, Segmented, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DIFFICULTY_STATUSES, type Difficulty } from '@cwp/contracts/incentives.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useDifficulties, type DifficultyStatus } from '../features/incentives/api/difficulties.ts';
import { AnswerDifficultyModal } from '../features/incentives/components/answer-difficulty-modal.tsx';
import { DifficultyTable } from '../features/incentives/components/difficulty-table.tsx';
import { ChooseUnitAlert, useIncentivesText } from '../features/incentives/components/incentives-text.tsx';
import { RaiseDifficultyModal } from '../features/incentives/components/raise-difficulty-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type StatusFilter = DifficultyStatus | 'all';

/** 困难诉求 (A14.1): what workers under the unit raised, answered by the street within the due date. */
export default function IncentivesDifficultiesPage() {
  const { t, errorText } = useI18n();
  const text = useIncentivesText();
  const { orgCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'incentives:write');
  // Unanswered first: the list exists to be worked through; every status is one click away.
  const [status, setStatus] = useState<StatusFilter>('待答复');
  const [params, setParam] = useListParams();
  const overdue = params.get('overdue') === '1';
  const setOverdue = (on: boolean) => setParam({ overdue: on ? '1' : undefined });
  const list = useDifficulties({ org: orgCode, status: status === 'all' ? undefined : status, overdue });
  const [answering, setAnswering] = useState<Difficulty | null>(null);
  const [raising, setRaising] = useState(false);
  const hasUnit = orgCode.length >= 2;

  return (
    <Card
      size="small"
      title={t('care.difficultiesTitle')}
      extra={
        canWrite && hasUnit ? (
          <Button icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="difficulty-raise">
            {t('care.recordForWorker')}
          </Button>
        ) : null
      }
      data-testid="difficulties-page"
    >
      <Typography.Paragraph type="secondary">{t('care.difficultiesIntro')}</Typography.Paragraph>
      {hasUnit ? null : <ChooseUnitAlert />}
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          options={[...DIFFICULTY_STATUSES.map((s) => ({ value: s as StatusFilter, label: text.difficultyStatus(s) })), { value: 'all', label: t('care.allStatuses') }]}
          data-testid="difficulty-status-filter"
        />
        <Space>
          <Switch checked={overdue} onChange={setOverdue} aria-label={t('care.overdueOnly')} data-testid="difficulty-overdue-only" />
          <span>{t('care.overdueOnly')}</span>
        </Space>
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <DifficultyTable items={list.data ?? []} loading={list.isFetching} canWrite={canWrite} onAnswer={setAnswering} />
      {canWrite ? (
        <>
          <AnswerDifficultyModal difficulty={answering} onClose={() => setAnswering(null)} />
          {hasUnit ? <RaiseDifficultyModal open={raising} org={orgCode} onClose={() => setRaising(false)} /> : null}
        </>
      ) : null}
    </Card>
  );
}
