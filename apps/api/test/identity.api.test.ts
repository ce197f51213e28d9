import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ADMIN_ROLES, ROLE_PERMISSIONS } from '@cwp/contracts/auth.contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { users } from '../src/db/schema.ts';
import { prepareDatabase } from '../src/seed/first-start.ts';
import { loadPiiCrypto } from '../src/security/pii-crypto.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './test-app.ts';

// Identity and access to 等保 2.0 三级 (issue 8): password policy, forced change of initial passwords,
// lockout per account and per address, login rate limit, session list and logout everywhere, 三员分立, CSRF.
// The app runs with the real login budget (20 a minute per address), so every login here comes from its own
// client address unless the test is about one address.

let t: TestApp;
let admin: string;
let anquan: string;
let auditor: string;
let ipSeq = 0;
const nextIp = () => `10.8.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
const CHINESE = /[\u4e00-\u9fff]/;

type Res = Awaited<ReturnType<TestApp['request']>>;
const cookieOf = (res: Res) => String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;

function loginRes(username: string, password: string, ip = nextIp(), userAgent = 'vitest') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip, headers: { 'user-agent': userAgent } });
}
async function login(username: string, password = DEMO_PASSWORD, ip = nextIp(), userAgent = 'vitest'): Promise<string> {
  const res = await loginRes(username, password, ip, userAgent);
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return cookieOf(res);
}
const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
const post = (url: string, cookie: string, body: unknown = {}) => t.request({ method: 'POST', url, cookie, body });
const auditOf = async (action: string) => (await get(`/api/audit?action=${action}&pageSize=200`, auditor)).json().items as { actorName: string; ip: string; objectId: string; detail: Record<string, unknown> }[];

/** Opens an account as the system administrator and has the security administrator grant it; returns its id. */
async function openAccount(username: string, initialPassword: string, role = 'street_admin', scopeCode = '370902003'): Promise<number> {
  const created = await post('/api/users', admin, { username, displayName: `测试 ${username}`, role, scopeCode, initialPassword });
  expect(created.statusCode, created.body).toBe(200);
  const id = created.json().id as number;
  const granted = await t.request({ method: 'PUT', url: `/api/users/${id}/role`, cookie: anquan, body: { role, scopeCode } });
  expect(granted.statusCode, granted.body).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '20' } });
  [admin, anquan, auditor] = [await login('admin'), await login('anquan'), await login('auditor')];
});
afterAll(() => t.close());

describe('password policy', () => {
  it('password policy: too short, two classes, containing the username are refused with a field error, wherever a password is set', async () => {
    const weak: [string, RegExp][] = [
      ['Ab1#xyz', /至少 10 位/],
      ['abcdefgh12', /至少三类/],
      ['Xx#policyuser1', /不能包含用户名/],
    ];
    for (const [pw, why] of weak) {
      const created = await post('/api/users', admin, { username: 'policyuser1', displayName: '策略', role: 'street_admin', scopeCode: '370902003', initialPassword: pw });
      expect(created.statusCode, pw).toBe(400);
      const f = created.json().fields.find((x: { path: string }) => x.path === 'initialPassword');
      expect(f.message, pw).toMatch(why);
      expect(f.messageEn, pw).toMatch(/[a-z]/);
    }
    const id = await openAccount('policyuser1', 'Chushi#2024ab');
    for (const [pw, why] of weak) {
      const reset = await post(`/api/users/${id}/reset-password`, admin, { newPassword: pw.replace('policyuser1', 'POLICYUSER1') });
      expect(reset.statusCode, pw).toBe(400);
      expect(reset.json().fields[0]).toMatchObject({ path: 'newPassword', message: expect.stringMatching(why) });
    }
    const session = await login('policyuser1', 'Chushi#2024ab');
    for (const [pw, why] of weak) {
      const res = await post('/api/auth/change-password', session, { currentPassword: 'Chushi#2024ab', newPassword: pw });
      expect(res.statusCode, pw).toBe(400);
      expect(res.json().fields[0]).toMatchObject({ path: 'newPassword', message: expect.stringMatching(why) });
    }
  });

  it('password policy: none of the last 5 passwords may be set again (own change and admin reset); the 6th back may', async () => {
    const id = await openAccount('policyuser2', 'Mima#0001aa');
    const session = await login('policyuser2', 'Mima#0001aa');
    const pw = (n: number) => `Mima#000${n}aa`;
    for (let n = 2; n <= 6; n++) {
      const res = await post('/api/auth/change-password', session, { currentPassword: pw(n - 1), newPassword: pw(n) });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Current is 6; the last five are 2–6.
    for (const n of [6, 5, 2]) {
      const res = await post('/api/auth/change-password', session, { currentPassword: pw(6), newPassword: pw(n) });
      expect(res.statusCode, String(n)).toBe(400);
      expect(res.json().fields[0]).toMatchObject({ path: 'newPassword', message: expect.stringMatching(/最近 5 次/) });
      expect(res.json().fields[0].messageEn).toMatch(/last 5/);
      const reset = await post(`/api/users/${id}/reset-password`, admin, { newPassword: pw(n) });
      expect(reset.statusCode, `reset ${n}`).toBe(400);
    }
    expect((await post('/api/auth/change-password', session, { currentPassword: pw(6), newPassword: pw(1) })).statusCode).toBe(200);
    // Only hashes are kept, and no more than five per account.
    const rows = (await t.database.db.execute(sql`select password_hash from password_history where user_id = ${id}`)) as unknown as { rows?: { password_hash: string }[] } | { password_hash: string }[];
    const list = Array.isArray(rows) ? rows : rows.rows!;
    expect(list).toHaveLength(5);
    expect(list.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
  });
});

