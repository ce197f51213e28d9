import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const USERS = ['taishan', 'yingji', 'daimiao', 'caiyuan', 'taian', 'shuji', 'gongzuozhe'] as const;
const c = {} as Record<(typeof USERS)[number], string>;
const C1 = '370902001001'; // 岱庙街道's first community
const C2 = '370902002001'; // 财源街道's first community
const today = todayIso();
let workerId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of USERS) c[u] = await t.login(u);
  workerId = (await t.request({ method: 'GET', url: '/api/me', cookie: c.gongzuozhe })).json().workerId;
});
afterAll(() => t.close());

const assign = (body: Record<string, unknown>, cookie = c.yingji) => t.request({ method: 'POST', url: '/api/matters/assign', cookie, body: { communityCode: C1, role: 'assist', ...body } });
const act = (id: number, cookie: string, body: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/workflow/requests/${id}/act`, cookie, body });
const count = async (table: string) => Number(resultRows<{ n: number }>(await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

describe('matter access and assignment (A17.1, A17.2)', () => {
  it('A17.1 the demo list at 泰山区 applies to its communities; the department sees it', async () => {
    const res = await t.request({ method: 'GET', url: '/api/matters', cookie: c.yingji });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { name: string; kind: string; editable: boolean }[];
    expect(list.filter((m) => m.kind === '负面清单').length).toBe(5);
    expect(list.every((m) => !m.editable)).toBe(true);
  });

  it('A17.1 an unlisted matter is refused with a reason the department can act on; nothing written', async () => {
    const before = await count('burden_assignments');
    const res = await assign({ matterName: '招商引资任务分解' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'MATTER_NOT_ALLOWED' });
    expect(res.json().message).toMatch(/不在.*准入清单内.*申请增加事项/);
    expect(await count('burden_assignments')).toBe(before);
  });

  it('A17.2 assigning a negative-list matter is refused with the reason', async () => {
    const res = await assign({ matterName: '安全生产监管责任' });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toMatch(/负面清单/);
  });

  it('A17.2 making a community responsible for 拆迁拆违 is refused; assisting is allowed and counted', async () => {
    const refused = await assign({ matterName: '违法建设巡查发现报告', role: 'responsible' }, c.taishan);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'MATTER_NOT_ALLOWED', fields: [{ path: 'role' }] });
    expect(refused.json().message).toMatch(/拆迁拆违.*不得作为责任主体/);
    const ok = await assign({ matterName: '违法建设巡查发现报告', role: 'assist' }, c.taishan);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ matterName: '违法建设巡查发现报告', communityCode: C1, role: 'assist', unitName: '泰山区委社会工作部', assignedOn: today });
    const byId = await assign({ matterId: ok.json().matterId, role: 'assist' });
    expect(byId.statusCode, byId.body).toBe(201);
    expect(byId.json().unitName).toBe('泰山区应急管理局');
    const counts = (await t.request({ method: 'GET', url: '/api/burden/communities?org=370902001', cookie: c.daimiao })).json() as { code: string; assignments: number; assist: number }[];
    expect(counts.find((x) => x.code === C1)).toMatchObject({ assignments: 2, assist: 2 });
    // The department sees only what it assigned.
    const mine = (await t.request({ method: 'GET', url: '/api/matters/assignments?org=370902', cookie: c.yingji })).json() as { unitName: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((a) => a.unitName === '泰山区应急管理局')).toBe(true);
  });

  it('A17.1 scope: a street cannot assign to another street’s community (404)', async () => {
    expect((await assign({ matterName: '社区人民调解', communityCode: C2 }, c.daimiao)).statusCode).toBe(404);
    expect((await assign({ matterName: '社区人民调解', communityCode: C2 }, c.caiyuan)).statusCode).toBe(201);
  });

  it('A17.1 a department asks to add a matter; only its own county’s social-work department approves, and the matter joins the list', async () => {
    const body = { kind: '依法协助', name: '应急避难场所日常巡查协助', area: '安全生产', legalBasis: '《突发事件应对法》第二十条', requestingDept: '泰山区应急管理局', effectiveFrom: today, reason: '汛期前需社区协助巡查' };
    const res = await t.request({ method: 'POST', url: '/api/matters/requests', cookie: c.yingji, body });
    expect(res.statusCode, res.body).toBe(201);
    const req = res.json();
    expect(req.request).toMatchObject({ status: 'pending', kind: 'matter_add' });
    expect((await assign({ matterName: body.name })).statusCode).toBe(422);
    expect((await act(req.requestId, c.taian, { action: 'approve', version: 1 })).statusCode).toBe(403);
    const ok = await act(req.requestId, c.taishan, { action: 'approve', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    const list = (await t.request({ method: 'GET', url: '/api/matters', cookie: c.yingji })).json() as { id: number; name: string; approvingBody: string }[];
    const added = list.find((m) => m.name === body.name)!;
    expect(added.approvingBody).toBe('泰山区委社会工作部');
    const history = (await t.request({ method: 'GET', url: `/api/matters/${added.id}/history`, cookie: c.taishan })).json();
    expect(history[0]).toMatchObject({ version: 1, requestId: req.requestId });
    expect((await assign({ matterName: body.name, role: 'assist' })).statusCode).toBe(201);
    expect((await assign({ matterName: body.name, role: 'responsible' })).statusCode).toBe(422);
  });

  it('A17.1 the list owner edits a matter as a new version; a department cannot edit; ending it takes it off the list', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/matters', cookie: c.taishan })).json() as { id: number; name: string; version: number; kind: string; area: string; legalBasis: string; requestingDept: string; approvingBody: string; effectiveFrom: string }[];
    const m = list.find((x) => x.name === '人口普查和经济普查入户协助')!;
    const edit = { kind: m.kind, name: m.name, area: m.area, legalBasis: m.legalBasis, requestingDept: m.requestingDept, approvingBody: m.approvingBody, effectiveFrom: m.effectiveFrom, effectiveTo: addDaysIso(today, -1), reason: '普查结束', version: m.version };
    expect((await t.request({ method: 'PUT', url: `/api/matters/${m.id}`, cookie: c.yingji, body: edit })).statusCode).toBe(403);
    const res = await t.request({ method: 'PUT', url: `/api/matters/${m.id}`, cookie: c.taishan, body: edit });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, inForce: false });
    expect((await t.request({ method: 'PUT', url: `/api/matters/${m.id}`, cookie: c.taishan, body: edit })).statusCode).toBe(409);
    expect((await assign({ matterName: m.name })).statusCode).toBe(422);
  });
});

describe('certificates and signboards (A17.1)', () => {
  it('A17.1 a certificate on the national no-longer-issued list is refused naming the list; others are recorded', async () => {
    const lists = (await t.request({ method: 'GET', url: '/api/burden/abolished-certificates', cookie: c.shuji })).json() as { ownerCode: string }[];
    expect(lists.filter((l) => l.ownerCode === '').length).toBe(20);
    const refused = await t.request({ method: 'POST', url: '/api/burden/certificates', cookie: c.shuji, body: { communityCode: C1, name: '亲属关系', basis: '居民要求' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/不应由基层群众性自治组织出具的证明事项/);
    const local = await t.request({ method: 'POST', url: '/api/burden/certificates', cookie: c.shuji, body: { communityCode: C1, name: '独生子女证明', basis: '居民要求' } });
    expect(local.json().message).toMatch(/泰山区取消社区证明事项清单/);
    expect((await t.request({ method: 'POST', url: '/api/burden/certificates', cookie: c.shuji, body: { communityCode: C1, name: '学生社会实践证明', basis: '学校要求' } })).statusCode).toBe(201);
    expect((await t.request({ method: 'POST', url: '/api/burden/certificates', cookie: c.shuji, body: { communityCode: C2, name: '学生社会实践证明', basis: '学校要求' } })).statusCode).toBe(404);
  });

  it('A17.1 each community’s signboards, certificates and platforms are counted against the district’s limits', async () => {
    const rows = (await t.request({ method: 'GET', url: '/api/burden/communities?org=370902001', cookie: c.daimiao })).json() as { code: string; externalSignboards: number; platforms: number; flags: string[]; limits: { maxPlatforms: number; ownerCode: string } }[];
    const first = rows.find((r) => r.code === C1)!;
    expect(first.limits).toMatchObject({ maxPlatforms: 6, ownerCode: '370902' });
    expect(first.externalSignboards).toBe(3);
    expect(first.platforms).toBe(7);
    expect(first.flags.join()).toMatch(/外挂牌子 3 块，超过上限 2 块/);
    expect(first.flags.join()).toMatch(/超过上限 6 个/);
    // Outside 岱庙街道 the street's own two groups do not apply: six, within the limit.
    const other = (await t.request({ method: 'GET', url: '/api/burden/communities?org=370902002', cookie: c.caiyuan })).json() as { platforms: number; flags: string[] }[];
    expect(other[0]).toMatchObject({ platforms: 5, flags: [] });
    expect((await t.request({ method: 'PUT', url: '/api/burden/limits?org=370902', cookie: c.daimiao, body: { maxExternalSignboards: 9, maxCertificates: 9, maxPlatforms: 9 } })).statusCode).toBe(403);
  });
});

describe('secondment (A17.3)', () => {
  const body = (o: Record<string, unknown> = {}) => ({ workerId, borrowingOrg: { name: '岱庙街道党政办', level: 'street' }, startDate: today, endDate: addDaysIso(today, 60), reason: '街道重点工作', ...o });

  it('A17.3 a county body’s secondment is refused (SECONDMENT_FORBIDDEN) and nothing is written', async () => {
    const before = [await count('burden_secondments'), await count('workflow_requests')];
    for (const level of ['county', 'city', 'province']) {
      const res = await t.request({ method: 'POST', url: '/api/secondments', cookie: c.daimiao, body: body({ borrowingOrg: { name: '泰山区住建局', level } }) });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'SECONDMENT_FORBIDDEN' });
      expect(res.json().message).toMatch(/不得借调/);
    }
    expect([await count('burden_secondments'), await count('workflow_requests')]).toEqual(before);
  });

  it('A17.3 a street’s request becomes active only after the county swb approves; approvers outside scope never act', async () => {
    const res = await t.request({ method: 'POST', url: '/api/secondments', cookie: c.daimiao, body: body() });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ active: false, request: { status: 'pending', kind: 'secondment' } });
    expect(s.request.standing).toMatch(/审批单位 370902/);
    expect((await act(s.requestId, c.caiyuan, { action: 'approve', version: 1 })).statusCode).toBe(404);
    expect((await act(s.requestId, c.taian, { action: 'approve', version: 1 })).statusCode).toBe(403);
    expect((await act(s.requestId, c.daimiao, { action: 'approve', version: 1 })).statusCode).toBe(403);
    const staffRes = await t.request({ method: 'GET', url: `/api/staffing/${C1}`, cookie: c.taishan });
    expect(staffRes.statusCode, staffRes.body).toBe(200);
    const staffBefore = staffRes.json();
    expect(staffBefore.seconded).toBe(0);
    const ok = await act(s.requestId, c.taishan, { action: 'approve', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    const mine = (await t.request({ method: 'GET', url: `/api/workers/${workerId}/secondments`, cookie: c.daimiao })).json();
    expect(mine[0]).toMatchObject({ requestId: s.requestId, active: true });
    const staff = (await t.request({ method: 'GET', url: `/api/staffing/${C1}`, cookie: c.taishan })).json();
    expect(staff).toMatchObject({ seconded: 1, effectiveHeadcount: staff.headcount - 1 });
    expect((await t.request({ method: 'POST', url: '/api/secondments', cookie: c.daimiao, body: body() })).statusCode).toBe(409);
    const ended = await t.request({ method: 'POST', url: `/api/secondments/${s.requestId}/end`, cookie: c.daimiao, body: { endedOn: today } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, endedOn: today });
    expect((await t.request({ method: 'GET', url: `/api/staffing/${C1}`, cookie: c.taishan })).json().seconded).toBe(0);
    // The demo's own approved secondment (洼子街) still counts at the street.
    expect((await t.request({ method: 'GET', url: '/api/staffing/370902001', cookie: c.taishan })).json()).toMatchObject({ seconded: 1 });
  });

  it('A17.3 a department cannot file secondments, and a street cannot second another street’s worker', async () => {
    expect((await t.request({ method: 'POST', url: '/api/secondments', cookie: c.yingji, body: body() })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/secondments', cookie: c.caiyuan, body: body({ startDate: addDaysIso(today, 100), endDate: addDaysIso(today, 120) }) })).statusCode).toBe(404);
  });

  it('A17.3 a secondment of a worker who has left since asking cannot be approved; the decision rolls back', async () => {
    const res = await t.request({ method: 'POST', url: '/api/secondments', cookie: c.daimiao, body: body({ startDate: addDaysIso(today, 200), endDate: addDaysIso(today, 230) }) });
    expect(res.statusCode, res.body).toBe(201);
    const was = resultRows<{ status: string }>(await t.database.db.execute(sql`select status from workers where id = ${workerId}`))[0]!.status;
    await t.database.db.execute(sql`update workers set status = '已退出' where id = ${workerId}`);
    try {
      const refused = await act(res.json().requestId, c.taishan, { action: 'approve', version: 1 });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toMatch(/已退出/);
      const still = (await t.request({ method: 'GET', url: `/api/secondments?org=370902001`, cookie: c.daimiao })).json() as { requestId: number; request: { status: string } }[];
      expect(still.find((x) => x.requestId === res.json().requestId)?.request.status).toBe('pending');
    } finally {
      await t.database.db.execute(sql`update workers set status = ${was} where id = ${workerId}`);
    }
  });
});
