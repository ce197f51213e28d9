import { useMemo } from 'react';
import { Tag } from 'antd';
import type { Appeal, CONDUCT_KINDS, RESPONDENT_TYPES, Scheme, TOLERANCE_DECISIONS } from '@cwp/contracts/assessment.contract';
import type { DimensionSource, SatisfactionLabel } from '@cwp/domain/assessment';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

type ConductKind = (typeof CONDUCT_KINDS)[number];
type RespondentType = (typeof RESPONDENT_TYPES)[number];
type ToleranceDecision = (typeof TOLERANCE_DECISIONS)[number];

// Stored values are the Chinese names the contracts define; these tables give each its app string.
const STATUS: Record<Scheme['status'], { key: MessageKey; color: string }> = {
  draft: { key: 'assessment.statusDraft', color: 'default' },
  published: { key: 'assessment.statusPublished', color: 'processing' },
  results_published: { key: 'assessment.statusResults', color: 'success' },
};
const SOURCE: Record<DimensionSource, MessageKey> = { street: 'assessment.sourceStreet', peer: 'assessment.sourcePeer', residents: 'assessment.sourceResidents' };
const LEVEL: Record<SatisfactionLabel, MessageKey> = { 满意: 'survey.levelSatisfied', 基本满意: 'survey.levelFair', 不满意: 'survey.levelUnsatisfied' };
const RESPONDENT: Record<RespondentType, MessageKey> = { 普通居民: 'survey.typeOrdinary', 居民代表: 'survey.typeRepresentative', 党员代表: 'survey.typeParty', 驻区单位代表: 'survey.typeUnit' };
const CONDUCT: Record<ConductKind, MessageKey> = { 躺平: 'assessment.kindIdle', 推诿扯皮: 'assessment.kindBuckPassing', 服务态度: 'assessment.kindAttitude', 工作作风: 'assessment.kindStyle', 其他: 'assessment.kindOther' };
const TOLERANCE: Record<ToleranceDecision, MessageKey> = { 免予追责: 'assessment.tolExempt', 从轻或减轻处理: 'assessment.tolLenient', 不予容错: 'assessment.tolRefused' };
const APPEAL: Record<Appeal['status'], { key: MessageKey; color: string }> = {
  pending: { key: 'assessment.appealPending', color: 'gold' },
  upheld: { key: 'assessment.appealUpheld', color: 'default' },
  changed: { key: 'assessment.appealChanged', color: 'blue' },
};

/** Labels of the assessment's stored values in the current language; unknown values are shown as stored. */
export function useAssessmentText() {
  const { t } = useI18n();
  return useMemo(() => {
    const pick = <K extends string>(table: Record<K, MessageKey>) => (v: string) => (v in table ? t(table[v as K]) : v);
    return {
      source: pick(SOURCE),
      level: pick(LEVEL),
      respondent: pick(RESPONDENT),
      conduct: pick(CONDUCT),
      tolerance: pick(TOLERANCE),
    };
  }, [t]);
}

export function SchemeStatusTag({ status }: { status: Scheme['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS[status].color} data-testid="scheme-status">
      {t(STATUS[status].key)}
    </Tag>
  );
}

export function AppealStatusTag({ status }: { status: Appeal['status'] }) {
  const { t } = useI18n();
  return <Tag color={APPEAL[status].color}>{t(APPEAL[status].key)}</Tag>;
}

/** A share 0..1 as the whole-number percentage the scheme form uses (0.3 → "30%"). */
export const sharePct = (x: number) => `${Math.round(x * 10000) / 100}%`;
