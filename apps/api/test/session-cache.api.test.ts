import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './test-app.ts';

// The per-process session cache (SESSION_CACHE_MS, default 1 s) must never let a session outlive an action
// taken in this process that ends it or changes what it may do; a change from outside the process (another
// API process, or the database directly) applies within the cache time.

let t: TestApp;
let admin: string;
let anquan: string;

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/me', cookie });
const userId = async (username: string) => {
  const res = await t.request({ method: 'GET', url: `/api/users?q=${username}`, cookie: admin });
  return (res.json().items as { id: number; username: string }[]).find((u) => u.username === username)!.id;
};
/** A fresh session that has been used twice, so the second use came from the cache. */
async function cachedSession(username: string, password = DEMO_PASSWORD): Promise<string> {
  const cookie = await t.login(username, password);
  expect((await me(cookie)).statusCode).toBe(200);
  expect((await me(cookie)).statusCode).toBe(200);
  return cookie;
}

beforeAll(async () => {
  t = await createTestApp({ env: { SESSION_CACHE_MS: '1000' } });
  [admin, anquan] = [await t.login('admin'), await t.login('anquan')];
});
afterAll(() => t.close());

describe('session cache', () => {
  it('session cache: logout, logout everywhere and ending a session from another device end a cached session at once', async () => {
    const a = await cachedSession('taishan');
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie: a })).statusCode).toBe(200);
    expect((await me(a)).statusCode).toBe(401);

    const [b1, b2] = [await cachedSession('taishan'), await cachedSession('taishan')];
    expect((await t.request({ method: 'POST', url: '/api/auth/logout-all', cookie: b2 })).statusCode).toBe(200);
    expect((await me(b1)).statusCode).toBe(401);

    const [c1, c2] = [await cachedSession('taishan'), await cachedSession('taishan')];
    const other = (await t.request({ method: 'GET', url: '/api/auth/sessions', cookie: c2 })).json().items.find((s: { current: boolean }) => !s.current);
    expect((await t.request({ method: 'DELETE', url: `/api/auth/sessions/${other.id}`, cookie: c2 })).statusCode).toBe(200);
    expect((await me(c1)).statusCode).toBe(401);
    expect((await me(c2)).statusCode).toBe(200);
  });

  it('session cache: a role grant, a disabled account, a password reset and a worker leaving end cached sessions at once', async () => {
    const caiyuan = await cachedSession('caiyuan');
    const caiyuanId = await userId('caiyuan');
    const me0 = (await me(caiyuan)).json();
    expect((await t.request({ method: 'PUT', url: `/api/users/${caiyuanId}/role`, cookie: anquan, body: { role: me0.role, scopeCode: me0.scope.code } })).statusCode).toBe(200);
    expect((await me(caiyuan)).statusCode).toBe(401);

    const yingji = await cachedSession('yingji');
    expect((await t.request({ method: 'PATCH', url: `/api/users/${await userId('yingji')}`, cookie: admin, body: { active: false } })).statusCode).toBe(200);
    expect((await me(yingji)).statusCode).toBe(401);

    const taian = await cachedSession('taian');
    expect((await t.request({ method: 'POST', url: `/api/users/${await userId('taian')}/reset-password`, cookie: admin, body: { newPassword: 'Reset#2024xyz' } })).statusCode).toBe(200);
    expect((await me(taian)).statusCode).toBe(401);

    const worker = await cachedSession('gongzuozhe');
    const workerId = (await me(worker)).json().workerId as number;
    const daimiao = await t.login('daimiao');
    const exit = await t.request({ method: 'POST', url: `/api/workers/${workerId}/exit`, cookie: daimiao, body: { exitType: '辞职', reason: '个人原因', exitDate: '2026-11-01' } });
    expect(exit.statusCode, exit.body).toBe(200);
    expect((await me(worker)).statusCode).toBe(401);
  });

  it('session cache: a session revoked outside this process (directly in the database) stops working within SESSION_CACHE_MS', async () => {
    const cookie = await cachedSession('shuji');
    await t.database.db.execute(sql`update sessions set revoked_at = now() where user_id = (select id from users where username = 'shuji') and revoked_at is null`);
    // Still remembered for up to a second: the documented bound for revocations made elsewhere…
    expect((await me(cookie)).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    // …after which the database decides.
    expect((await me(cookie)).statusCode).toBe(401);
  });
});
