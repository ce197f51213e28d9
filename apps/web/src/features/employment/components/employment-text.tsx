import { useMemo } from 'react';
import { Tag } from 'antd';
import type { ContractStandingValue, Placement, ProbationItem } from '@cwp/contracts/employment.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';

const PROBATION_COLOR: Record<ProbationItem['standing'], string> = { running: 'blue', due: 'orange', overdue: 'red' };
const CONTRACT_COLOR: Record<ContractStandingValue, string> = { not_applicable: 'default', none: 'red', upcoming: 'blue', open_ended: 'green', active: 'green', expiring: 'orange', expired: 'red' };
const PLACEMENT_COLOR: Record<Placement['standing'], string> = { upcoming: 'blue', active: 'green', ended: 'default' };

/** Coloured tags for the standings the employment pages show (probation, contract, placement). */
export function useEmploymentText() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      probationTag: (s: ProbationItem['standing']) => (
        <Tag color={PROBATION_COLOR[s]} data-testid={`probation-standing-${s}`}>
          {t(`employment.standing.${s}` as MessageKey)}
        </Tag>
      ),
      contractTag: (s: ContractStandingValue) => (
        <Tag color={CONTRACT_COLOR[s]} data-testid={`contract-standing-${s}`}>
          {t(`employment.contract.${s}` as MessageKey)}
        </Tag>
      ),
      placementTag: (s: Placement['standing']) => <Tag color={PLACEMENT_COLOR[s]}>{t(`employment.placement.${s}` as MessageKey)}</Tag>,
      result: (r: string) => t(`employment.result.${r}` as MessageKey),
      daysLeft: (n: number | null) => (n === null ? '—' : n < 0 ? t('employment.daysOver', { n: -n }) : t('employment.days', { n })),
    }),
    [t],
  );
}
