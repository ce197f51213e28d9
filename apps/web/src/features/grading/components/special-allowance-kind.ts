import { SPECIAL_ALLOWANCE_EN, SPECIAL_ALLOWANCE_LABELS, type SpecialAllowanceKind } from '@cwp/domain/special-allowance';
import { useI18n } from '../../../i18n/i18n-context.tsx';

export function useKindText(): (kind: SpecialAllowanceKind) => string {
  const { lang } = useI18n();
  return (kind) => (lang === 'en' ? SPECIAL_ALLOWANCE_EN[kind] : SPECIAL_ALLOWANCE_LABELS[kind]);
}
