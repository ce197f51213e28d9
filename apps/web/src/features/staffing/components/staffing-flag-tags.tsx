import { Space, Tag } from 'antd';
import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** A3.1 warnings: red = act now (below 90 % of standard, over the ceiling), amber = watch. */
export function StaffingFlagTags({ flags }: { flags: StaffingNode['flags'] }) {
  const { lang, t } = useI18n();
  if (flags.length === 0) return <Tag color="success">{t('staffing.noFlags')}</Tag>;
  return (
    <Space size={[0, 4]} wrap>
      {flags.map((f) => (
        <Tag key={f.code} color={f.level === 'red' ? 'error' : 'warning'} data-flag={f.code} data-level={f.level} style={{ whiteSpace: 'normal' }}>
          {lang === 'en' ? f.messageEn : f.message}
        </Tag>
      ))}
    </Space>
  );
}
