import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let gongzuozhe: string;
const today = todayIso();
const year = Number(today.slice(0, 4));
beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, gongzuozhe] = (await Promise.all(['daimiao', 'caiyuan', 'gongzuozhe'].map((u) => t.login(u)))) as [string, string, string];
});
afterAll(() => t.close());

const rows = async <T,>(q: ReturnType<typeof sql>) => resultRows<T>(await t.database.db.execute(q));
const history = async (id: number) => (await t.request({ method: 'GET', url: `/api/workers/${id}/history`, cookie: daimiao })).json() as { kindLabel: string; summary: string }[];

describe('事业编 eligibility (A13.2)', () => {
  it('A13.2 a long-serving secretary with an 优秀 year is eligible; the list has the documented shape and explains each decision', async () => {
    const [sec] = await rows<{ id: number }>(sql`select id from workers where community_code like '370902001%' and status <> '已退出' and positions @> array['党组织书记'] and community_start_date <= ${addDaysIso(today, -11 * 366)} order by id limit 1`);
    expect(sec).toBeDefined();
    await t.database.db.execute(sql`insert into assessment_schemes (id, org_code, year, name, body, status, survey_opens, survey_closes, created_by)
      values (7001, '370902', ${year - 1}, 't', ${JSON.stringify({ grades: [{ name: '优秀', minScore: 90 }, { name: '称职', minScore: 0 }] })}::jsonb, 'results_published', '2000-01-01', '2000-01-02', 't')`);
    await t.database.db.execute(sql`insert into assessment_results (scheme_id, worker_id, year, grade, failing, capped, explanation) values (7001, ${sec!.id}, ${year - 1}, '优秀', false, false, '[]')`);
    const res = await t.request({ method: 'GET', url: '/api/incentives/career-eligibility?org=370902001', cookie: daimiao });
    expect(res.statusCode, res.body).toBe(200);
    const item = (res.json().items as { workerId: number; eligible: boolean; reasons: string[] }[]).find((i) => i.workerId === sec!.id)!;
    expect(item.eligible).toBe(true);
    expect(item.reasons).toHaveLength(4);
    expect(item.reasons.every((r) => r.startsWith('✓'))).toBe(true);
    const only = (await t.request({ method: 'GET', url: '/api/incentives/career-eligibility?org=370902001&eligibleOnly=1', cookie: daimiao })).json();
    expect(only.items.every((i: { eligible: boolean }) => i.eligible)).toBe(true);
    expect(only.items.map((i: { workerId: number }) => i.workerId)).toContain(sec!.id);
    expect(only.policy).toMatchObject({ minContinuousYears: 10, secretaryTermYears: 5 });
    expect((await t.request({ method: 'GET', url: '/api/incentives/career-eligibility?org=370902001', cookie: caiyuan })).statusCode).toBe(404);
  });

  it('A13.2 someone in community work for under ten years is not eligible, and the reason says so', async () => {
    const [young] = await rows<{ id: number }>(sql`select id from workers where community_code like '370902001%' and status <> '已退出' and community_start_date > ${addDaysIso(today, -5 * 365)} limit 1`);
    const list = (await t.request({ method: 'GET', url: '/api/incentives/career-eligibility?org=370902001', cookie: daimiao })).json();
    const item = list.items.find((i: { workerId: number }) => i.workerId === young!.id);
    expect(item.eligible).toBe(false);
    expect(item.reasons[0]).toMatch(/^✗ 自 .* 起连续在社区工作满 \d 年（要求 ≥ 10 年/);
  });
});

