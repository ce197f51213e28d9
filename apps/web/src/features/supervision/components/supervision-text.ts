import { DISCLOSURE_KIND_EN, TALK_KIND_EN } from '@cwp/domain/supervision';
import { useI18n } from '../../../i18n/i18n-context.tsx';

// English labels of the stored Chinese values; Chinese is shown as stored.
const EN: Record<string, string> = {
  ...TALK_KIND_EN,
  ...DISCLOSURE_KIND_EN,
  公开栏: 'Notice board',
  线上: 'Online',
  合格: 'Satisfactory',
  需整改: 'Needs correction',
  任中: 'Mid-term',
  离任: 'Leaving office',
  党组织书记: 'Party secretary',
  居委会主任: "Residents' committee director",
  财务收支: 'Income and spending',
  资产资源: 'Assets and resources',
  工程项目: 'Works projects',
  惠民资金: 'Public-benefit funds',
  内部控制: 'Internal control',
  其他: 'Other',
  整改中: 'Being rectified',
  已整改: 'Rectified',
};

export function useSupervisionText() {
  const { lang } = useI18n();
  return (v: string) => (lang === 'en' ? (EN[v] ?? v) : v);
}
