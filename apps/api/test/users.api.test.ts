import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from './test-app.ts';

// Account management by the system administrator (三员分立): accounts carry a role and a data scope on
// the org tree (A3.1), granted by the security administrator; a worker login is tied to the worker's
// record (A9.3 closes it on exit).

let t: TestApp;
let admin: string;
let auditor: string;
let anquan: string;
let adminId: number;

const CHINESE = /[\u4e00-\u9fff]/;
const INITIAL = 'Chushi#2024ab';
const CHANGED = 'Xin#Mima2024cd';

type User = { id: number; username: string; role: string; scopeCode: string; scopeName: string; active: boolean; mustChangePassword: boolean; workerId: number | null };

beforeAll(async () => {
  t = await createTestApp();
  [admin, auditor, anquan] = await Promise.all([t.login('admin'), t.login('auditor'), t.login('anquan')]);
  adminId = (await t.request({ method: 'GET', url: '/api/me', cookie: admin })).json().id;
});
afterAll(() => t.close());

const createUser = (body: Record<string, unknown>) => t.request({ method: 'POST', url: '/api/users', cookie: admin, body });
const patchUser = (id: number, body: Record<string, unknown>) => t.request({ method: 'PATCH', url: `/api/users/${id}`, cookie: admin, body });
const grant = (id: number, body: Record<string, unknown>) => t.request({ method: 'PUT', url: `/api/users/${id}/role`, cookie: anquan, body });
const loginRes = (username: string, password: string) => t.request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
async function findUser(username: string): Promise<User> {
  const res = await get(`/api/users?q=${username}`, admin);
  return res.json().items.find((u: User) => u.username === username);
}

describe('listing accounts', () => {
  it('admin lists the demo accounts with role and scope names', async () => {
    const res = await get('/api/users?pageSize=50', admin);
    expect(res.statusCode).toBe(200);
    const items: User[] = res.json().items;
    expect(res.json().total).toBe(items.length);
    const byName = new Map(items.map((u) => [u.username, u]));
    for (const u of ['admin', 'auditor', 'taian', 'taishan', 'daimiao', 'caiyuan', 'shuji', 'gongzuozhe']) expect(byName.has(u), u).toBe(true);
    expect(byName.get('admin')).toMatchObject({ role: 'system_admin', scopeCode: '', scopeName: '全国' });
    expect(byName.get('daimiao')).toMatchObject({ role: 'street_admin', scopeCode: '370902001', scopeName: '岱庙街道', active: true });
    expect(byName.get('gongzuozhe')!.workerId).toBeTypeOf('number');
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|passwordHash/i);
  });

  it('search and paging', async () => {
    const res = await get('/api/users?q=DAI&pageSize=5', admin);
    expect(res.json().items.map((u: User) => u.username)).toEqual(['daimiao']);
    const p2 = await get('/api/users?pageSize=3&page=2', admin);
    expect(p2.json().items).toHaveLength(3);
    expect(p2.json().total).toBeGreaterThanOrEqual(8);
  });
});