describe('forced change of initial passwords', () => {
  it('an account opened or reset by an administrator gets only me, logout and change-password until it changes the password', async () => {
    const id = await openAccount('forceduser', 'Chushi#2024ab');
    const session = await login('forceduser', 'Chushi#2024ab');
    expect((await get('/api/me', session)).json().mustChangePassword).toBe(true);
    const refused: [string, string, unknown?][] = [
      ['GET', '/api/workers'],
      ['GET', '/api/org-units/370902003'],
      ['GET', '/api/auth/sessions'],
      ['GET', '/api/workflow/inbox?box=todo'],
      ['POST', '/api/org-units/370902003/population', { year: 2024, urbanPopulation: 1, source: 'x' }],
    ];
    for (const [method, url, body] of refused) {
      const res = await t.request({ method: method as 'GET', url, cookie: session, body });
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(CHINESE) });
    }
    expect((await post('/api/auth/change-password', session, { currentPassword: 'Chushi#2024ab', newPassword: 'Xin#Mima2024cd' })).statusCode).toBe(200);
    expect((await get('/api/workers?pageSize=1', session)).statusCode).toBe(200);
    // A reset by the system administrator forces it again.
    expect((await post(`/api/users/${id}/reset-password`, admin, { newPassword: 'Reset#2024xyz' })).statusCode).toBe(200);
    const again = await login('forceduser', 'Reset#2024xyz');
    expect((await get('/api/workers', again)).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await post('/api/auth/logout', again)).statusCode).toBe(200);
  });

  it('forced change outside demo mode: a first start without demo data opens only the three administrators, each forced to change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwp-nodemo-'));
    const database = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await prepareDatabase({ database, crypto: loadPiiCrypto(join(dir, 'keys.json')), demo: false, demoPassword: 'Initial#2024x', orgPrefix: '370902001' });
      const rows = await database.db.select({ username: users.username, role: users.role, must: users.mustChangePassword }).from(users).orderBy(users.id);
      expect(rows).toEqual([
        { username: 'admin', role: 'system_admin', must: true },
        { username: 'anquan', role: 'security_admin', must: true },
        { username: 'auditor', role: 'auditor', must: true },
      ]);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // A fresh in-process database runs every migration: slow when other suites share the machine.
  }, 180_000);

  it('demo mode: the seeded demo accounts are not forced to change (control)', async () => {
    expect((await get('/api/me', await login('daimiao'))).json().mustChangePassword).toBe(false);
  });
});

