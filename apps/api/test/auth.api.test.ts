import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { hashToken } from '../src/modules/auth/auth.service.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './test-app.ts';

// Sessions, passwords and the login audit trail: the security foundation under every requirement
// (A16.1 "a database that shows the workforce's state" is only trustworthy if access to it is).

let t: TestApp;
let auditor: string;

const CHINESE = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  // Sessions are aged directly in the database here, as another process would: no per-process session cache.
  t = await createTestApp({ env: { SESSION_CACHE_MS: '0' } });
  auditor = await t.login('auditor');
});
afterAll(() => t.close());

const login = (username: string, password: string) => t.request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
const me = (cookie?: string) => t.request({ method: 'GET', url: '/api/me', cookie });

/** The server-side session row behind a cookie header `cwp_session=<signed token>`. */
function tokenHashOf(cookie: string): string {
  const raw = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const unsigned = t.app.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) throw new Error('cookie does not carry a valid signed token');
  return hashToken(unsigned.value);
}

async function auditRows(query: string) {
  const res = await t.request({ method: 'GET', url: `/api/audit?${query}`, cookie: auditor });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { action: string; actorName: string | null; outcome: string; detail: Record<string, unknown> | null }[];
}

describe('login and session cookie', () => {
  it('login returns Me and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('daimiao', DEMO_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'daimiao',
      role: 'street_admin',
      roleLabel: '街道管理员',
      scope: { code: '370902001', name: '岱庙街道', level: 'street' },
      mustChangePassword: false,
    });
    expect(res.json().permissions).toContain('workers:read');
    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/^cwp_session=/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    const cookie = setCookie.split(';')[0]!;
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json().username).toBe('daimiao');
  });

  it('login is case-insensitive on the username', async () => {
    const res = await login('DaiMiao', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().username).toBe('daimiao');
  });

  it('wrong password and unknown user give the same 401 and set no cookie', async () => {
    const wrong = await login('daimiao', 'Wrong@123456');
    const unknown = await login('nobody-here', 'Wrong@123456');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
      expect(res.json().message).toMatch(CHINESE);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('an empty login form is a 400 with Chinese field messages', async () => {
    const res = await login('', '');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    const paths = res.json().fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
    expect(res.json().fields.every((f: { message: string }) => CHINESE.test(f.message))).toBe(true);
  });

  it('GET /api/me without a cookie is 401 UNAUTHENTICATED with a Chinese message', async () => {
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    expect(res.json().message).toMatch(CHINESE);
    expect(res.json().messageEn).toBeTruthy();
  });

  it('a forged or tampered cookie is 401', async () => {
    const cookie = await t.login('daimiao');
    const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
    const tampered = `cwp_session=${encodeURIComponent(value.slice(0, -2) + (value.endsWith('AA') ? 'BB' : 'AA'))}`;
    expect((await me(tampered)).statusCode).toBe(401);
    expect((await me('cwp_session=not-a-token')).statusCode).toBe(401);
    const unsignedToken = t.app.unsignCookie(value).value!;
    expect((await me(`cwp_session=${unsignedToken}`)).statusCode).toBe(401);
  });

  it('logout makes the cookie useless and clears it', async () => {
    const cookie = await t.login('caiyuan');
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    expect([out.headers['set-cookie']].flat().join('\n')).toMatch(/cwp_session=;/);
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/workers', cookie })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(401);
  });
});

