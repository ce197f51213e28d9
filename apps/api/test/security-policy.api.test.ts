import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './test-app.ts';

// The security administrator's policy (issue 8, 三员分立: "security administrator — roles, scopes, policies"):
// password rules, lockout and session lifetime are set in the app, apply without a restart, are audited, and
// can be made stricter than the floor issue 8 sets but never weaker.

let t: TestApp;
let anquan: string;
let auditor: string;
let admin: string;
let ipSeq = 0;
const nextIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

type Res = Awaited<ReturnType<TestApp['request']>>;
const cookieOf = (res: Res) => String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
const loginRes = (username: string, password: string, ip = nextIp()) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });
async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await loginRes(username, password);
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return cookieOf(res);
}
const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
const post = (url: string, cookie: string, body: unknown = {}) => t.request({ method: 'POST', url, cookie, body });
const put = (url: string, cookie: string, body: unknown) => t.request({ method: 'PUT', url, cookie, body });

const FLOOR = {
  passwordMinLength: 10,
  passwordMinClasses: 3,
  passwordHistory: 5,
  loginMaxFailures: 5,
  loginLockMinutes: 15,
  loginRatePerMinute: 1000,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
};

/** Saves a policy over whatever is in force now; answers the saved view. */
async function savePolicy(change: Partial<typeof FLOOR>) {
  const current = (await get('/api/security/policy', anquan)).json();
  const res = await put('/api/security/policy', anquan, { ...FLOOR, ...change, version: current.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  // The idle test ages a session directly in the database: no per-process session cache.
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '1000', SESSION_CACHE_MS: '0' } });
  [anquan, auditor, admin] = [await login('anquan'), await login('auditor'), await login('admin')];
});
afterAll(() => t.close());

