import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { PROXY_DUE_DAYS } from '@cwp/domain/work-logs';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let gongzuozhe: string;
let shuji: string;
let daimiao: string;
let caiyuan: string;
let me: { workerId: number };
const today = todayIso();
const COMMUNITY = '370902001001';

type Page<T> = { total: number; items: T[] };
type Grid = { id: number; communityCode: string; members: { assignmentId: number; workerId: number; role: string }[]; householdsPerWorker: number | null };

beforeAll(async () => {
  t = await createTestApp();
  [gongzuozhe, shuji, daimiao, caiyuan] = (await Promise.all(['gongzuozhe', 'shuji', 'daimiao', 'caiyuan'].map((u) => t.login(u)))) as [string, string, string, string];
  me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
});
afterAll(() => t.close());

const post = (url: string, cookie: string, body: unknown) => t.request({ method: 'POST', url, cookie, body });
const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
const visit = (body: Record<string, unknown>, cookie = gongzuozhe) =>
  post('/api/work-logs/visits', cookie, { workerId: me.workerId, address: '岱宗大街 18 号 2 单元 301', visitedOn: today, category: '民意收集', notes: '收集加装电梯意见', ...body });
/** Another worker in post in the demo community, not the demo worker. */
async function colleague(): Promise<number> {
  const list = (await get(`/api/grids?org=${COMMUNITY}`, shuji)).json() as { grids: Grid[]; unassigned: { workerId: number }[] };
  return list.grids.flatMap((g) => g.members).find((m) => m.workerId !== me.workerId)!.workerId;
}