describe('session lifetime', () => {
  it('a session idle for less than the idle limit (30 min) still works', async () => {
    const cookie = await t.login('caiyuan');
    await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '29 minutes' where token_hash = ${tokenHashOf(cookie)}`);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('a session idle past the idle limit is 401 and is revoked for good', async () => {
    const cookie = await t.login('caiyuan');
    const hash = tokenHashOf(cookie);
    await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes' where token_hash = ${hash}`);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    // Even if it were touched again, a timed-out session stays closed.
    await t.database.db.execute(sql`update sessions set last_seen_at = now() where token_hash = ${hash}`);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('a session past its absolute expiry is 401 even when it was just used', async () => {
    const cookie = await t.login('caiyuan');
    expect((await me(cookie)).statusCode).toBe(200);
    await t.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second', last_seen_at = now() where token_hash = ${tokenHashOf(cookie)}`);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('SESSION_IDLE_MINUTES configures the idle limit', async () => {
    const short = await createTestApp({ env: { SESSION_IDLE_MINUTES: '1', SESSION_CACHE_MS: '0' } });
    try {
      const res = await short.request({ method: 'POST', url: '/api/auth/login', body: { username: 'caiyuan', password: DEMO_PASSWORD } });
      const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
      const token = short.app.unsignCookie(decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1))).value!;
      await short.database.db.execute(sql`update sessions set last_seen_at = now() - interval '90 seconds' where token_hash = ${hashToken(token)}`);
      expect((await short.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('change password', () => {
  const NEW_PASSWORD = 'Xin#Mima2024';
  let current: string;
  let other: string;

  beforeAll(async () => {
    current = await t.login('taian');
    other = await t.login('taian');
  });

  const change = (cookie: string, body: Record<string, unknown>) => t.request({ method: 'POST', url: '/api/auth/change-password', cookie, body });

  it('needs a session', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/change-password', body: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(res.statusCode).toBe(401);
  });

  it('a wrong current password is 400 with a field error on currentPassword', async () => {
    const res = await change(current, { currentPassword: 'Wrong@123456', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().fields).toEqual([expect.objectContaining({ path: 'currentPassword', message: expect.stringMatching(CHINESE) })]);
  });

  it('a weak new password is 400 with a field error on newPassword', async () => {
    for (const weak of ['short1!', 'alllowercaseletters', 'abcdefghij12']) {
      const res = await change(current, { currentPassword: DEMO_PASSWORD, newPassword: weak });
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().fields.some((f: { path: string; message: string }) => f.path === 'newPassword' && CHINESE.test(f.message)), weak).toBe(true);
    }
    const withName = await change(current, { currentPassword: DEMO_PASSWORD, newPassword: 'Taian@2024xx' });
    expect(withName.statusCode).toBe(400);
    expect(withName.json().fields[0].path).toBe('newPassword');
    const sameAsCurrent = await change(current, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD });
    expect(sameAsCurrent.statusCode).toBe(400);
    expect(sameAsCurrent.json().fields[0].path).toBe('newPassword');
    // nothing changed: the demo password still works
    expect((await login('taian', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('success: the old password stops working, other sessions end, the current one continues', async () => {
    const oldPassword = DEMO_PASSWORD;
    expect((await me(other)).statusCode).toBe(200);
    const res = await change(current, { currentPassword: oldPassword, newPassword: NEW_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });

    expect((await me(current)).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/workers?pageSize=1', cookie: current })).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login('taian', oldPassword)).statusCode).toBe(401);
    expect((await login('taian', NEW_PASSWORD)).statusCode).toBe(200);

    const rows = await auditRows('action=password_change&actor=taian');
    expect(rows.filter((r) => r.outcome === 'success').length).toBeGreaterThanOrEqual(1);
  });
});

describe('login audit trail', () => {
  it('login success and failure are audited, failures with their reason', async () => {
    expect((await login('shuji', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await login('shuji', 'Wrong@123456')).statusCode).toBe(401);
    expect((await login('ghost-user', 'Wrong@123456')).statusCode).toBe(401);

    const shuji = await auditRows('action=login&actor=shuji');
    expect(shuji.some((r) => r.outcome === 'success' && r.actorName === 'shuji')).toBe(true);
    expect(shuji.some((r) => r.outcome === 'failure' && r.detail?.reason === 'bad_password')).toBe(true);
    // An unknown name is kept only as its first three characters and length (it may be a mistyped password).
    const ghost = await auditRows('action=login&actor=gho');
    expect(ghost).toEqual([expect.objectContaining({ outcome: 'failure', actorName: 'gho…（未知账号 unknown, 10）', detail: { reason: 'unknown_user' } })]);
    // The audit log never holds the attempted password.
    expect(JSON.stringify(await auditRows('action=login&pageSize=200'))).not.toContain('Wrong@123456');
  });

  it('logout is audited', async () => {
    const cookie = await t.login('shuji');
    await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
    const rows = await auditRows('action=logout&actor=shuji');
    expect(rows.some((r) => r.outcome === 'success')).toBe(true);
  });
});
