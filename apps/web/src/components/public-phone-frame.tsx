import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The phone-sized column of the pages residents open without a login (the satisfaction survey, a community's
 * public page), from a QR code on a notice or a chat message: a title and the language switch above the content.
 */
export function PublicPhoneFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', background: '#eef3fa', padding: '12px 12px 32px' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 16, color: '#1d5fb4' }}>
            {title}
          </Typography.Text>
          <LanguageSwitch size="small" />
        </div>
        {children}
      </div>
    </div>
  );
}