describe('work ledgers (A9.1)', () => {
  it('A9.1 a worker records a visit for themself (phone masked, grid filled in) but not for another worker', async () => {
    expect((await post('/api/work-logs/visits', '', {})).statusCode).toBe(401);
    const ok = await visit({ residentName: '张秀英', residentPhone: '13812345678', followUp: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ workerId: me.workerId, residentPhone: '138****5678', followUp: true, recordedBy: expect.any(String) });
    expect(ok.json().gridName).toMatch(/网格$/);
    const other = await colleague();
    const refused = await visit({ workerId: other });
    expect(refused.statusCode).toBe(403);
    // The secretary records on the colleague's behalf.
    const onBehalf = await visit({ workerId: other }, shuji);
    expect(onBehalf.statusCode, onBehalf.body).toBe(200);
    // The worker sees their own entries on the phone page, not the colleague's; the ledger list is for managers.
    const mine = (await get('/api/my/work-log', gongzuozhe)).json();
    expect(mine.visits.map((v: { id: number }) => v.id)).toContain(ok.json().id);
    expect(mine.visits.map((v: { id: number }) => v.id)).not.toContain(onBehalf.json().id);
    expect((await get(`/api/work-logs/visits?org=${COMMUNITY}`, gongzuozhe)).statusCode).toBe(403);
  });

  it('A9.1 no entry is dated in the future, and a visit needs a category from the list', async () => {
    const future = await visit({ visitedOn: addDaysIso(today, 1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0]).toMatchObject({ path: 'visitedOn' });
    expect((await visit({ category: '闲聊' })).statusCode).toBe(400);
    const proxy = await post('/api/work-logs/proxy-services', gongzuozhe, { workerId: me.workerId, category: '居住证', matter: '居住证签注', requesterAddress: '东岳大街 1 号', acceptedOn: addDaysIso(today, 2) });
    expect(proxy.statusCode).toBe(400);
  });

  it('A9.1 a street cannot see or change another street’s ledgers (404)', async () => {
    const v = (await visit({})).json();
    const p = (await post('/api/work-logs/proxy-services', gongzuozhe, { workerId: me.workerId, category: '居住证', matter: '居住证签注', requesterAddress: '东岳大街 1 号', acceptedOn: today })).json();
    expect((await get(`/api/work-logs/visits?org=${COMMUNITY}`, caiyuan)).statusCode).toBe(404);
    expect((await get(`/api/work-logs/proxy-services?org=370902002`, caiyuan)).json().items.map((x: { id: number }) => x.id)).not.toContain(p.id);
    expect((await post(`/api/work-logs/proxy-services/${p.id}/status`, caiyuan, { status: '办理中', on: today })).statusCode).toBe(404);
    expect((await visit({}, caiyuan)).statusCode).toBe(404);
    expect((await get(`/api/grids?org=${COMMUNITY}`, caiyuan)).statusCode).toBe(404);
    expect((await get(`/api/work-logs/counts?org=370902001&from=${today}&to=${today}`, caiyuan)).statusCode).toBe(404);
    // The right street sees both.
    expect((await get(`/api/work-logs/visits?org=370902001&from=${today}&pageSize=200`, daimiao)).json().items.map((x: { id: number }) => x.id)).toContain(v.id);
    expect((await post(`/api/work-logs/proxy-services/${p.id}/status`, daimiao, { status: '办理中', on: today })).statusCode).toBe(200);
  });

  it('A9.1 proxy services move 受理 → 办理中 → 办结 only; 办结 never goes back; the overdue flag follows the due date', async () => {
    const accept = (acceptedOn: string) => post('/api/work-logs/proxy-services', gongzuozhe, { workerId: me.workerId, category: '高龄补贴申请', matter: '高龄津贴申请', requesterName: '李玉兰', requesterAddress: '通天街 5 号', acceptedOn });
    const fresh = (await accept(today)).json();
    expect(fresh).toMatchObject({ status: '受理', overdue: false, dueOn: addDaysIso(today, PROXY_DUE_DAYS), completedOn: null });
    expect((await post(`/api/work-logs/proxy-services/${fresh.id}/status`, gongzuozhe, { status: '办理中', on: today })).json().status).toBe('办理中');
    expect((await post(`/api/work-logs/proxy-services/${fresh.id}/status`, gongzuozhe, { status: '办结', on: addDaysIso(today, -30) })).statusCode).toBe(400);
    const done = await post(`/api/work-logs/proxy-services/${fresh.id}/status`, gongzuozhe, { status: '办结', on: today, outcome: '已送达' });
    expect(done.json()).toMatchObject({ status: '办结', completedOn: today, overdue: false });
    expect((await post(`/api/work-logs/proxy-services/${fresh.id}/status`, gongzuozhe, { status: '办理中', on: today })).statusCode).toBe(409);
    // The schema has no way back to 受理 at all.
    expect((await post(`/api/work-logs/proxy-services/${fresh.id}/status`, gongzuozhe, { status: '受理', on: today })).statusCode).toBe(400);
    // 退回 needs a reason.
    const other = (await accept(today)).json();
    expect((await post(`/api/work-logs/proxy-services/${other.id}/status`, gongzuozhe, { status: '退回', on: today })).statusCode).toBe(400);

    const late = (await accept(addDaysIso(today, -(PROXY_DUE_DAYS + 1)))).json();
    const dueToday = (await accept(addDaysIso(today, -PROXY_DUE_DAYS))).json();
    expect(late.overdue).toBe(true);
    expect(dueToday.overdue).toBe(false);
    const overdue = (await get(`/api/work-logs/proxy-services?org=${COMMUNITY}&overdue=1&pageSize=200`, shuji)).json() as Page<{ id: number; overdue: boolean }>;
    expect(overdue.items.map((x) => x.id)).toContain(late.id);
    expect(overdue.items.map((x) => x.id)).not.toContain(dueToday.id);
    expect(overdue.items.every((x) => x.overdue)).toBe(true);
  });

  it('A9.1 a worker can be in only one grid, a grid has one 网格长, and ending an assignment keeps it as history', async () => {
    const created = await post('/api/grids', shuji, { communityCode: COMMUNITY, number: '99', name: '测试网格', households: 300, buildings: '1—4 号楼' });
    expect(created.statusCode, created.body).toBe(200);
    const g = created.json() as Grid;
    expect((await post('/api/grids', shuji, { communityCode: COMMUNITY, number: '99', name: '重复网格', households: 10 })).statusCode).toBe(409);
    expect((await post('/api/grids', caiyuan, { communityCode: COMMUNITY, number: '98', name: '越权网格', households: 10 })).statusCode).toBe(404);
    // The demo worker already serves a grid: refused until that assignment ends.
    const again = await post(`/api/grids/${g.id}/assignments`, shuji, { workerId: me.workerId, role: '网格员', startedOn: today });
    expect(again.statusCode).toBe(409);
    const list = (await get(`/api/grids?org=${COMMUNITY}`, shuji)).json() as { grids: Grid[]; unassigned: { workerId: number }[] };
    const current = list.grids.flatMap((x) => x.members).find((m) => m.workerId === me.workerId)!;
    const ended = await post(`/api/grid-assignments/${current.assignmentId}/end`, shuji, { endedOn: today });
    expect(ended.statusCode, ended.body).toBe(200);
    const joined = await post(`/api/grids/${g.id}/assignments`, shuji, { workerId: me.workerId, role: '网格长', startedOn: today });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({ members: [{ workerId: me.workerId, role: '网格长' }], householdsPerWorker: 300 });
    // A second 网格长 is refused; an unassigned worker may join as 网格员.
    const free = list.unassigned[0]!.workerId;
    expect((await post(`/api/grids/${g.id}/assignments`, shuji, { workerId: free, role: '网格长', startedOn: today })).statusCode).toBe(409);
    expect((await post(`/api/grids/${g.id}/assignments`, shuji, { workerId: free, role: '网格员', startedOn: today })).json().householdsPerWorker).toBe(150);
    const history = (await get(`/api/grids/${current.assignmentId ? list.grids.find((x) => x.members.some((m) => m.assignmentId === current.assignmentId))!.id : 0}/assignments`, shuji)).json();
    expect(history.find((a: { id: number }) => a.id === current.assignmentId)).toMatchObject({ endedOn: today, workerId: me.workerId });
    // Only a worker of the grid's own community.
    const elsewhere = (await get('/api/grids?org=370902001002', daimiao)).json() as { grids: Grid[] };
    const outsider = elsewhere.grids.flatMap((x) => x.members)[0]!.workerId;
    expect((await post(`/api/grids/${g.id}/assignments`, daimiao, { workerId: outsider, role: '网格员', startedOn: today })).statusCode).toBe(400);
  });

  it('A9.1 a pair’s visit count is the visits linked to it; a visit cannot be linked to someone else’s pair', async () => {
    const pair = (await post('/api/work-logs/pairs', gongzuozhe, { workerId: me.workerId, personName: '王大爷', address: '迎胜路 3 号', needType: '独居老人', startedOn: addDaysIso(today, -10) })).json();
    expect(pair.visits).toBe(0);
    await visit({ pairId: pair.id, category: '困难帮扶', visitedOn: addDaysIso(today, -3) });
    await visit({ pairId: pair.id, category: '困难帮扶' });
    expect((await visit({ pairId: pair.id, visitedOn: addDaysIso(today, -20) })).statusCode).toBe(400);
    const other = await colleague();
    expect((await visit({ workerId: other, pairId: pair.id }, shuji)).statusCode).toBe(400);
    const mine = (await get('/api/my/work-log', gongzuozhe)).json();
    expect(mine.pairs.find((p: { id: number }) => p.id === pair.id)).toMatchObject({ visits: 2, lastVisitOn: today });
  });

  it('A9.1 the first-inquiry register: closing needs a resolution or a referral and cannot reopen', async () => {
    const inq = (await post('/api/work-logs/first-inquiries', gongzuozhe, { workerId: me.workerId, receivedOn: today, matter: '咨询灵活就业社保' })).json();
    expect(inq.closedOn).toBeNull();
    expect((await post(`/api/work-logs/first-inquiries/${inq.id}/close`, gongzuozhe, { closedOn: today })).statusCode).toBe(400);
    expect((await post(`/api/work-logs/first-inquiries/${inq.id}/close`, gongzuozhe, { closedOn: today, referredTo: '街道社保所' })).json()).toMatchObject({ closedOn: today, referredTo: '街道社保所' });
    expect((await post(`/api/work-logs/first-inquiries/${inq.id}/close`, gongzuozhe, { closedOn: today, resolution: '再次' })).statusCode).toBe(409);
  });

  it('A9.1 counts per worker and community equal the rows of the ledgers', async () => {
    const from = addDaysIso(today, -90);
    const q = `org=${COMMUNITY}&from=${from}&to=${today}&pageSize=200`;
    const counts = (await get(`/api/work-logs/counts?${q}`, shuji)).json();
    const all = async <T>(kind: string, extra = '') => {
      const out: T[] = [];
      for (let page = 1; ; page++) {
        const r = (await get(`/api/work-logs/${kind}?org=${COMMUNITY}&pageSize=200&page=${page}${extra}`, shuji)).json() as Page<T>;
        out.push(...r.items);
        if (out.length >= r.total) return out;
      }
    };
    const visits = await all<{ workerId: number }>('visits', `&from=${from}&to=${today}`);
    const inquiries = await all<{ workerId: number }>('first-inquiries', `&from=${from}&to=${today}`);
    const proxies = await all<{ workerId: number; status: string; completedOn: string | null; acceptedOn: string; overdue: boolean }>('proxy-services');
    const pairs = await all<{ workerId: number; startedOn: string; endedOn: string | null }>('pairs');
    expect(visits.length).toBeGreaterThan(30);
    expect(counts.totals).toEqual({
      visits: visits.length,
      firstInquiries: inquiries.length,
      pairsActive: pairs.filter((p) => p.startedOn <= today && (p.endedOn === null || p.endedOn >= from)).length,
      proxyDone: proxies.filter((p) => p.status === '办结' && p.completedOn! >= from && p.completedOn! <= today).length,
      proxyOpen: proxies.filter((p) => p.status === '受理' || p.status === '办理中').length,
      proxyOverdue: proxies.filter((p) => p.overdue).length,
    });
    expect(counts.totals.proxyOverdue).toBeGreaterThanOrEqual(1);
    const mineRow = counts.byWorker.find((w: { workerId: number }) => w.workerId === me.workerId);
    expect(mineRow.visits).toBe(visits.filter((v) => v.workerId === me.workerId).length);
    expect(counts.byCommunity).toHaveLength(1);
    // The street's totals include the community's, and the city level leaves the per-worker list out.
    const street = (await get(`/api/work-logs/counts?org=370902001&from=${from}&to=${today}`, daimiao)).json();
    expect(street.totals.visits).toBeGreaterThan(counts.totals.visits);
    expect(street.byCommunity.length).toBeGreaterThan(1);
    const county = (await get(`/api/work-logs/counts?org=370902&from=${from}&to=${today}`, await t.login('taishan'))).json();
    expect(county.byWorker).toEqual([]);
    expect(county.totals.visits).toBe(street.totals.visits);
    expect((await get(`/api/work-logs/counts?org=${COMMUNITY}&from=${today}&to=${from}`, shuji)).statusCode).toBe(400);
  });

  it('A9.1 the current list exports to .xlsx with the same rows and filters, audited; out of scope is 404', async () => {
    const from = addDaysIso(today, -30);
    const list = (await get(`/api/work-logs/visits?org=${COMMUNITY}&from=${from}&to=${today}&pageSize=200`, shuji)).json() as Page<{ address: string }>;
    const res = await get(`/api/work-logs/visits/export.xlsx?org=${COMMUNITY}&from=${from}&to=${today}`, shuji);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount - 2).toBe(list.total);
    expect(ws.getRow(2).values).toContain('走访日期');
    expect(ws.getRow(3).getCell(5).value).toBe(list.items[0]!.address);
    const audit = resultRows<{ detail: { kind: string; rows: number } }>(await t.database.db.execute(sql`select detail from audit_log where action = 'work_log_export' order by id desc limit 1`));
    expect(audit[0]!.detail).toMatchObject({ kind: 'visits', rows: list.total });
    expect((await get(`/api/work-logs/proxy-services/export.xlsx?org=${COMMUNITY}&overdue=1`, shuji)).statusCode).toBe(200);
    expect((await get(`/api/work-logs/visits/export.xlsx?org=${COMMUNITY}`, caiyuan)).statusCode).toBe(404);
    expect((await get(`/api/work-logs/visits/export.xlsx?org=${COMMUNITY}`, gongzuozhe)).statusCode).toBe(403);
    expect((await get(`/api/work-logs/salaries/export.xlsx?org=${COMMUNITY}`, shuji)).statusCode).toBe(400);
  });
});
