import { Select } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';

const THIS_YEAR = new Date().getFullYear();
/** Records go back a decade in practice; next year is offered for checks planned ahead. */
const YEARS = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 1 - i);

interface Props {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  /** Lists may show every year; a year-bound table (health checks) may not. */
  allowAll?: boolean;
  'data-testid'?: string;
}

export function YearSelect({ value, onChange, allowAll, ...rest }: Props) {
  const { t } = useI18n();
  return (
    <Select<number>
      value={value}
      allowClear={allowAll}
      placeholder={t('incentives.allYears')}
      aria-label={t('incentives.year')}
      onChange={(v) => onChange(v ?? undefined)}
      options={YEARS.map((y) => ({ value: y, label: t('incentives.yearN', { n: y }) }))}
      style={{ width: 140 }}
      data-testid={rest['data-testid']}
    />
  );
}
