// What keeps personal numbers, passwords and session tokens out of the server log (issue 8, PIPL).
import { redactPersonalNumbers } from '../../security/log-redaction.ts';

/**
 * pino redact paths. Requests are logged as method + masked URL only (app.ts serializer), so these catch
 * what a handler might log by mistake: headers, and a body or object holding a password or token.
 */
export const LOG_REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.idNumber',
  '*.phone',
] as const;

/** A pino destination that masks ID-number and mobile-like digit runs in every line before writing it. */
export function redactingLogStream(dest: NodeJS.WritableStream): { write(line: string): void } {
  return {
    write(line: string) {
      dest.write(redactPersonalNumbers(line));
    },
  };
}
