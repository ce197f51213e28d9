// Issue 8 (PIPL, 等保 2.0 三级): the server logs of a full `npm test` run hold no full ID number, mobile
// number, password or session token. `npm test` points every test app (CWP_SUITE_LOG_DIR) and every product
// server the E2E and fault tests start at one directory; this scans all of it afterwards.
//
//   npx tsx scripts/scan-suite-logs.ts DIR [--min-lines N]
//
// Exits 1 naming file, line and kind (the finding itself masked) for anything found, and also when the
// logs are too few to mean anything (fewer than --min-lines, default 10,000), so an empty directory cannot pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseIdNumber } from '@cwp/domain/id-number';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'min-lines': { type: 'string', default: '10000' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: scan-suite-logs.ts DIR [--min-lines N]');
  process.exit(2);
}
const minLines = Number(values['min-lines']);

let files: string[];
try {
  files = readdirSync(dir);
} catch {
  console.error(`日志目录不存在 / no log directory: ${dir}`);
  process.exit(1);
}
const logs = files.filter((f) => f.endsWith('.log'));
const secrets = new Set<string>();
for (const f of files.filter((f) => f.startsWith('secrets-'))) {
  for (const s of readFileSync(join(dir, f), 'utf8').split('\n')) if (s.length >= 16) secrets.add(s);
}

const ID18 = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/g;
// A value under a password-like key that is not pino's redaction marker.
const PASSWORD_FIELD = /"(?:password|currentPassword|newPassword|initialPassword)"\s*:\s*"(?!\[Redacted\]")[^"]*"/g;
const COOKIE = /cwp_session=(?!\[Redacted\])[A-Za-z0-9%._-]{8,}/g;
const API_KEY = /\bcwp_[A-Za-z0-9_-]{24,}/g;
const KNOWN_PASSWORDS = ['Demo@123456'];

interface Finding {
  file: string;
  line: number;
  kind: string;
  sample: string;
}
const findings: Finding[] = [];
const mask = (s: string) => (s.length <= 6 ? '***' : `${s.slice(0, 3)}***${s.slice(-2)}`);
let lines = 0;
let requests = 0;
const routes = new Set<string>();

for (const f of logs) {
  const text = readFileSync(join(dir, f), 'utf8');
  const all = text.split('\n');
  all.forEach((line, i) => {
    if (!line) return;
    lines += 1;
    const add = (kind: string, sample: string) => findings.push({ file: f, line: i + 1, kind, sample: mask(sample) });
    for (const m of line.matchAll(ID18)) if (parseIdNumber(m[0]).ok) add('公民身份号码 ID number', m[0]);
    for (const m of line.matchAll(MOBILE)) add('手机号 mobile number', m[0]);
    for (const m of line.matchAll(PASSWORD_FIELD)) add('密码字段 password field', m[0]);
    for (const m of line.matchAll(COOKIE)) add('会话 Cookie session cookie', m[0]);
    for (const m of line.matchAll(API_KEY)) add('开放接口密钥 API key', m[0]);
    for (const p of KNOWN_PASSWORDS) if (line.includes(p)) add('演示密码 demo password', p);
    for (const s of secrets) if (line.includes(s)) add('会话令牌 session token', s);
    if (line.includes('"req":{"method"')) {
      requests += 1;
      const url = /"url":"([^"?]*)/.exec(line)?.[1];
      if (url) routes.add(url.replace(/\/\d+(?=\/|$)/g, '/:id'));
    }
  });
}

console.log(`scanned ${logs.length} log files, ${lines.toLocaleString('en')} lines, ${requests.toLocaleString('en')} requests on ${routes.size} paths; ${secrets.size} session tokens checked`);
if (findings.length > 0) {
  console.error(`日志中发现个人信息或凭据 / personal data or credentials found in the logs: ${findings.length}`);
  for (const x of findings.slice(0, 50)) console.error(`  ${x.file}:${x.line}  ${x.kind}  ${x.sample}`);
  process.exit(1);
}
if (lines < minLines) {
  console.error(`日志过少，扫描无意义 / too few log lines to mean anything: ${lines} < ${minLines} (was CWP_SUITE_LOG_DIR set for the test run?)`);
  process.exit(1);
}
console.log('no ID numbers, mobile numbers, passwords, session cookies, API keys or session tokens found');
