// The whole suite's server log (issue 8: "a test scans the logs of a full suite run"). When `npm test` sets
// CWP_SUITE_LOG_DIR, every test app logs at info level, exactly as the product does (same logger settings,
// redaction included), into one file per test process there, and the session tokens the tests obtain are
// noted beside it; scripts/scan-suite-logs.ts then looks for personal numbers, passwords and those tokens.
import { appendFileSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.CWP_SUITE_LOG_DIR;
let stream: NodeJS.WritableStream | undefined;

/**
 * The log destination for a test app, or undefined when the suite log is off (a single file run). Written
 * synchronously: vitest ends its worker processes without waiting for buffered writes.
 */
export function suiteLogStream(): NodeJS.WritableStream | undefined {
  if (!dir) return undefined;
  if (!stream) {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(join(dir, `server-${process.pid}.log`), 'a');
    stream = { write: (line: string) => (writeSync(fd, line), true) } as unknown as NodeJS.WritableStream;
  }
  return stream;
}

/** Remembers a secret a test obtained (a session token) so the scan can prove it never reached the log. */
export function noteSecret(secret: string): void {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `secrets-${process.pid}.txt`), `${secret}\n`);
}
