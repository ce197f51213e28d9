import { z } from 'zod';
import { msg } from './messages.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A calendar date as `YYYY-MM-DD`; the database stores `date`, never a timestamp, for these. */
export const isoDate = z
  .string()
  .refine(isRealDate, { error: msg('日期格式应为 YYYY-MM-DD，且必须是真实存在的日期', 'Use a real date in the form YYYY-MM-DD') });

/** A calendar month as `YYYY-MM` (pay months). */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: msg('月份格式应为 2026-11', 'The month should look like 2026-11') });

export const divisionCodeParam = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { error: msg('区划代码应为 2、4、6、9 或 12 位数字', 'A division code has 2, 4, 6, 9 or 12 digits') });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** Largest PostgreSQL integer: ids, versions and counts sent in a body stay below it (else a 500 in the query). */
export const INT4_MAX = 2_147_483_647;

/**
 * A row id (PostgreSQL integer). The upper bound keeps a huge number in a URL (370902001001, 1e20) a 400
 * instead of an out-of-range error inside the query (found by the endpoint fuzz test).
 */
export const rowId = z.coerce
  .number()
  .int()
  .positive()
  .max(INT4_MAX, { error: msg('编号超出范围', 'The id is out of range') });

export const idParam = z.object({ id: rowId });

export const okResponse = z.object({ ok: z.literal(true) });