describe('A3.1 a new street account for 泰前街道 (370902003)', () => {
  let user: User;
  let session: string;

  it('admin creates it with an initial password; it must change that password', async () => {
    const res = await createUser({ username: 'taiqian', displayName: '泰前街道', role: 'street_admin', scopeCode: '370902003', initialPassword: INITIAL });
    expect(res.statusCode, res.body).toBe(200);
    user = res.json();
    expect(user).toMatchObject({ username: 'taiqian', role: 'street_admin', scopeCode: '370902003', scopeName: '泰前街道', active: true, mustChangePassword: true, authorized: false, workerId: null });
    const audit = (await get('/api/audit?action=user_create', auditor)).json().items;
    expect(audit.some((a: { objectId: string; actorName: string }) => a.objectId === String(user.id) && a.actorName === 'admin')).toBe(true);
  });

  it('三员分立 it cannot log in until the security administrator grants its role and scope', async () => {
    const early = await loginRes('taiqian', INITIAL);
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('ACCOUNT_NOT_AUTHORIZED');
    const res = await grant(user.id, { role: 'street_admin', scopeCode: '370902003' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ authorized: true, role: 'street_admin', scopeCode: '370902003' });
  });

  it('before changing the password only /api/me and change-password work (403 PASSWORD_CHANGE_REQUIRED)', async () => {
    const login = await loginRes('taiqian', INITIAL);
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    session = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const me = await get('/api/me', session);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'taiqian', mustChangePassword: true, scope: { code: '370902003', name: '泰前街道' } });
    for (const url of ['/api/workers', '/api/org-units/370902003', '/api/workers/export.xlsx']) {
      const res = await get(url, session);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.json().message).toMatch(CHINESE);
    }
  });

  it('after the change the roster works and shows only 370902003', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/change-password', cookie: session, body: { currentPassword: INITIAL, newPassword: CHANGED } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get('/api/me', session)).json().mustChangePassword).toBe(false);
    const roster = await get('/api/workers?pageSize=200', session);
    expect(roster.statusCode).toBe(200);
    expect(roster.json().total).toBeGreaterThan(0);
    expect(roster.json().items.every((w: { communityCode: string }) => w.communityCode.startsWith('370902003'))).toBe(true);
    const taishan = await t.login('taishan');
    expect(roster.json().total).toBe((await get('/api/workers?org=370902003&pageSize=1', taishan)).json().total);
    expect((await get('/api/workers?org=370902001', session)).statusCode).toBe(404);
  });

  it('a duplicate username is 409, whatever its case', async () => {
    for (const username of ['taiqian', 'TaiQian', 'daimiao']) {
      const res = await createUser({ username, displayName: '重复', role: 'street_admin', scopeCode: '370902003', initialPassword: INITIAL });
      expect(res.statusCode, username).toBe(409);
      expect(res.json().code).toBe('DUPLICATE_USERNAME');
      expect(res.json().fields[0]).toMatchObject({ path: 'username', message: expect.stringMatching(CHINESE) });
    }
  });

  it('disabling the account ends its session at once, and it cannot log in', async () => {
    expect((await get('/api/me', session)).statusCode).toBe(200);
    const res = await patchUser(user.id, { active: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);
    const next = await get('/api/workers', session);
    expect(next.statusCode).toBe(401);
    expect(next.json().code).toBe('UNAUTHENTICATED');
    expect((await loginRes('taiqian', CHANGED)).statusCode).toBe(401);
    // Re-enabling lets the user log in again, but the old session stays closed.
    expect((await patchUser(user.id, { active: true })).statusCode).toBe(200);
    expect((await get('/api/me', session)).statusCode).toBe(401);
    session = await t.login('taiqian', CHANGED);
    expect((await get('/api/workers?pageSize=1', session)).statusCode).toBe(200);
  });

  it('a change of scope (by the security administrator only) ends the open sessions', async () => {
    expect((await patchUser(user.id, { scopeCode: '370902004' })).statusCode).toBe(403);
    expect((await get('/api/me', session)).statusCode).toBe(200);
    const res = await grant(user.id, { role: 'street_admin', scopeCode: '370902004' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ scopeCode: '370902004', scopeName: '上高街道' });
    expect((await get('/api/me', session)).statusCode).toBe(401);
    session = await t.login('taiqian', CHANGED);
    const roster = (await get('/api/workers?pageSize=200', session)).json();
    expect(roster.items.every((w: { communityCode: string }) => w.communityCode.startsWith('370902004'))).toBe(true);
  });

  it('a password reset ends the sessions and forces a change again', async () => {
    const reset = await t.request({ method: 'POST', url: `/api/users/${user.id}/reset-password`, cookie: admin, body: { newPassword: 'Reset#2024xyz' } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await get('/api/me', session)).statusCode).toBe(401);
    expect((await loginRes('taiqian', CHANGED)).statusCode).toBe(401);
    const again = await t.login('taiqian', 'Reset#2024xyz');
    expect((await get('/api/me', again)).json().mustChangePassword).toBe(true);
    expect((await get('/api/workers', again)).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await findUser('taiqian')).mustChangePassword).toBe(true);
    const audit = (await get('/api/audit?action=password_reset', auditor)).json().items;
    expect(audit.some((a: { objectId: string }) => a.objectId === String(user.id))).toBe(true);
  });
});