describe('lockout', () => {
  it('lockout after 5 failures for one username: locked 15 minutes even with the right password, audited with the address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await loginRes('caiyuan', 'Wrong#pass123')).json().code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'LOGIN_LOCKED']);
    const locked = await loginRes('caiyuan', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'LOGIN_LOCKED', message: expect.stringMatching(/15 分钟/) });
    expect(locked.headers['set-cookie']).toBeUndefined();
    const lockouts = await auditOf('login_lockout');
    expect(lockouts.some((a) => a.objectId === 'caiyuan' && a.actorName === 'caiyuan' && /^10\.8\./.test(a.ip))).toBe(true);
    expect((await auditOf('login')).some((a) => a.actorName === 'caiyuan' && a.detail?.reason === 'locked')).toBe(true);
    // When the 15 minutes are over the right password works again.
    await t.database.db.execute(sql`update login_throttle set locked_until = now() - interval '1 second' where kind = 'account' and key = 'caiyuan'`);
    expect((await loginRes('caiyuan', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('lockout does not reveal whether a username exists: an unknown name locks with the same answers', async () => {
    const seq = async (username: string) => {
      const out: [number, string, string][] = [];
      for (let i = 0; i < 6; i++) {
        const r = await loginRes(username, 'Wrong#pass123');
        out.push([r.statusCode, r.json().code, r.json().message]);
      }
      return out;
    };
    expect(await seq('no_such_user_x')).toEqual(await seq('shuji'));
  });

  it('lockout counters reset on success: 4 failures, a success, 4 failures do not lock', async () => {
    for (let i = 0; i < 4; i++) expect((await loginRes('taishan', 'Wrong#pass123')).json().code).toBe('UNAUTHENTICATED');
    expect((await loginRes('taishan', DEMO_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await loginRes('taishan', 'Wrong#pass123')).json().code).toBe('UNAUTHENTICATED');
    expect((await loginRes('taishan', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('lockout after 5 failures from one client address across accounts; other addresses are unaffected', async () => {
    const ip = '192.0.2.77';
    for (const u of ['u1', 'u2', 'u3', 'u4']) expect((await loginRes(u, 'Wrong#pass123', ip)).json().code).toBe('UNAUTHENTICATED');
    expect((await loginRes('u5', 'Wrong#pass123', ip)).json().code).toBe('LOGIN_LOCKED');
    const right = await loginRes('yingji', DEMO_PASSWORD, ip);
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('LOGIN_LOCKED');
    expect((await loginRes('yingji', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await auditOf('login_lockout')).some((a) => a.objectId === ip && a.ip === ip)).toBe(true);
  });

  it('login rate limit: the 21st attempt within a minute from one address is 429 RATE_LIMITED', async () => {
    const ip = '192.0.2.99';
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) codes.push((await loginRes(`rl${i}`, 'Wrong#pass123', ip)).json().code);
    expect(codes.slice(0, 4).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(4, 20).every((c) => c === 'LOGIN_LOCKED')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
    const res = await loginRes('rl99', 'Wrong#pass123', ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('list of active sessions: two devices with address and browser, the current one marked; ending the other closes it', async () => {
    const phone = await login('gongzuozhe', DEMO_PASSWORD, '10.9.0.1', 'Mozilla/5.0 (iPhone)');
    const desk = await login('gongzuozhe', DEMO_PASSWORD, '10.9.0.2', 'Mozilla/5.0 (Windows NT 10.0)');
    const list = (await get('/api/auth/sessions', desk)).json().items as { id: string; ip: string; userAgent: string; current: boolean; createdAt: string; lastSeenAt: string }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const mine = list.find((s) => s.current)!;
    expect(mine).toMatchObject({ ip: '10.9.0.2', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' });
    const other = list.find((s) => s.ip === '10.9.0.1')!;
    expect(other).toMatchObject({ current: false, userAgent: 'Mozilla/5.0 (iPhone)' });
    expect(JSON.stringify(list)).not.toContain(phone.split('=')[1]!.split('.')[0]);
    // Someone else cannot end it.
    expect((await t.request({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, cookie: await login('taishan') })).statusCode).toBe(404);
    expect((await get('/api/me', phone)).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, cookie: desk })).statusCode).toBe(200);
    expect((await get('/api/me', phone)).statusCode).toBe(401);
    expect((await get('/api/auth/sessions', desk)).json().items.map((s: { id: string }) => s.id)).not.toContain(other.id);
    expect((await auditOf('session_end')).some((a) => a.objectId === other.id)).toBe(true);
  });

  it('logout everywhere ends every session of the user, the current one included, and is audited', async () => {
    const a = await login('daimiao');
    const b = await login('daimiao');
    const bystander = await login('caiyuan');
    expect((await post('/api/auth/logout-all', a)).statusCode).toBe(200);
    expect((await get('/api/me', a)).statusCode).toBe(401);
    expect((await get('/api/me', b)).statusCode).toBe(401);
    expect((await get('/api/me', bystander)).statusCode).toBe(200);
    expect((await auditOf('logout_all')).some((x) => x.actorName === 'daimiao')).toBe(true);
  });
});

describe('三员分立', () => {
  it('三员分立: no permission is shared by two administrator roles, and none of them reads business data', () => {
    const [sys, sec, aud] = ADMIN_ROLES.map((r) => new Set(ROLE_PERMISSIONS[r]));
    for (const p of sys!) expect(sec!.has(p) || aud!.has(p), p).toBe(false);
    for (const p of sec!) expect(aud!.has(p), p).toBe(false);
    expect([...sys!, ...sec!, ...aud!].filter((p) => /^(workers|org|stats):/.test(p))).toEqual([]);
  });

  it('三员分立: the system administrator opens an account but cannot grant it a role; it cannot log in until the security administrator does', async () => {
    const created = await post('/api/users', admin, { username: 'pendinguser', displayName: '待授权', role: 'auditor', scopeCode: '', initialPassword: 'Chushi#2024ab' });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ authorized: false, mustChangePassword: true });
    const id = created.json().id;
    const early = await loginRes('pendinguser', 'Chushi#2024ab');
    expect(early.statusCode).toBe(403);
    expect(early.json()).toMatchObject({ code: 'ACCOUNT_NOT_AUTHORIZED', message: expect.stringMatching(/安全管理员/) });
    for (const body of [{ role: 'security_admin' }, { scopeCode: '3709' }, { workerId: 1 }]) {
      const res = await t.request({ method: 'PATCH', url: `/api/users/${id}`, cookie: admin, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(403);
      expect(res.json().message).toMatch(/安全管理员/);
    }
    expect((await t.request({ method: 'PUT', url: `/api/users/${id}/role`, cookie: admin, body: { role: 'auditor', scopeCode: '' } })).statusCode).toBe(403);
    const grant = await t.request({ method: 'PUT', url: `/api/users/${id}/role`, cookie: anquan, body: { role: 'auditor', scopeCode: '' } });
    expect(grant.statusCode, grant.body).toBe(200);
    expect(grant.json()).toMatchObject({ role: 'auditor', authorized: true });
    expect((await loginRes('pendinguser', 'Chushi#2024ab')).statusCode).toBe(200);
    const audit = await auditOf('role_grant');
    expect(audit.some((a) => a.objectId === String(id) && a.actorName === 'anquan')).toBe(true);
  });

  it('三员分立: the security administrator grants roles only — no accounts, passwords, business data or audit log, and never to itself', async () => {
    const anquanId = (await get('/api/me', anquan)).json().id;
    expect((await get('/api/users?pageSize=5', anquan)).statusCode).toBe(200);
    const refused = [
      await post('/api/users', anquan, { username: 'secmade', displayName: 'x', role: 'street_admin', scopeCode: '370902003', initialPassword: 'Chushi#2024ab' }),
      await t.request({ method: 'PATCH', url: '/api/users/5', cookie: anquan, body: { active: false } }),
      await post('/api/users/5/reset-password', anquan, { newPassword: 'Reset#2024xyz' }),
      await t.request({ method: 'PUT', url: `/api/users/${anquanId}/role`, cookie: anquan, body: { role: 'system_admin', scopeCode: '' } }),
      await get('/api/workers', anquan),
      await get('/api/audit', anquan),
      await get('/api/org-units/3709', anquan),
    ];
    for (const res of refused) expect(res.statusCode, res.body).toBe(403);
    expect((await get('/api/me', anquan)).json().role).toBe('security_admin');
  });

  it('三员分立: the auditor reads the audit log only; nobody changes their own role', async () => {
    expect((await get('/api/users', auditor)).statusCode).toBe(403);
    const auditorId = (await get('/api/me', auditor)).json().id;
    expect((await t.request({ method: 'PUT', url: `/api/users/${auditorId}/role`, cookie: auditor, body: { role: 'security_admin', scopeCode: '' } })).statusCode).toBe(403);
    expect((await get('/api/audit?pageSize=1', auditor)).statusCode).toBe(200);
    const adminId = (await get('/api/me', admin)).json().id;
    expect((await t.request({ method: 'PATCH', url: `/api/users/${adminId}`, cookie: admin, body: { active: false } })).statusCode).toBe(403);
    expect((await post(`/api/users/${adminId}/reset-password`, admin, { newPassword: 'Reset#2024xyz' })).statusCode).toBe(403);
  });
});

describe('CSRF', () => {
  it('CSRF: a state-changing call without the app header is 403 CSRF_REJECTED and changes nothing', async () => {
    const cookie = await login('taian');
    const before = (await get('/api/me', cookie)).json();
    const res = await t.injectWithoutCsrf({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_REJECTED', message: expect.stringMatching(CHINESE) });
    const patch = await t.injectWithoutCsrf({ method: 'PATCH', url: `/api/users/${before.id}`, headers: { cookie: admin }, payload: { displayName: '被篡改' } });
    expect(patch.statusCode).toBe(403);
    expect((await get('/api/me', cookie)).json().displayName).toBe(before.displayName);
    // Reads need no header.
    expect((await t.injectWithoutCsrf({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('CSRF: a call from another site’s page is refused even with the header; the own origin passes', async () => {
    const c2 = await login('taian');
    const evil = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c2, origin: 'https://evil.example', host: 'cwp.example.gov.cn' } });
    expect(evil.json().code).toBe('CSRF_REJECTED');
    const byReferer = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c2, referer: 'https://evil.example/page', host: 'cwp.example.gov.cn' } });
    expect(byReferer.json().code).toBe('CSRF_REJECTED');
    const own = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c2, origin: 'https://cwp.example.gov.cn', host: 'cwp.example.gov.cn' } });
    expect(own.statusCode, own.body).toBe(200);
  });

  it('CSRF: login and the residents’ public pages need no header, but a foreign origin cannot log in', async () => {
    const plain = await t.injectWithoutCsrf({ method: 'POST', url: '/api/auth/login', payload: { username: 'taian', password: DEMO_PASSWORD }, remoteAddress: nextIp() });
    expect(plain.statusCode).toBe(200);
    expect(String(plain.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(plain.headers['set-cookie'])).toMatch(/SameSite=Strict/i);
    const foreign = await t.injectWithoutCsrf({ method: 'POST', url: '/api/auth/login', payload: { username: 'taian', password: DEMO_PASSWORD }, headers: { origin: 'https://evil.example' }, remoteAddress: nextIp() });
    expect(foreign.json().code).toBe('CSRF_REJECTED');
    const survey = await t.injectWithoutCsrf({ method: 'POST', url: '/api/public/survey/nosuchtoken/code', payload: { phone: '13800000001', formToken: 'x' } });
    expect(survey.json().code).not.toBe('CSRF_REJECTED');
  });
});
