import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from './test-app.ts';
import { repoRoot } from './test-cluster.ts';

// The whole-suite log scan (scripts/scan-suite-logs.ts, the `logs` stage of npm test) must fail on each kind
// of leak and on a log too small to mean anything; otherwise a clean suite log would prove nothing.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function scan(lines: string[], secrets: string[] = [], minLines = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'cwp-scan-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'server-1.log'), lines.join('\n') + '\n');
  if (secrets.length) writeFileSync(join(dir, 'secrets-1.txt'), secrets.join('\n') + '\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan-suite-logs.ts', dir, '--min-lines', String(minLines)], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}
const req = (url: string) => JSON.stringify({ level: 30, reqId: 'req-1', req: { method: 'GET', url }, msg: 'incoming request' });
const clean = [req('/api/workers/12'), req('/api/workers?q=3709**********1234'), JSON.stringify({ level: 30, res: { statusCode: 200 }, responseTime: 3.2 })];

describe('suite log scan', () => {
  it('log hygiene of the whole suite: a clean log passes, and each kind of leak fails with its kind named', () => {
    expect(scan(clean).status).toBe(0);
    const token = 'Zx8kQ2mN4pR7sT1vW3yA5bC6dE9fG0hJ';
    const leaks: [string, string][] = [
      [req(`/api/workers?q=${makeIdNumber('370902', '1985-03-12', 17)}`), '公民身份号码'],
      [JSON.stringify({ level: 50, msg: 'sms to 13912345678 failed' }), '手机号'],
      [JSON.stringify({ level: 30, body: { newPassword: 'Xin#Mima2024' } }), '密码字段'],
      [JSON.stringify({ level: 30, headers: { cookie: 'cwp_session=abcDEF123456.sig' } }), '会话 Cookie'],
      [JSON.stringify({ level: 30, msg: 'login with Demo@123456' }), '演示密码'],
      [JSON.stringify({ level: 30, msg: `token ${token}` }), '会话令牌'],
    ];
    for (const [line, kind] of leaks) {
      const r = scan([...clean, line], [token]);
      expect(r.status, kind).toBe(1);
      expect(r.out).toContain(kind);
    }
    // A redacted password and a masked ID are not findings.
    expect(scan([...clean, JSON.stringify({ body: { password: '[Redacted]' } })]).status).toBe(0);
  });

  it('log hygiene of the whole suite: too few lines (the suite did not log) is a failure, not a pass', () => {
    const r = scan(clean, [], 10_000);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/too few log lines/);
  });
});
