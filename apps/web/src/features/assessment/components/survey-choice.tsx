import type { ReactNode } from 'react';
import { Button } from 'antd';

interface Props {
  options: { value: string; label: string; icon?: ReactNode }[];
  value?: string;
  onChange?: (v: string) => void;
  /** Buttons per row; phones fit three short answers or two longer ones. */
  columns: number;
  height: number;
  'aria-label': string;
  'data-testid'?: string;
}

/** Big one-of-n buttons for the phone survey (thumb-sized targets instead of small radio circles). */
export function SurveyChoice({ options, value, onChange, columns, height, ...rest }: Props) {
  return (
    <div role="radiogroup" aria-label={rest['aria-label']} data-testid={rest['data-testid']} style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, 1fr)`, gap: 10 }}>
      {options.map((o) => (
        <Button
          key={o.value}
          role="radio"
          autoInsertSpace={false}
          aria-checked={value === o.value}
          type={value === o.value ? 'primary' : 'default'}
          onClick={() => onChange?.(o.value)}
          style={{ height, fontSize: 16, whiteSpace: 'normal', lineHeight: 1.2, padding: '4px 6px' }}
        >
          {/* The icon above its word keeps three answers readable side by side on a narrow phone. */}
          <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 6 }}>
            {o.icon}
            <span>{o.label}</span>
          </span>
        </Button>
      ))}
    </div>
  );
}
