import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { createTestApp, makeIdNumber, workerInput, type TestApp } from './test-app.ts';

// The role matrix (ROLE_PERMISSIONS) and the data scope together decide who sees which part of the
// registry (A1.1) and the org tree (A3.1); 三员分立 keeps the system administrator and the auditor out of
// business data.

let t: TestApp;
const cookies: Record<string, string> = {};
let ownWorkerId: number; // the worker linked to `gongzuozhe`
let daimiaoWorkerId: number; // a worker of 东湖社区 (370902001001), not gongzuozhe's
let otherCommunityWorkerId: number; // a worker of 370902001002, same street
let caiyuanWorkerId: number; // a worker of 财源街道

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['admin', 'auditor', 'anquan', 'taian', 'taishan', 'yingji', 'daimiao', 'caiyuan', 'shuji', 'gongzuozhe']) cookies[u] = await t.login(u);
  ownWorkerId = (await t.request({ method: 'GET', url: '/api/me', cookie: cookies.gongzuozhe })).json().workerId;
  const dongHu = (await t.request({ method: 'GET', url: '/api/workers?org=370902001001&pageSize=50', cookie: cookies.daimiao })).json();
  daimiaoWorkerId = dongHu.items.find((w: { id: number }) => w.id !== ownWorkerId).id;
  otherCommunityWorkerId = (await t.request({ method: 'GET', url: '/api/workers?org=370902001002&pageSize=1', cookie: cookies.daimiao })).json().items[0].id;
  caiyuanWorkerId = (await t.request({ method: 'GET', url: '/api/workers?pageSize=1', cookie: cookies.caiyuan })).json().items[0].id;
});
afterAll(() => t.close());

const send = (c: Call, cookie?: string) => t.request({ ...c, cookie });

/** Every write on a worker, with valid bodies so only the role decides the answer. */
function workerWrites(id: number): Call[] {
  return [
    { method: 'POST', url: '/api/workers', body: workerInput({ idNumber: makeIdNumber('370902', '1991-06-06', 401) }) },
    { method: 'PATCH', url: `/api/workers/${id}`, body: { fullTimeMajor: '法学' } },
    { method: 'POST', url: `/api/workers/${id}/transfer`, body: { toCommunityCode: '370902001003', reason: '工作需要', effectiveDate: todayIso() } },
    { method: 'POST', url: `/api/workers/${id}/exit`, body: { exitType: '辞职', reason: '个人原因', exitDate: todayIso() } },
  ];
}

const orgCalls: Call[] = [
  { method: 'GET', url: '/api/org-units?q=370902' },
  { method: 'GET', url: '/api/org-units/370902' },
  { method: 'GET', url: '/api/org-units/370902/children' },
  { method: 'GET', url: '/api/org-units/370902/population' },
  { method: 'POST', url: '/api/org-units/370902001/population', body: { year: 2024, urbanPopulation: 50000, source: '街道统计' } },
];

function workerCalls(id: number): Call[] {
  return [
    { method: 'GET', url: '/api/workers' },
    { method: 'GET', url: '/api/workers/export.xlsx' },
    { method: 'GET', url: `/api/workers/${id}` },
    { method: 'GET', url: `/api/workers/${id}?reveal=1` },
    { method: 'GET', url: `/api/workers/${id}/history` },
    ...workerWrites(id),
  ];
}

const userCalls: Call[] = [
  { method: 'GET', url: '/api/users' },
  { method: 'POST', url: '/api/users', body: { username: 'newstreet', displayName: '泰前街道', role: 'street_admin', scopeCode: '370902003', initialPassword: 'Init@123456' } },
  { method: 'PATCH', url: '/api/users/3', body: { displayName: '改名' } },
  { method: 'POST', url: '/api/users/3/reset-password', body: { newPassword: 'Reset@123456' } },
  { method: 'PUT', url: '/api/users/3/role', body: { role: 'street_admin', scopeCode: '370902003' } },
];

