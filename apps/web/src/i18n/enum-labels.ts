import { useMemo } from 'react';
import { enLabel } from '@cwp/domain/worker-enums';
import { ORG_LEVEL_LABELS, type OrgLevelName } from '@cwp/contracts/org.contract';
import { ROLE_LABELS, type Role } from '@cwp/contracts/auth.contract';
import {
  COMMITTEE_KIND_EN,
  COMMITTEE_KIND_LABELS,
  STREET_KIND_EN,
  STREET_KIND_LABELS,
  urClassEn,
  urClassLabel,
  type CommitteeKind,
  type StreetKind,
} from '@cwp/domain/division-code';
import { useI18n, type Lang } from './i18n-context.tsx';

/**
 * Stored enumeration values are the Chinese labels (e.g. 在岗, 大学本科); English mode shows the
 * domain package's English twin so both languages come from one table.
 */
export function enumText(lang: Lang, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return lang === 'en' ? enLabel(value) : value;
}

export function useEnumText(): (value: string | null | undefined) => string {
  const { lang } = useI18n();
  return (value) => enumText(lang, value);
}

export interface EnumOption {
  value: string;
  label: string;
}

export function useEnumOptions(values: readonly string[]): EnumOption[] {
  const { lang } = useI18n();
  return useMemo(() => values.map((v) => ({ value: v, label: enumText(lang, v) })), [values, lang]);
}

export function orgLevelText(lang: Lang, level: string): string {
  const l = ORG_LEVEL_LABELS[level as OrgLevelName];
  return l ? l[lang] : level;
}

export function roleText(lang: Lang, role: string, fallback?: string): string {
  const l = ROLE_LABELS[role as Role];
  return l ? l[lang] : (fallback ?? role);
}

/** The API may send the kind key (subdistrict) or its label (街道); show either in the current language. */
export function streetKindText(lang: Lang, kind: string | null): string {
  if (!kind) return '';
  const key = (Object.keys(STREET_KIND_LABELS) as StreetKind[]).find((k) => k === kind || STREET_KIND_LABELS[k] === kind);
  if (!key) return kind;
  return lang === 'en' ? STREET_KIND_EN[key] : STREET_KIND_LABELS[key];
}

export function committeeKindText(lang: Lang, kind: string | null): string {
  if (!kind) return '';
  const key = (Object.keys(COMMITTEE_KIND_LABELS) as CommitteeKind[]).find((k) => k === kind || COMMITTEE_KIND_LABELS[k] === kind);
  if (!key) return kind;
  return lang === 'en' ? COMMITTEE_KIND_EN[key] : COMMITTEE_KIND_LABELS[key];
}

export function urClassText(lang: Lang, urCode: string | null): string {
  if (!urCode) return '';
  const label = lang === 'en' ? urClassEn(urCode) : urClassLabel(urCode);
  return label ? `${label}（${urCode}）` : urCode;
}
