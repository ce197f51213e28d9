import { useMemo } from 'react';
import { Tag } from 'antd';
import type { ComplianceItem } from '@cwp/contracts/training.contract';
import { TRAINING_KIND_EN, TRAINING_TIER_EN, type TrainingKind, type TrainingMode, type TrainingTier } from '@cwp/domain/training';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * Stored training values are the Chinese names (县级骨干培训, 线上, 合格); English mode shows the domain's
 * English twins, or the app's own strings for the values the domain has no table for.
 */
export function useTrainingText() {
  const { lang, t } = useI18n();
  return useMemo(
    () => ({
      tier: (v: TrainingTier) => (lang === 'en' ? TRAINING_TIER_EN[v] : v),
      kind: (v: TrainingKind) => (lang === 'en' ? TRAINING_KIND_EN[v] : v),
      mode: (v: TrainingMode) => (v === '线上' ? t('training.modeOnline') : t('training.modeOnsite')),
      result: (v: string | null) => (v === '合格' ? t('training.passed') : v === '不合格' ? t('training.failed') : ''),
      rule: (v: ComplianceItem['rule']) => (v === 'A8.2' ? t('training.ruleA82') : t('training.ruleA83')),
    }),
    [lang, t],
  );
}

const STATUS = {
  overdue: { color: 'red', key: 'training.statusOverdue' },
  due: { color: 'orange', key: 'training.statusDue' },
  ok: { color: 'green', key: 'training.statusOk' },
} as const;

export function ComplianceStatusTag({ status }: { status: ComplianceItem['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS[status].color} data-testid="compliance-status">
      {t(STATUS[status].key)}
    </Tag>
  );
}