describe('role and scope must fit together', () => {
  const base = { displayName: '测试账号', initialPassword: INITIAL };

  it('a role/scope mismatch is 400 on scopeCode', async () => {
    const cases = [
      { username: 'bad1', role: 'street_admin', scopeCode: '370902' },
      { username: 'bad2', role: 'street_admin', scopeCode: '370902001001' },
      { username: 'bad3', role: 'swb_admin', scopeCode: '370902001' },
      { username: 'bad4', role: 'community_secretary', scopeCode: '370902001' },
      { username: 'bad5', role: 'street_admin', scopeCode: '370902999' },
    ];
    for (const c of cases) {
      const res = await createUser({ ...base, ...c });
      expect(res.statusCode, JSON.stringify(c)).toBe(400);
      expect(res.json().fields[0]).toMatchObject({ path: 'scopeCode', message: expect.stringMatching(CHINESE) });
    }
    expect((await get('/api/users?q=bad', admin)).json().total).toBe(0);
  });

  it('a worker account needs a worker of that very community', async () => {
    const taishan = await t.login('taishan');
    const elsewhere = (await get('/api/workers?org=370902003002&pageSize=1', taishan)).json().items[0].id;
    const here = (await get('/api/workers?org=370902003001&pageSize=1', taishan)).json().items[0].id;
    for (const workerId of [undefined, null, elsewhere, 999999]) {
      const res = await createUser({ ...base, username: 'wkbad', role: 'worker', scopeCode: '370902003001', workerId });
      expect(res.statusCode, String(workerId)).toBe(400);
      expect(res.json().fields[0]).toMatchObject({ path: 'workerId', message: expect.stringMatching(CHINESE) });
    }
    const ok = await createUser({ ...base, username: 'wkgood', role: 'worker', scopeCode: '370902003001', workerId: here });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ role: 'worker', workerId: here });
  });

  it('A9.3 a worker who has left gets no login: neither a new account nor a re-enabled one', async () => {
    const taishan = await t.login('taishan');
    const [a, b] = (await get('/api/workers?org=370902003003&status=%E5%9C%A8%E5%B2%97&pageSize=2', taishan)).json().items;
    const account = await createUser({ ...base, username: 'wkleaver', role: 'worker', scopeCode: '370902003003', workerId: b.id });
    expect(account.statusCode, account.body).toBe(200);
    for (const id of [a.id, b.id]) {
      const exit = await t.request({ method: 'POST', url: `/api/workers/${id}/exit`, cookie: taishan, body: { exitType: '辞职', reason: '个人原因', exitDate: new Date().toISOString().slice(0, 10) } });
      expect(exit.statusCode, exit.body).toBe(200);
    }
    expect((await findUser('wkleaver')).active).toBe(false);
    const created = await createUser({ ...base, username: 'wkexited', role: 'worker', scopeCode: '370902003003', workerId: a.id });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().fields[0].path).toBe('workerId');
    const reenabled = await patchUser(account.json().id, { active: true });
    expect(reenabled.statusCode, reenabled.body).toBe(400);
    expect((await findUser('wkleaver')).active).toBe(false);
    // The disabled account itself can still be tidied up.
    expect((await patchUser(account.json().id, { displayName: '已离职人员' })).statusCode).toBe(200);
  });

  it('malformed input is 400 with Chinese field messages', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ username: '1abc', role: 'auditor', scopeCode: '' }, 'username'],
      [{ username: 'ok-name', role: 'auditor', scopeCode: '', initialPassword: 'short' }, 'initialPassword'],
      [{ username: 'ok-name', role: 'superuser', scopeCode: '' }, 'role'],
      [{ username: 'ok-name', role: 'street_admin', scopeCode: '3709020' }, 'scopeCode'],
    ];
    for (const [body, path] of cases) {
      const res = await createUser({ ...base, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const field = res.json().fields.find((f: { path: string }) => f.path === path);
      expect(field, res.body).toBeDefined();
      expect(field.message).toMatch(CHINESE);
    }
  });
});

describe('admin limits on the own account', () => {
  it('admin cannot change the own role, scope or active state, nor reset the own password (403)', async () => {
    for (const body of [{ role: 'auditor' }, { scopeCode: '3709' }, { active: false }]) {
      const res = await patchUser(adminId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(403);
      expect(res.json().message).toMatch(CHINESE);
    }
    const reset = await t.request({ method: 'POST', url: `/api/users/${adminId}/reset-password`, cookie: admin, body: { newPassword: 'Reset#2024xyz' } });
    expect(reset.statusCode).toBe(403);
    const me = (await get('/api/me', admin)).json();
    expect(me).toMatchObject({ role: 'system_admin', scope: { code: '' } });
  });

  it('admin may rename the own account', async () => {
    const res = await patchUser(adminId, { displayName: '系统管理员（运维）' });
    expect(res.statusCode).toBe(200);
    expect((await get('/api/me', admin)).json().displayName).toBe('系统管理员（运维）');
  });

  it('an unknown account is 404', async () => {
    expect((await patchUser(999999, { displayName: 'x' })).statusCode).toBe(404);
    const reset = await t.request({ method: 'POST', url: '/api/users/999999/reset-password', cookie: admin, body: { newPassword: 'Reset#2024xyz' } });
    expect(reset.statusCode).toBe(404);
  });

  it('demo password still opens untouched accounts (control)', async () => {
    expect((await loginRes('caiyuan', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});