describe('authentication is required everywhere but login and health', () => {
  it('every business route answers 401 without a cookie', async () => {
    const calls: Call[] = [
      { method: 'GET', url: '/api/me' },
      { method: 'POST', url: '/api/auth/logout' },
      { method: 'POST', url: '/api/auth/change-password', body: { currentPassword: 'Demo@123456', newPassword: 'Xin#Mima2024' } },
      { method: 'POST', url: '/api/auth/logout-all' },
      { method: 'GET', url: '/api/auth/sessions' },
      { method: 'DELETE', url: '/api/auth/sessions/0123456789abcdef' },
      ...orgCalls,
      { method: 'GET', url: '/api/org-units/root/children' },
      ...workerCalls(daimiaoWorkerId),
      ...userCalls,
      { method: 'GET', url: '/api/audit' },
      { method: 'GET', url: '/api/audit?action=login' },
    ];
    for (const c of calls) {
      const res = await send(c);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
    // Nothing was written by the anonymous calls.
    const w = (await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}` }, cookies.daimiao)).json();
    expect(w.status).not.toBe('已退出');
    expect(w.communityCode).toBe('370902001001');
  });

  it('login and health need no cookie', async () => {
    expect((await send({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await send({ method: 'POST', url: '/api/auth/login', body: { username: 'shuji', password: 'Demo@123456' } })).statusCode).toBe(200);
  });
});

describe('三员分立: system administrator and auditor see no business data', () => {
  it('admin (system_admin) gets 403 on every worker and org route and on the audit log', async () => {
    for (const c of [...workerCalls(daimiaoWorkerId), ...orgCalls, { method: 'GET' as const, url: '/api/audit' }]) {
      const res = await send(c, cookies.admin);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });

  it('三员分立 the security administrator (anquan) gets 403 on every worker and org route and on the audit log', async () => {
    for (const c of [...workerCalls(daimiaoWorkerId), ...orgCalls, { method: 'GET' as const, url: '/api/audit' }]) {
      const res = await send(c, cookies.anquan);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
    }
  });

  it('admin manages accounts: GET /api/users is 200', async () => {
    const res = await send({ method: 'GET', url: '/api/users?pageSize=50' }, cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['admin', 'daimiao', 'gongzuozhe']));
  });

  it('auditor gets 403 on workers, org and users but reads the audit log', async () => {
    for (const c of [...workerCalls(daimiaoWorkerId), ...orgCalls, ...userCalls]) {
      const res = await send(c, cookies.auditor);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
    }
    const res = await send({ method: 'GET', url: '/api/audit?action=login' }, cookies.auditor);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().items.every((a: { action: string }) => a.action === 'login')).toBe(true);
  });

  it('business roles cannot manage accounts or read the audit log', async () => {
    for (const u of ['taian', 'taishan', 'yingji', 'daimiao', 'shuji', 'gongzuozhe']) {
      for (const c of [...userCalls, { method: 'GET' as const, url: '/api/audit' }]) {
        const res = await send(c, cookies[u]);
        expect(res.statusCode, `${u} ${c.method} ${c.url}`).toBe(403);
      }
    }
    // None of the forbidden user calls created anything.
    const users = (await send({ method: 'GET', url: '/api/users?q=newstreet' }, cookies.admin)).json();
    expect(users.total).toBe(0);
  });
});

describe('A17.1 a government department (yingji) reads the org tree but no personal records', () => {
  it('gets 403 on every worker route and nothing changes', async () => {
    for (const c of workerCalls(daimiaoWorkerId)) {
      const res = await send(c, cookies.yingji);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
    }
    const res = await send({ method: 'GET', url: '/api/org-units/370902' }, cookies.yingji);
    expect(res.statusCode).toBe(200);
  });
});

describe('A1.1 community secretary (shuji) reads the own community only', () => {
  it('the list holds exactly the workers of 东湖社区', async () => {
    const own = (await send({ method: 'GET', url: '/api/workers?pageSize=200' }, cookies.shuji)).json();
    const byCounty = (await send({ method: 'GET', url: '/api/workers?org=370902001001&pageSize=1' }, cookies.taishan)).json();
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBe(byCounty.total);
    expect(own.items).toHaveLength(own.total);
    expect(own.items.every((w: { communityCode: string }) => w.communityCode === '370902001001')).toBe(true);
    expect((await send({ method: 'GET', url: '/api/workers?org=370902001' }, cookies.shuji)).statusCode).toBe(404);
  });

  it('reads a worker and the archive of the own community, masked', async () => {
    const res = await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}` }, cookies.shuji);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ idNumberRevealed: false });
    expect(res.json().idNumber).toContain('*');
    expect((await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}/history` }, cookies.shuji)).statusCode).toBe(200);
  });

  it('cannot reveal full numbers (403) and nothing is audited as revealed', async () => {
    const res = await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}?reveal=1` }, cookies.shuji);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const audit = (await send({ method: 'GET', url: '/api/audit?action=worker_reveal&actor=shuji' }, cookies.auditor)).json();
    expect(audit.total).toBe(0);
  });

  it('cannot register, edit, transfer or exit (403) and the record is unchanged', async () => {
    const before = (await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}` }, cookies.shuji)).json();
    for (const c of workerWrites(daimiaoWorkerId)) {
      const res = await send(c, cookies.shuji);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
    }
    expect((await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}` }, cookies.shuji)).json()).toEqual(before);
  });

  it('gets 404 for a worker of another community of the same street', async () => {
    for (const url of [`/api/workers/${otherCommunityWorkerId}`, `/api/workers/${otherCommunityWorkerId}/history`]) {
      const res = await send({ method: 'GET', url }, cookies.shuji);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });
});

