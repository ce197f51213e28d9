import type { ReactNode } from 'react';
import { Segmented, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * The phone-sized column of the pages residents open without a login (the satisfaction survey, a community's
 * public page), from a QR code on a notice or a chat message: a title and the language switch above the content.
 */
export function PublicPhoneFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div style={{ minHeight: '100vh', background: '#eef3fa', padding: '12px 12px 32px' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 16, color: '#1d5fb4' }}>
            {title}
          </Typography.Text>
          <Segmented
            size="small"
            aria-label={t('header.language')}
            value={lang}
            onChange={(v) => setLang(v as 'zh' | 'en')}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
        {children}
      </div>
    </div>
  );
}
