import { Tag } from 'antd';
import type { GridRole, PairType, ProxyCategory, ProxyStatus, VisitCategory } from '@cwp/domain/work-logs';
import { useI18n } from '../../../i18n/i18n-context.tsx';

// The code lists are Chinese data; English mode shows these names.
const EN: Record<string, string> = {
  政策宣传: 'Policy outreach',
  矛盾调解: 'Dispute mediation',
  困难帮扶: 'Hardship help',
  安全隐患: 'Safety hazard',
  民意收集: 'Opinion gathering',
  其他: 'Other',
  低保: 'Subsistence allowance',
  特困: 'Extreme hardship',
  残疾: 'Disability',
  独居老人: 'Elderly living alone',
  留守儿童: 'Left-behind child',
  社保认证: 'Pension eligibility check',
  居住证: 'Residence permit',
  高龄补贴申请: 'Old-age allowance',
  医保办理: 'Medical insurance',
  低保救助申请: 'Subsistence aid application',
  残疾人证件: 'Disability card',
  受理: 'Accepted',
  办理中: 'In progress',
  办结: 'Done',
  退回: 'Returned',
  网格长: 'Grid leader',
  网格员: 'Grid member',
};

/** Names of the A9.1 code lists in the current language. */
export function useWorkLogText() {
  const { lang } = useI18n();
  const name = (v: VisitCategory | PairType | ProxyCategory | ProxyStatus | GridRole | string) => (lang === 'en' ? (EN[v] ?? v) : v);
  return { name };
}

const STATUS_COLOR: Record<ProxyStatus, string> = { 受理: 'blue', 办理中: 'processing', 办结: 'green', 退回: 'default' };

export function ProxyStatusTag({ status, overdue }: { status: ProxyStatus; overdue: boolean }) {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  return (
    <>
      <Tag color={STATUS_COLOR[status]}>{name(status)}</Tag>
      {overdue ? <Tag color="red">{t('wl.overdue')}</Tag> : null}
    </>
  );
}
