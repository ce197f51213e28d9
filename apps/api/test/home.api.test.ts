import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const c: Record<string, string> = {};
let me: { workerId: number };
const today = todayIso();
const nextMonday = () => {
  const d = new Date(`${today}T00:00:00Z`);
  return addDaysIso(today, 7 - ((d.getUTCDay() + 6) % 7));
};

type Home = { node: { code: string; name: string }; todos: { key: string; count: number; urgent: boolean; link: string }[]; figures: { total: number } | null; skipped: string[] };
const home = async (user: string, org = '') => {
  const res = await t.request({ method: 'GET', url: `/api/home${org ? `?org=${org}` : ''}`, cookie: c[user] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Home;
};
const countOf = (h: Home, key: string) => h.todos.find((x) => x.key === key)?.count ?? 0;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['taian', 'taishan', 'daimiao', 'caiyuan', 'shuji', 'gongzuozhe']) c[u] = await t.login(u);
  me = (await t.request({ method: 'GET', url: '/api/me', cookie: c.gongzuozhe })).json();
});
afterAll(() => t.close());

describe('工作台: what waits for the user at the working unit', () => {
  it('A16.1 key numbers are the statistics of the unit; a unit outside the scope is 404', async () => {
    const h = await home('taishan');
    expect(h.node).toEqual({ code: '370902', name: '泰山区' });
    const stats = (await t.request({ method: 'GET', url: '/api/stats/370902', cookie: c.taishan })).json();
    expect(h.figures?.total).toBe(stats.total);
    expect((await t.request({ method: 'GET', url: '/api/home?org=370902002', cookie: c.daimiao })).statusCode).toBe(404);
  });

  it('A9.2 a leave request is a to-do of the secretary who decides it, not of the street, and leaves the list once decided', async () => {
    const before = countOf(await home('shuji'), 'approvals');
    const leave = (await t.request({ method: 'POST', url: '/api/leave', cookie: c.gongzuozhe, body: { workerId: me.workerId, leaveType: '事假', startDate: nextMonday(), endDate: nextMonday(), reason: '家中有事' } })).json();
    const h = await home('shuji');
    expect(countOf(h, 'approvals')).toBe(before + 1);
    expect(h.todos.find((x) => x.key === 'approvals')).toMatchObject({ urgent: false, link: '/daily/inbox' });
    expect(countOf(await home('daimiao'), 'approvals')).toBe(0);
    await t.request({ method: 'POST', url: `/api/workflow/requests/${leave.requestId}/act`, cookie: c.shuji, body: { action: 'approve', version: 1 } });
    expect(countOf(await home('shuji'), 'approvals')).toBe(before);
  });

  it('A14.1 an unanswered difficulty waits on the street of the worker and on no other street', async () => {
    const before = countOf(await home('daimiao'), 'difficultiesOpen');
    const raised = await t.request({ method: 'POST', url: '/api/care/difficulties', cookie: c.gongzuozhe, body: { workerId: me.workerId, category: '家庭', content: '家中老人住院，希望调整本月值班安排' } });
    expect(raised.statusCode, raised.body).toBe(200);
    const h = await home('daimiao');
    expect(countOf(h, 'difficultiesOpen')).toBe(before + 1);
    expect(h.todos.find((x) => x.key === 'difficultiesOpen')?.link).toBe('/care/difficulties?org=370902001');
    expect(countOf(await home('caiyuan'), 'difficultiesOpen')).toBe(0);
  });

  it('A8.2 overdue training shows for a community (its secretaries are untrained in the demo data) and is left to its page for a whole city', async () => {
    const community = await home('shuji');
    expect(countOf(community, 'trainingOverdue')).toBeGreaterThan(0);
    const compliance = (await t.request({ method: 'GET', url: '/api/training/compliance?org=370902001001&status=overdue&pageSize=200', cookie: c.shuji })).json();
    expect(countOf(community, 'trainingOverdue')).toBe(compliance.total);
    const city = await home('taian');
    expect(city.skipped).toContain('trainingOverdue');
    expect(city.todos.some((x) => x.key === 'trainingOverdue')).toBe(false);
  });

  it('A9.2 A9.3 A9.4 A12.2 A9.1 A11.3 each count of the street is the list its page shows (demo data has one of each)', async () => {
    const h = await home('daimiao');
    const get = async (url: string) => (await t.request({ method: 'GET', url, cookie: c.daimiao })).json();
    const reports = (await get('/api/reports?org=370902001&filter=overdue')) as unknown[];
    const probation = await get('/api/probation?org=370902001&standing=overdue');
    const contracts = await get('/api/labour-contracts?org=370902001&filter=expired');
    const unfiled = (await get('/api/secretary-filings/unfiled?org=370902001')) as unknown[];
    const proxies = await get('/api/work-logs/proxy-services?org=370902001&overdue=1');
    const audits = await get('/api/supervision/audits?org=370902001');
    const expected = {
      reportsOverdue: reports.length,
      probationOverdue: probation.overdue,
      contractsExpired: contracts.counts.expired,
      secretariesUnfiled: unfiled.length,
      proxyOverdue: proxies.total,
      rectificationsOverdue: audits.overdueFindings,
    };
    for (const [key, n] of Object.entries(expected)) {
      expect(n, key).toBeGreaterThan(0);
      expect(countOf(h, key), key).toBe(n);
      expect(h.todos.find((x) => x.key === key)?.urgent, key).toBe(true);
    }
    // Another street's home counts its own lists only.
    const other = await home('caiyuan');
    const otherUnfiled = (await t.request({ method: 'GET', url: '/api/secretary-filings/unfiled?org=370902002', cookie: c.caiyuan })).json() as unknown[];
    expect(countOf(other, 'secretariesUnfiled')).toBe(otherUnfiled.length);
    expect(countOf(other, 'proxyOverdue')).toBe(0);
  });

  it('a worker has no unit figures', async () => {
    const h = await home('gongzuozhe');
    expect(h.figures).toBeNull();
  });
});
