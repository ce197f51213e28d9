import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let gongzuozhe: string;
let shuji: string;
let daimiao: string;
let caiyuan: string;
let me: { workerId: number };
const today = todayIso();
/** The Monday `weeks` weeks after this week's, so leave never falls on a weekend by accident. */
const monday = (weeks: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return addDaysIso(today, -back + 7 * weeks);
};
beforeAll(async () => {
  t = await createTestApp();
  [gongzuozhe, shuji, daimiao, caiyuan] = (await Promise.all(['gongzuozhe', 'shuji', 'daimiao', 'caiyuan'].map((u) => t.login(u)))) as [string, string, string, string];
  me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
});
afterAll(() => t.close());

type Req = { id: number; status: string; standing: string; actions: string[]; version: number; overdue: boolean };
const ask = (body: Record<string, unknown>, cookie = gongzuozhe) => t.request({ method: 'POST', url: '/api/leave', cookie, body: { workerId: me.workerId, leaveType: '事假', reason: '家中有事', ...body } });
const inbox = async (cookie: string, box = 'todo') => (await t.request({ method: 'GET', url: `/api/workflow/inbox?box=${box}`, cookie })).json() as Req[];
const act = (id: number, cookie: string, body: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/workflow/requests/${id}/act`, cookie, body });

describe('leave on the one approval mechanism (A9.2)', () => {
  it('A9.2 a worker asks for three days; only their community secretary may approve; the street cannot step in', async () => {
    const res = await ask({ startDate: monday(1), endDate: addDaysIso(monday(1), 2) });
    expect(res.statusCode, res.body).toBe(200);
    const leave = res.json();
    expect(leave).toMatchObject({ days: 3, request: { status: 'pending', steps: [{ key: 'community' }], actions: ['cancel'] } });
    expect(leave.request.standing).toMatch(/^待社区党组织书记审批（第 1\/1 步，审批单位 370902001001/);
    const todo = await inbox(shuji);
    expect(todo.map((r) => r.id)).toContain(leave.requestId);
    expect((await inbox(daimiao)).map((r) => r.id)).not.toContain(leave.requestId);
    expect((await act(leave.requestId, daimiao, { action: 'approve', version: 1 })).statusCode).toBe(403);
    const ok = await act(leave.requestId, shuji, { action: 'approve', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', standing: '已同意' });
    expect((await act(leave.requestId, shuji, { action: 'approve', version: 2 })).statusCode).toBe(409);
  });

  it('A9.2 five days go to the secretary and then the street; another street sees nothing; a stale version is refused', async () => {
    const leave = (await ask({ startDate: monday(2), endDate: addDaysIso(monday(2), 4) })).json();
    expect(leave.request.steps.map((s: { key: string }) => s.key)).toEqual(['community', 'street']);
    expect((await act(leave.requestId, shuji, { action: 'approve', version: 1 })).json().standing).toMatch(/^待街道审批（第 2\/2 步/);
    expect((await act(leave.requestId, caiyuan, { action: 'approve', version: 2 })).statusCode).toBe(404);
    expect((await act(leave.requestId, daimiao, { action: 'approve', version: 1 })).statusCode).toBe(409);
    const done = await act(leave.requestId, daimiao, { action: 'approve', version: 2 });
    expect(done.json().records.map((r: { action: string }) => r.action)).toEqual(['submit', 'approve', 'approve']);
  });

  it('A9.2 overlapping dates, weekend-only dates and annual leave beyond the balance are refused; nothing is written', async () => {
    const before = (await inbox(gongzuozhe, 'mine')).length;
    expect((await ask({ startDate: addDaysIso(monday(1), 1), endDate: addDaysIso(monday(1), 1) })).statusCode).toBe(409);
    expect((await ask({ startDate: addDaysIso(monday(3), 5), endDate: addDaysIso(monday(3), 6) })).statusCode).toBe(400);
    const balance = (await t.request({ method: 'GET', url: `/api/workers/${me.workerId}/leave-balance?year=${monday(4).slice(0, 4)}`, cookie: gongzuozhe })).json();
    expect(balance.annual.entitled).toBeGreaterThanOrEqual(0);
    const tooLong = await ask({ leaveType: '年休假', startDate: monday(4), endDate: addDaysIso(monday(4), 7 * 4) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toBe('年休假剩余天数不足');
    expect((await inbox(gongzuozhe, 'mine')).length).toBe(before);
  });

  it('A9.2 a rejection needs a reason; the requester alone may withdraw', async () => {
    const a = (await ask({ startDate: monday(5), endDate: monday(5) })).json();
    expect((await act(a.requestId, shuji, { action: 'reject', version: 1 })).statusCode).toBe(400);
    expect((await act(a.requestId, shuji, { action: 'reject', comment: '社区当天有换届选举', version: 1 })).json()).toMatchObject({ status: 'rejected', standing: '未同意（社区当天有换届选举）' });
    const b = (await ask({ startDate: monday(6), endDate: monday(6) })).json();
    expect((await act(b.requestId, shuji, { action: 'cancel', version: 1 })).statusCode).toBe(403);
    expect((await act(b.requestId, gongzuozhe, { action: 'cancel', version: 1 })).json().status).toBe('cancelled');
  });

  it('A9.2 approved leave that has ended without a return record is flagged until the worker records the return (销假)', async () => {
    const start = addDaysIso(today, -12);
    const leave = (await ask({ startDate: start, endDate: addDaysIso(start, 3), leaveType: '病假' })).json();
    if (leave.days === undefined) throw new Error(JSON.stringify(leave));
    await act(leave.requestId, shuji, { action: 'approve', version: 1 });
    if (leave.days > 3) await act(leave.requestId, daimiao, { action: 'approve', version: 2 });
    const open = (await t.request({ method: 'GET', url: '/api/leave?org=370902001&unreturned=1', cookie: daimiao })).json() as { requestId: number }[];
    expect(open.map((x) => x.requestId)).toContain(leave.requestId);
    expect((await t.request({ method: 'POST', url: `/api/leave/${leave.requestId}/return`, cookie: gongzuozhe, body: { returnedOn: addDaysIso(today, 1) } })).statusCode).toBe(400);
    const back = await t.request({ method: 'POST', url: `/api/leave/${leave.requestId}/return`, cookie: gongzuozhe, body: { returnedOn: addDaysIso(start, 4) } });
    expect(back.json()).toMatchObject({ unreturned: false, returnedOn: addDaysIso(start, 4) });
    expect((await t.request({ method: 'GET', url: '/api/leave?org=370902001&unreturned=1', cookie: daimiao })).json().map((x: { requestId: number }) => x.requestId)).not.toContain(leave.requestId);
    expect((await t.request({ method: 'GET', url: '/api/leave?org=370902001', cookie: caiyuan })).statusCode).toBe(404);
  });

  it('A9.2 a step left past its due date shows as overdue to the units above', async () => {
    const leave = (await ask({ startDate: monday(7), endDate: monday(7) })).json();
    await t.database.db.execute(sql`update workflow_requests set state = jsonb_set(state, array['stepSince'], to_jsonb(${addDaysIso(today, -5)}::text)) where id = ${leave.requestId}`);
    const overdue = await inbox(daimiao, 'overdue');
    expect(overdue.find((r) => r.id === leave.requestId)).toMatchObject({ overdue: true, status: 'pending' });
  });
});