describe('security policy', () => {
  it('security policy: only the security administrator reads and changes it; before any save it shows the configured defaults', async () => {
    const view = (await get('/api/security/policy', anquan)).json();
    expect(view).toMatchObject({ ...FLOOR, source: 'default', version: 0, updatedBy: null });
    for (const who of [admin, auditor, await login('taian')]) {
      expect((await get('/api/security/policy', who)).statusCode).toBe(403);
      expect((await put('/api/security/policy', who, { ...FLOOR, loginMaxFailures: 3, version: 0 })).statusCode).toBe(403);
    }
    expect((await get('/api/security/policy', anquan)).json().version).toBe(0);
  });

  it('security policy: values weaker than the floor are refused with a field error each, and nothing changes', async () => {
    const res = await put('/api/security/policy', anquan, { ...FLOOR, passwordMinLength: 8, passwordHistory: 3, loginMaxFailures: 50, sessionIdleMinutes: 0, version: 0 });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().fields as { path: string; message: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(['loginMaxFailures', 'passwordHistory', 'passwordMinLength', 'sessionIdleMinutes']);
    expect(res.json().fields.find((f: { path: string }) => f.path === 'passwordMinLength').message).toMatch(/密码最短长度不能小于 10/);
    expect((await get('/api/security/policy', anquan)).json().source).toBe('default');
  });

  it('security policy: a stricter lockout (3 failures, 30 minutes) applies to the next attempts without a restart, and the change is audited with before and after', async () => {
    const saved = await savePolicy({ loginMaxFailures: 3, loginLockMinutes: 30 });
    expect(saved).toMatchObject({ source: 'saved', version: 1, updatedBy: 'anquan', loginMaxFailures: 3 });
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push((await loginRes('caiyuan', 'Wrong#pass123')).json().code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'LOGIN_LOCKED']);
    const locked = await loginRes('caiyuan', DEMO_PASSWORD);
    expect(locked.json()).toMatchObject({ code: 'LOGIN_LOCKED', message: expect.stringMatching(/30 分钟/) });
    const audit = (await get('/api/audit?action=security_policy_change', auditor)).json().items;
    expect(audit[0]).toMatchObject({ actorName: 'anquan', objectType: 'security_policy', outcome: 'success' });
    expect(audit[0].detail.changes).toEqual({ loginMaxFailures: { from: 5, to: 3 }, loginLockMinutes: { from: 15, to: 30 } });
    await savePolicy({});
  });

  it('security policy: a save over a version someone else saved meanwhile is 409 VERSION_CONFLICT and changes nothing', async () => {
    const before = (await get('/api/security/policy', anquan)).json();
    await savePolicy({ sessionMaxHours: 8 });
    const stale = await put('/api/security/policy', anquan, { ...FLOOR, sessionMaxHours: 4, version: before.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await get('/api/security/policy', anquan)).json().sessionMaxHours).toBe(8);
    await savePolicy({});
  });

  it('security policy: a stricter password policy (12 characters, four classes, last 6) applies to own change, admin reset and new accounts; the rules are shown even during a forced change', async () => {
    await savePolicy({ passwordMinLength: 12, passwordMinClasses: 4, passwordHistory: 6 });
    const created = await post('/api/users', admin, { username: 'strictuser', displayName: '严格', role: 'street_admin', scopeCode: '370902003', initialPassword: 'Mima#0001aa' });
    expect(created.statusCode).toBe(400);
    expect(created.json().fields[0]).toMatchObject({ path: 'initialPassword', message: '密码至少 12 位' });
    const ok = await post('/api/users', admin, { username: 'strictuser', displayName: '严格', role: 'street_admin', scopeCode: '370902003', initialPassword: 'Mima#0001aaaa' });
    expect(ok.statusCode, ok.body).toBe(200);
    const id = ok.json().id as number;
    expect((await put(`/api/users/${id}/role`, anquan, { role: 'street_admin', scopeCode: '370902003' })).statusCode).toBe(200);
    const session = await login('strictuser', 'Mima#0001aaaa');
    expect((await get('/api/auth/password-rules', session)).json()).toEqual({ minLength: 12, minClasses: 4, history: 6 });

    const threeClasses = await post('/api/auth/change-password', session, { currentPassword: 'Mima#0001aaaa', newPassword: 'mima#0001aaaa' });
    expect(threeClasses.json().fields[0].message).toMatch(/同时包含大写字母、小写字母、数字和符号/);
    const pw = (n: number) => `Mima#000${n}aaaa`;
    for (let n = 2; n <= 6; n++) expect((await post('/api/auth/change-password', session, { currentPassword: pw(n - 1), newPassword: pw(n) })).statusCode).toBe(200);
    // With the floor's five, the 1st would be allowed again; with six it is not.
    const sixBack = await post('/api/auth/change-password', session, { currentPassword: pw(6), newPassword: pw(1) });
    expect(sixBack.json().fields[0].message).toMatch(/最近 6 次/);
    expect((await post(`/api/users/${id}/reset-password`, admin, { newPassword: pw(1) })).statusCode).toBe(400);
    await savePolicy({});
    expect((await post('/api/auth/change-password', session, { currentPassword: pw(6), newPassword: pw(1) })).statusCode).toBe(200);
  });

  it('security policy: the idle timeout in force ends a session idle longer than it (5 minutes here, where the default 30 would not)', async () => {
    const session = await login('taishan');
    const idleFor = async (minutes: number) => {
      await t.database.db.execute(sql`update sessions s set last_seen_at = now() - make_interval(mins => ${minutes}) from users u where u.id = s.user_id and u.username = 'taishan' and s.revoked_at is null`);
    };
    await idleFor(6);
    expect((await get('/api/me', session)).statusCode).toBe(200);
    await savePolicy({ sessionIdleMinutes: 5 });
    await idleFor(6);
    const res = await get('/api/me', session);
    expect(res.statusCode).toBe(401);
    await savePolicy({});
  });

  it('failed login with an unknown username: the audit log keeps only the first three typed characters and the length, never the whole text', async () => {
    expect((await loginRes('Secret#Pass2024', 'whatever#1A')).statusCode).toBe(401);
    const items = (await get('/api/audit?action=login&outcome=failure&pageSize=200', auditor)).json().items as { actorName: string }[];
    expect(items.some((a) => a.actorName.startsWith('Sec…') && a.actorName.includes('15'))).toBe(true);
    expect(JSON.stringify(items)).not.toContain('Secret#Pass2024');
  });
});
