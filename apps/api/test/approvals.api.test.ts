import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const c: Record<string, string> = {};
let leaver: { id: number; name: string };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['taian', 'taishan', 'daimiao', 'caiyuan', 'shuji', 'gongzuozhe']) c[u] = await t.login(u);
  const me = (await t.request({ method: 'GET', url: '/api/me', cookie: c.gongzuozhe })).json();
  const list = (await t.request({ method: 'GET', url: '/api/workers?org=370902001001&status=在岗&pageSize=50', cookie: c.shuji })).json();
  leaver = list.items.find((w: { id: number; positions: string[] }) => w.id !== me.workerId && !w.positions.includes('党组织书记'));
});
afterAll(() => t.close());

type Req = { id: number; kind: string; status: string; title: string; standing: string; actions: string[]; version: number };
const act = (id: number, cookie: string | undefined, body: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/workflow/requests/${id}/act`, cookie, body });
const exitBody = () => ({ exitType: '辞职', exitDate: todayIso(), reason: '个人原因申请辞职' });
const worker = async (id: number) => (await t.request({ method: 'GET', url: `/api/workers/${id}`, cookie: c.daimiao })).json();

describe('exits on the approval mechanism (A9.3)', () => {
  it('A9.3 the secretary cannot record an exit but can ask the street; only 岱庙街道 decides and the approval records the exit with its archive row', async () => {
    expect((await t.request({ method: 'POST', url: `/api/workers/${leaver.id}/exit`, cookie: c.shuji, body: exitBody() })).statusCode).toBe(403);
    const res = await t.request({ method: 'POST', url: `/api/workers/${leaver.id}/exit-requests`, cookie: c.shuji, body: exitBody() });
    expect(res.statusCode, res.body).toBe(200);
    const req = res.json() as Req;
    expect(req).toMatchObject({ kind: 'worker_exit', status: 'pending', title: `${leaver.name} 辞职（${todayIso()}）` });
    expect(req.standing).toMatch(/^待街道审批（第 1\/1 步，审批单位 370902001/);
    // Nothing changes before the decision; a second request for the same worker is refused.
    expect((await worker(leaver.id)).status).not.toBe('已退出');
    expect((await t.request({ method: 'POST', url: `/api/workers/${leaver.id}/exit-requests`, cookie: c.shuji, body: exitBody() })).statusCode).toBe(409);
    // Another street and the county are not the approver.
    expect((await act(req.id, c.caiyuan, { action: 'approve', version: 1 })).statusCode).toBe(404);
    expect((await act(req.id, c.taishan, { action: 'approve', version: 1 })).statusCode).toBe(403);
    const done = await act(req.id, c.daimiao, { action: 'approve', version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    const after = await worker(leaver.id);
    expect(after).toMatchObject({ status: '已退出', exitType: '辞职' });
    const history = (await t.request({ method: 'GET', url: `/api/workers/${leaver.id}/history`, cookie: c.daimiao })).json();
    expect(history.find((h: { kind: string }) => h.kind === 'exited')).toMatchObject({ source: 'workflow', actorName: expect.stringContaining('岱庙街道') });
  });

  it('A9.3 an approval is refused and nothing is written when the worker has already left', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/workers?org=370902001001&status=在岗&pageSize=50', cookie: c.shuji })).json();
    const me = (await t.request({ method: 'GET', url: '/api/me', cookie: c.gongzuozhe })).json();
    const w = list.items.find((x: { id: number; positions: string[] }) => x.id !== me.workerId && x.id !== leaver.id && !x.positions.includes('党组织书记'));
    const req = (await t.request({ method: 'POST', url: `/api/workers/${w.id}/exit-requests`, cookie: c.shuji, body: exitBody() })).json() as Req;
    expect((await t.request({ method: 'POST', url: `/api/workers/${w.id}/exit`, cookie: c.daimiao, body: { ...exitBody(), exitType: '解聘', reason: '街道直接办理' } })).statusCode).toBe(200);
    const refused = await act(req.id, c.daimiao, { action: 'approve', version: 1 });
    expect(refused.statusCode).toBe(409);
    const still = (await t.request({ method: 'GET', url: '/api/workflow/inbox?box=todo', cookie: c.daimiao })).json() as Req[];
    expect(still.find((r) => r.id === req.id)?.status).toBe('pending');
    expect((await worker(w.id)).exitType).toBe('解聘');
  });

  it('A9.3 a worker cannot ask for anyone’s exit', async () => {
    expect((await t.request({ method: 'POST', url: `/api/workers/${leaver.id}/exit-requests`, cookie: c.gongzuozhe, body: exitBody() })).statusCode).toBe(403);
  });
});

describe('总量控制 ceilings of a unit are approved by the level above (A3.1)', () => {
  it('A3.1 泰山区 asks 泰安市; the approval writes the ceiling under the requester; a rejection writes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: '/api/staffing/370902', cookie: c.taishan })).json();
    const body = { ceiling: before.headcount + 40, effectiveFrom: todayIso(), reason: '区编委核定增加总量' };
    const res = await t.request({ method: 'POST', url: '/api/staffing/370902/ceiling-requests', cookie: c.taishan, body });
    expect(res.statusCode, res.body).toBe(200);
    const req = res.json() as Req;
    expect(req.standing).toMatch(/^待市委社会工作部审批（第 1\/1 步，审批单位 3709/);
    expect((await t.request({ method: 'GET', url: '/api/staffing/370902', cookie: c.taishan })).json().ceiling).toBe(before.ceiling);
    expect((await act(req.id, c.taishan, { action: 'approve', version: 1 })).statusCode).toBe(403);
    expect((await act(req.id, c.taian, { action: 'approve', version: 1 })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/staffing/370902', cookie: c.taishan })).json().ceiling).toBe(body.ceiling);
    const history = (await t.request({ method: 'GET', url: '/api/staffing/370902/history', cookie: c.taishan })).json();
    expect(history[0]).toMatchObject({ kind: 'ceiling', createdBy: '泰山区委社会工作部' });
    expect(history[0].reason).toMatch(/泰安市委社会工作部审批同意/);

    const second = (await t.request({ method: 'POST', url: '/api/staffing/370902/ceiling-requests', cookie: c.taishan, body: { ...body, ceiling: 1 } })).json() as Req;
    expect((await act(second.id, c.taian, { action: 'reject', version: 1, comment: '超出全市总量' })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/staffing/370902', cookie: c.taishan })).json().ceiling).toBe(body.ceiling);
  });

  it('A3.1 a street has no ceiling to ask for; a unit outside the scope is 404', async () => {
    const body = { ceiling: 10, effectiveFrom: todayIso(), reason: '越级申请' };
    expect((await t.request({ method: 'POST', url: '/api/staffing/370902001/ceiling-requests', cookie: c.taishan, body })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/staffing/370911/ceiling-requests', cookie: c.taishan, body })).statusCode).toBe(404);
  });
});
