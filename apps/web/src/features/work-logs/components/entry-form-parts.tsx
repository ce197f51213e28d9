import type { ReactNode } from 'react';
import { Alert, Button, DatePicker, Form } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { todayIso } from '@cwp/domain/dates';
import { fromIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';

/** Who an entry is for: fixed on the worker's phone, picked by the secretary or the street on the desktop. */
export interface EntryFormProps {
  /** The worker's own id (phone page); without it a worker is picked under `org`. */
  workerId?: number;
  org?: string;
  /** Phone layout: big controls, 16px text so iOS does not zoom. */
  phone?: boolean;
  onDone?: () => void;
}

// "Today" is the server's (China Standard Time), not the browser's clock zone, so both refuse the same days.
export const noFuture = (d: Dayjs) => d.format('YYYY-MM-DD') > todayIso();
/** Today (China Standard Time) as a DatePicker value. */
export const todayValue = () => fromIsoDate(todayIso());

export function WorkerField({ workerId, org }: EntryFormProps) {
  const { t } = useI18n();
  if (workerId) return null;
  return (
    <Form.Item name="workerId" label={t('wl.worker')} required>
      <WorkerSelect org={org ?? ''} data-testid="wl-worker" />
    </Form.Item>
  );
}

export function DateField({ name, label, testId }: { name: string; label: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} required>
      <DatePicker style={{ width: '100%' }} disabledDate={noFuture} placeholder={t('wl.pickDate')} data-testid={testId} />
    </Form.Item>
  );
}

export function SubmitRow({ general, phone, loading, onSubmit, label, testId, extra }: { general: string[]; phone?: boolean; loading: boolean; onSubmit: () => void; label: string; testId: string; extra?: ReactNode }) {
  return (
    <>
      {general.length ? <Alert type="error" title={general.join('；')} style={{ marginBottom: 16 }} /> : null}
      {extra}
      <Button type="primary" block={phone} icon={<SendOutlined />} onClick={onSubmit} loading={loading} style={phone ? { height: 48, fontSize: 16 } : undefined} data-testid={testId}>
        {label}
      </Button>
    </>
  );
}
