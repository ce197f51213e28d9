import { Input, Typography } from 'antd';
import { parseIdNumber } from '@cwp/domain/id-number';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';

interface Props {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
  status?: '' | 'error';
}

/** ID number input that shows the gender and birth date read from the number as soon as it parses. */
export function IdNumberInput({ id, value, onChange, onBlur, disabled }: Props) {
  const { t } = useI18n();
  const et = useEnumText();
  const parsed = value ? parseIdNumber(value) : null;
  return (
    <div>
      <Input
        id={id}
        value={value}
        disabled={disabled}
        maxLength={22}
        autoComplete="off"
        placeholder={t('workers.idNumberPlaceholder')}
        onChange={(e) => onChange?.(e.target.value)}
        onBlur={onBlur}
      />
      {parsed?.ok ? (
        <Typography.Text type="success" data-testid="id-derived" style={{ display: 'block', marginTop: 4 }}>
          {t('workers.idDerived', { gender: et(parsed.value.gender), birth: parsed.value.birthDate })}
          {parsed.value.legacyConverted ? ` ${t('workers.idLegacyConverted', { id: parsed.value.idNumber })}` : ''}
        </Typography.Text>
      ) : null}
    </div>
  );
}
