// A product server started by a test (E2E, fault tests) adds its JSON log lines to the suite log that
// scripts/scan-suite-logs.ts checks (issue 8), when `npm test` set CWP_SUITE_LOG_DIR. The start-up banner
// is not a log line (in demo mode it prints the demo password on purpose) and is left out.
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function teeServerLog(child: ChildProcess, name: string): void {
  const dir = process.env.CWP_SUITE_LOG_DIR;
  if (!dir || !child.stdout) return;
  mkdirSync(dir, { recursive: true });
  // Synchronous writes: the test process may end right after the server does, before buffered writes land.
  const fd = openSync(join(dir, `${name}-${process.pid}-${child.pid}.log`), 'a');
  let partial = '';
  child.stdout.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop()!;
    for (const line of parts) if (line.startsWith('{')) writeSync(fd, line + '\n');
  });
  // 'close', not 'exit': output can still arrive after the process has exited.
  child.on('close', () => closeSync(fd));
}
