import dayjs, { type Dayjs } from 'dayjs';

/** DatePicker value → the `YYYY-MM-DD` calendar date the contracts expect. */
export function toIsoDate(d: Dayjs | null | undefined): string | null {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(s: string | null | undefined): Dayjs | null {
  if (!s) return null;
  const d = dayjs(s, 'YYYY-MM-DD');
  return d.isValid() ? d : null;
}

export function formatDateTime(s: string | null | undefined): string {
  if (!s) return '';
  const d = dayjs(s);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : s;
}
