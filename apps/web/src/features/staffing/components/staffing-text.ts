import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import type { QuotaRule } from '@cwp/domain/staffing';
import type { Translate } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';

export const MODE_LABEL: Record<QuotaRule['mode'], MessageKey> = {
  per10k: 'staffing.mode.per10k',
  perHouseholds: 'staffing.mode.perHouseholds',
  householdSteps: 'staffing.mode.householdSteps',
  perCommunityCap: 'staffing.mode.perCommunityCap',
};

/** One line naming a rule, e.g. 每万城镇常住人口 18 人. */
export function ruleText(rule: QuotaRule, t: Translate): string {
  switch (rule.mode) {
    case 'per10k':
      return t('staffing.rule.per10k', { n: rule.ratio });
    case 'perHouseholds':
      return t('staffing.rule.perHouseholds', { n: rule.householdsPerWorker });
    case 'perCommunityCap':
      return t('staffing.rule.perCommunityCap', { n: rule.cap });
    case 'householdSteps':
      return t('staffing.rule.householdSteps', { n: rule.steps.length });
  }
}

/** The band table of a household-step rule, for a tooltip or the summary card. */
export function stepsText(rule: QuotaRule, t: Translate): string | null {
  if (rule.mode !== 'householdSteps') return null;
  const bands = rule.steps.map((s) => t('staffing.rule.step', { below: s.below.toLocaleString('zh-CN'), quota: s.quota }));
  if (rule.beyond) bands.push(t('staffing.rule.beyond', { every: rule.beyond.every, add: rule.beyond.add }));
  return bands.join('；');
}

/** The API sends the rule's own parameters in `params`; they are a QuotaRule. */
export const ruleOf = (node: StaffingNode): QuotaRule => node.rule.params as unknown as QuotaRule;

/** Where the rule in force comes from: the national default, this unit, or an ancestor (named). */
export function inheritanceText(node: StaffingNode, t: Translate, ancestorName?: string): string {
  if (node.rule.inheritedFrom === '') return t('staffing.inherit.national');
  if (node.rule.inheritedFrom === node.code) return t('staffing.inherit.own');
  return t('staffing.inherit.from', { name: ancestorName ?? node.rule.inheritedFrom });
}

/** Who may set what where (the API enforces the same). */
export const RULE_LEVELS: readonly string[] = ['province', 'city', 'county'];
export const CEILING_LEVELS: readonly string[] = ['city', 'county'];

/**
 * The transfer reason written into each moved worker's archive. It is record data rather than UI
 * text, so it stays in Chinese whatever the interface language.
 */
export function allocationMoveReason(fromName: string, toName: string): string {
  return `街道统筹调配（A3.2）：${fromName}→${toName}`;
}