describe('vetting, reserve pool and honours (A2.1, A2.2, A13.3)', () => {
  let workerId: number;
  beforeAll(async () => {
    workerId = (await rows<{ id: number }>(sql`select id from workers where community_code like '370902001%' and status <> '已退出' order by id limit 1`))[0]!.id;
  });

  it('A2.1 a political vetting is recorded on the archive', async () => {
    const res = await t.request({ method: 'POST', url: '/api/incentives/vettings', cookie: daimiao, body: { workerId, vettedOn: today, vettingBody: '岱庙街道党工委', conductRecord: '现实表现良好，无违法违纪记录', result: '通过' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await history(workerId)).find((h) => h.kindLabel === '政治把关')?.summary).toBe('政治把关：通过（岱庙街道党工委）');
  });

  it('A2.2 the reserve pool takes workers and outside candidates, counts how many come from staff, and edits are versioned', async () => {
    const community = (await rows<{ code: string }>(sql`select community_code as code from workers where id = ${workerId}`))[0]!.code;
    const staff = await t.request({ method: 'POST', url: '/api/incentives/reserve', cookie: daimiao, body: { communityCode: community, workerId, source: '社区专职工作人员', targetPost: '社区党组织书记', nominatedOn: today } });
    expect(staff.statusCode, staff.body).toBe(200);
    const outside = await t.request({ method: 'POST', url: '/api/incentives/reserve', cookie: daimiao, body: { communityCode: community, name: '王晓明', gender: '男', birthYear: 1996, education: '大学本科', source: '返乡大学生', targetPost: '社区“两委”成员', nominatedOn: today } });
    expect(outside.statusCode, outside.body).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/incentives/reserve', cookie: daimiao, body: { communityCode: community, source: '其他', targetPost: '社区“两委”成员', nominatedOn: today } })).statusCode).toBe(400);
    const list = (await t.request({ method: 'GET', url: '/api/incentives/reserve?org=370902001', cookie: daimiao })).json();
    expect(list.summary).toMatchObject({ total: 2, fromStaff: 1 });
    const c = staff.json();
    const updated = await t.request({ method: 'PUT', url: `/api/incentives/reserve/${c.id}`, cookie: daimiao, body: { version: c.version, addMeasure: { on: today, measure: '安排到街道党建办跟岗锻炼三个月' } } });
    expect(updated.json().measures).toHaveLength(1);
    expect((await t.request({ method: 'PUT', url: `/api/incentives/reserve/${c.id}`, cookie: daimiao, body: { version: c.version, status: '已使用' } })).statusCode).toBe(409);
    expect((await t.request({ method: 'GET', url: '/api/incentives/reserve?org=370902001', cookie: caiyuan })).statusCode).toBe(404);
  });

  it('A13.3 an honour is an archive event and is listed for the year', async () => {
    const res = await t.request({ method: 'POST', url: '/api/incentives/events', cookie: daimiao, body: { workerId, kind: '荣誉表彰', title: '泰安市优秀社区工作者', level: '市级', occurredOn: today, issuer: '泰安市委社会工作部' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await history(workerId)).some((h) => h.kindLabel === '表彰与发展')).toBe(true);
    const list = (await t.request({ method: 'GET', url: `/api/incentives/events?org=370902001&year=${year}`, cookie: daimiao })).json();
    expect(list.map((e: { title: string }) => e.title)).toContain('泰安市优秀社区工作者');
  });
});

describe('care (A14.1)', () => {
  it('A14.1 health checks are scheduled and completed per worker per year; a future completion or another street’s worker is refused', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/care/health-checks?org=370902001&year=${year}`, cookie: daimiao })).json();
    const [a, b] = before.items as { workerId: number }[];
    const ok = await t.request({ method: 'PUT', url: '/api/care/health-checks', cookie: daimiao, body: { year, items: [{ workerId: a!.workerId, scheduledOn: today, completedOn: today, institution: '泰山区人民医院' }, { workerId: b!.workerId, scheduledOn: addDaysIso(today, 10), completedOn: null }] } });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await t.request({ method: 'GET', url: `/api/care/health-checks?org=370902001&year=${year}`, cookie: daimiao })).json();
    expect(after.summary).toMatchObject({ workers: before.summary.workers, scheduled: before.summary.scheduled + 2, completed: before.summary.completed + 1 });
    expect((await t.request({ method: 'PUT', url: '/api/care/health-checks', cookie: daimiao, body: { year, items: [{ workerId: a!.workerId, scheduledOn: today, completedOn: addDaysIso(today, 3) }] } })).statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url: '/api/care/health-checks', cookie: caiyuan, body: { year, items: [{ workerId: a!.workerId, scheduledOn: today, completedOn: null }] } })).statusCode).toBe(404);
  });

  it('A14.1 a retired worker can still be visited at the Spring Festival', async () => {
    const [w] = await rows<{ id: number; version: number }>(sql`select id, version from workers where community_code like '370902001%' and status <> '已退出' order by id desc limit 1`);
    expect((await t.request({ method: 'POST', url: `/api/workers/${w!.id}/exit`, cookie: daimiao, body: { exitType: '退休', reason: '到龄退休', exitDate: today } })).statusCode).toBe(200);
    const res = await t.request({ method: 'POST', url: '/api/care/visits', cookie: daimiao, body: { workerId: w!.id, occasion: '春节', visitedOn: today, visitors: '街道党工委书记', content: '走访慰问退休社区工作者', amount: 500 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ workerStatus: '已退出', amount: 500 });
  });

  it('A14.1 a worker raises a difficulty, the street sees it flagged when overdue, answers once, and the worker closes it', async () => {
    const me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
    const raised = await t.request({ method: 'POST', url: '/api/care/difficulties', cookie: gongzuozhe, body: { workerId: me.workerId, category: '家庭', content: '家中老人住院，希望调整本月值班安排' } });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ status: '待答复', dueOn: addDaysIso(today, 7), overdue: false });
    const other = (await rows<{ id: number }>(sql`select id from workers where id <> ${me.workerId} and community_code like '370902001%' limit 1`))[0]!.id;
    expect((await t.request({ method: 'POST', url: '/api/care/difficulties', cookie: gongzuozhe, body: { workerId: other, category: '家庭', content: '替别人反映的困难内容' } })).statusCode).toBe(403);

    await t.database.db.execute(sql`update difficulties set due_on = ${addDaysIso(today, -1)} where id = ${raised.json().id}`);
    const overdue = (await t.request({ method: 'GET', url: '/api/care/difficulties?org=370902001&overdue=1', cookie: daimiao })).json();
    expect(overdue.find((d: { id: number }) => d.id === raised.json().id)).toMatchObject({ overdue: true });
    expect((await t.request({ method: 'GET', url: '/api/care/difficulties?org=370902001', cookie: caiyuan })).statusCode).toBe(404);

    const answered = await t.request({ method: 'POST', url: `/api/care/difficulties/${raised.json().id}/answer`, cookie: daimiao, body: { answer: '已调整为下旬值班，社区安排同事顶岗' } });
    expect(answered.json()).toMatchObject({ status: '已答复', overdue: false });
    expect((await t.request({ method: 'POST', url: `/api/care/difficulties/${raised.json().id}/answer`, cookie: daimiao, body: { answer: '再次答复' } })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: `/api/care/difficulties/${raised.json().id}/close`, cookie: gongzuozhe })).json().status).toBe('已办结');
    const mine = (await t.request({ method: 'GET', url: `/api/workers/${me.workerId}/incentives`, cookie: gongzuozhe })).json();
    expect(mine.difficulties[0]).toMatchObject({ status: '已办结', answer: '已调整为下旬值班，社区安排同事顶岗' });
  });
});
