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

export const UNIT_NOT_FOUND = msg('该单位不存在或不在您的数据范围内', 'This unit does not exist or is outside your data scope');

/** The one 404 for "does not exist" and "outside your scope", so existence never leaks. */
export function notFound(message = msg('记录不存在或不在您的数据范围内', 'Not found or outside your data scope')): AppError {
  return new AppError('NOT_FOUND', message);
}
