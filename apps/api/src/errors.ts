import { ERROR_STATUS, type ErrorCode } from '@cwp/contracts/errors.contract';
import { msg, toEnglish } from '@cwp/contracts/messages';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure the user can act on. `message` is Chinese; its English twin comes from the message registry. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldIssue[],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  toJSON() {
    return {
      code: this.code,
      message: this.message,
      messageEn: toEnglish(this.message),
      ...(this.fields ? { fields: this.fields.map((f) => ({ ...f, messageEn: toEnglish(f.message) })) } : {}),
    };
  }
}

/** PostgreSQL unique_violation, whether the driver error arrives bare or wrapped by drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

// Connection-level failures: the server refused or dropped the connection, is shutting down or starting
// up (57P0x), the connection broke (08xxx) or is full (53300). The pool opens a new connection on the next
// query, so these pass by themselves once PostgreSQL is back.
const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const DB_DOWN_MESSAGE = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end/;

/** Whether an error (bare, or wrapped by drizzle as `cause`) means the database cannot be reached. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && DB_DOWN_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && DB_DOWN_MESSAGE.test(e.message)) return true;
    // pg-pool reports a refused connection as an AggregateError of one per address.
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}

/**
 * Whether PostgreSQL rolled the transaction back to resolve a conflict with a concurrent one: a deadlock
 * (40P01; e.g. two writers taking the same records and the audit chain lock in opposite order) or a
 * serialization failure (40001). Nothing was written; the same request can simply be sent again.
 */
export function isTransientConflict(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '40P01' || e.code === '40001') return true;
  }
  return false;
}

export const WRITE_CONFLICT_MESSAGE = msg('另一项操作正在同时修改相同的数据，本次未保存任何内容，请重试', 'Another change to the same records was being saved at the same moment; nothing was saved, please try again');

export const DB_UNAVAILABLE_MESSAGE = msg('数据库暂时无法连接，请稍后重试；如持续出现请联系系统管理员', 'The database cannot be reached at the moment; try again shortly or contact the administrator');

export const UNIT_NOT_FOUND = msg('该单位不存在或不在您的数据范围内', 'This unit does not exist or is outside your data scope');

/** The one 404 for "does not exist" and "outside your scope", so existence never leaks. */
export function notFound(message = msg('记录不存在或不在您的数据范围内', 'Not found or outside your data scope')): AppError {
  return new AppError('NOT_FOUND', message);
}