describe('A9.5 a worker (gongzuozhe) sees only the own record', () => {
  it('the list holds exactly one worker: their own', async () => {
    const res = await send({ method: 'GET', url: '/api/workers?pageSize=200' }, cookies.gongzuozhe);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1);
    expect(res.json().items.map((w: { id: number }) => w.id)).toEqual([ownWorkerId]);
    const searched = (await send({ method: 'GET', url: `/api/workers?status=${encodeURIComponent('在职')}` }, cookies.gongzuozhe)).json();
    expect(searched.total).toBeLessThanOrEqual(1);
  });

  it('reads the own record and archive', async () => {
    expect((await send({ method: 'GET', url: `/api/workers/${ownWorkerId}` }, cookies.gongzuozhe)).statusCode).toBe(200);
    expect((await send({ method: 'GET', url: `/api/workers/${ownWorkerId}/history` }, cookies.gongzuozhe)).statusCode).toBe(200);
  });

  it('gets 404 for any other worker, even a colleague in the same community', async () => {
    for (const id of [daimiaoWorkerId, otherCommunityWorkerId, caiyuanWorkerId]) {
      expect((await send({ method: 'GET', url: `/api/workers/${id}` }, cookies.gongzuozhe)).statusCode, String(id)).toBe(404);
      expect((await send({ method: 'GET', url: `/api/workers/${id}/history` }, cookies.gongzuozhe)).statusCode, String(id)).toBe(404);
    }
  });

  it('gets 403 on writes, reveal and export, even for the own record', async () => {
    const calls: Call[] = [
      ...workerWrites(ownWorkerId),
      { method: 'GET', url: `/api/workers/${ownWorkerId}?reveal=1` },
      { method: 'GET', url: '/api/workers/export.xlsx' },
    ];
    for (const c of calls) {
      const res = await send(c, cookies.gongzuozhe);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
    }
  });
});

describe('A3.1 higher levels read everything below them', () => {
  it('the city (taian) reads and reveals a worker of 泰山区', async () => {
    const res = await send({ method: 'GET', url: `/api/workers/${daimiaoWorkerId}` }, cookies.taian);
    expect(res.statusCode).toBe(200);
    expect(res.json().streetName).toBe('岱庙街道');
    const revealed = await send({ method: 'GET', url: `/api/workers/${caiyuanWorkerId}?reveal=1` }, cookies.taian);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json().idNumberRevealed).toBe(true);
  });

  it('the city total is the sum of its parts and at least the county total', async () => {
    const city = (await send({ method: 'GET', url: '/api/workers?pageSize=1' }, cookies.taian)).json().total;
    const county = (await send({ method: 'GET', url: '/api/workers?pageSize=1' }, cookies.taishan)).json().total;
    const street1 = (await send({ method: 'GET', url: '/api/workers?pageSize=1' }, cookies.daimiao)).json().total;
    const street2 = (await send({ method: 'GET', url: '/api/workers?pageSize=1' }, cookies.caiyuan)).json().total;
    expect(city).toBeGreaterThan(county);
    expect(county).toBeGreaterThan(street1 + street2);
    expect((await send({ method: 'GET', url: '/api/workers?org=370902&pageSize=1' }, cookies.taian)).json().total).toBe(county);
  });

  it('a county admin reads a street worker but a street cannot read the county (404 on org filter)', async () => {
    expect((await send({ method: 'GET', url: `/api/workers/${caiyuanWorkerId}` }, cookies.taishan)).statusCode).toBe(200);
    expect((await send({ method: 'GET', url: '/api/workers?org=370902' }, cookies.daimiao)).statusCode).toBe(404);
  });
});
