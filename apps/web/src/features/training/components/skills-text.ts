import { useMemo } from 'react';
import { COMPETITION_LEVELS } from '@cwp/contracts/skills.contract';
import type { FrontDeskPost } from '@cwp/domain/training';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

// Stored posts and levels are their Chinese names; the domain has no English table for them, so the app's
// dictionaries carry one key each.
const POST_KEY: Readonly<Record<FrontDeskPost, MessageKey>> = {
  党群服务: 'skills.postPartyServices',
  社会救助: 'skills.postSocialAssistance',
  养老服务: 'skills.postElderlyCare',
  就业创业: 'skills.postEmployment',
  社会保险: 'skills.postSocialInsurance',
  医疗保障: 'skills.postMedicalInsurance',
  退役军人服务: 'skills.postVeterans',
  残疾人服务: 'skills.postDisability',
  妇女儿童: 'skills.postWomenChildren',
  综治调解: 'skills.postMediation',
};

export type CompetitionLevel = (typeof COMPETITION_LEVELS)[number];
const LEVEL_KEY: Readonly<Record<CompetitionLevel, MessageKey>> = {
  国家级: 'skills.levelNational',
  省级: 'skills.levelProvince',
  市级: 'skills.levelCity',
  县级: 'skills.levelCounty',
  街道级: 'skills.levelStreet',
};

/** Front-desk post and competition level names in the current language. */
export function useSkillsText() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      post: (p: string) => (p in POST_KEY ? t(POST_KEY[p as FrontDeskPost]) : p),
      level: (l: CompetitionLevel) => t(LEVEL_KEY[l]),
    }),
    [t],
  );
}
