import { Segmented } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 中文 / EN: the one language switch of the header, the login page and the phone pages. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' | 'large' }) {
  const { t, lang, setLang } = useI18n();
  return (
    <Segmented
      size={size}
      aria-label={t('header.language')}
      value={lang}
      onChange={(v) => setLang(v as 'zh' | 'en')}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
