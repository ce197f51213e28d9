import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '@cwp/domain/attendance';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let gongzuozhe: string;
let shuji: string;
let daimiao: string;
let caiyuan: string;
let me: { workerId: number };
const COMMUNITY = '370902001001';
const today = todayIso();
const month = today.slice(0, 7);
const lastMonth = addDaysIso(`${month}-01`, -1).slice(0, 7);
/** The month holding most of the demo's 30 days of punches. */
const demoMonth = addDaysIso(today, -15).slice(0, 7);

beforeAll(async () => {
  t = await createTestApp();
  [gongzuozhe, shuji, daimiao, caiyuan] = (await Promise.all(['gongzuozhe', 'shuji', 'daimiao', 'caiyuan'].map((u) => t.login(u)))) as [string, string, string, string];
  me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
});
afterAll(() => t.close());

type Day = { date: string; status: string | null; checkIn: { clockTime: string; corrected: boolean; correctionRequestId: number | null } | null; checkOut: { clockTime: string; corrected: boolean; correctionRequestId: number | null } | null };
const monthOf = async (m: string, cookie = gongzuozhe) => (await t.request({ method: 'GET', url: `/api/workers/${me.workerId}/attendance?month=${m}`, cookie })).json() as { days: Day[]; totals: Record<string, number>; corrections: unknown[] };
const punch = (kind: 'in' | 'out', cookie = gongzuozhe, workerId = me.workerId) => t.request({ method: 'POST', url: '/api/attendance/punch', cookie, body: { workerId, kind, note: '社区服务中心' } });
const act = (id: number, cookie: string, body: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/workflow/requests/${id}/act`, cookie, body });

describe('attendance (A9.2)', () => {
  it('A9.2 every attendance and report route needs a session (401)', async () => {
    const urls = [
      ['GET', `/api/attendance/schedules?org=${COMMUNITY}`],
      ['GET', `/api/attendance/sheet?org=${COMMUNITY}&month=${month}`],
      ['GET', `/api/attendance/sheet.xlsx?org=${COMMUNITY}&month=${month}`],
      ['GET', `/api/workers/${me.workerId}/attendance?month=${month}`],
      ['GET', '/api/reports/mine'],
      ['GET', `/api/reports?org=${COMMUNITY}`],
    ] as const;
    for (const [method, url] of urls) expect((await t.request({ method, url })).statusCode, url).toBe(401);
  });

  it('A9.2 a worker cannot punch for another worker, nor can the street punch for them; unauthenticated is 401', async () => {
    expect((await t.request({ method: 'POST', url: '/api/attendance/punch', body: { workerId: me.workerId, kind: 'in' } })).statusCode).toBe(401);
    expect((await punch('in', gongzuozhe, me.workerId + 1)).statusCode).toBe(403);
    expect((await punch('in', daimiao)).statusCode).toBe(403);
    expect((await monthOf(month)).days.find((d) => d.date === today)?.checkIn).toBeNull();
  });

  it('A9.2 no check-out before the check-in; check-in twice is refused; one check-out a day; server time decides', async () => {
    const early = await punch('out');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('请先签到再签退');
    const first = await punch('in');
    expect(first.statusCode, first.body).toBe(200);
    const day = first.json().days.find((d: Day) => d.date === today) as Day;
    expect(day.checkIn?.clockTime).toMatch(/^\d{2}:\d{2}$/);
    const again = await punch('in');
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('今天已经签到过了');
    expect((await punch('out')).statusCode).toBe(200);
    expect((await punch('out')).statusCode).toBe(409);
    const rows = resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from attendance_punches where worker_id = ${me.workerId} and work_date = ${today}`));
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it('A9.2 a correction approved by the community secretary fixes the day; the street, not the approver, is refused', async () => {
    const days = [...(await monthOf(lastMonth)).days, ...(await monthOf(month)).days];
    const missing = days.filter((d) => d.date < today && d.date >= addDaysIso(today, -31) && d.status === '缺卡' && d.checkOut === null).at(-1)!;
    expect(missing, 'the demo leaves one missing check-out').toBeDefined();
    const res = await t.request({ method: 'POST', url: '/api/attendance/corrections', cookie: gongzuozhe, body: { workerId: me.workerId, workDate: missing.date, kind: 'out', clockTime: '17:20', reason: '下班时手机没电，忘记签退' } });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.request).toMatchObject({ kind: 'attendance_correction', status: 'pending', steps: [{ key: 'community' }] });
    const twice = await t.request({ method: 'POST', url: '/api/attendance/corrections', cookie: gongzuozhe, body: { workerId: me.workerId, workDate: missing.date, kind: 'out', clockTime: '17:25', reason: '再次申请' } });
    expect(twice.statusCode).toBe(409);
    expect((await act(c.requestId, daimiao, { action: 'approve', version: 1 })).statusCode).toBe(403);
    expect((await act(c.requestId, caiyuan, { action: 'approve', version: 1 })).statusCode).toBe(404);
    const ok = await act(c.requestId, shuji, { action: 'approve', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    const fixed = [...(await monthOf(lastMonth)).days, ...(await monthOf(month)).days].find((d) => d.date === missing.date)!;
    expect(fixed.checkOut).toMatchObject({ clockTime: '17:20', corrected: true, correctionRequestId: c.requestId });
    expect(fixed.status).not.toBe('缺卡');
  });

  it('A9.2 a correction for a punch already recorded, or for someone else, is refused', async () => {
    const body = { workerId: me.workerId, workDate: today, kind: 'in', clockTime: '08:50', reason: '测试' };
    expect((await t.request({ method: 'POST', url: '/api/attendance/corrections', cookie: gongzuozhe, body })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: '/api/attendance/corrections', cookie: shuji, body })).statusCode).toBe(403);
  });

  it('A9.2 the monthly sheet shows workers × days with totals; a street cannot see another street’s sheet (404)', async () => {
    const res = await t.request({ method: 'GET', url: `/api/attendance/sheet?org=${COMMUNITY}&month=${demoMonth}`, cookie: daimiao });
    expect(res.statusCode, res.body).toBe(200);
    const sheet = res.json();
    expect(sheet.rows.length).toBeGreaterThan(1);
    expect(sheet.rows[0].codes).toHaveLength(sheet.dates.length);
    expect(sheet.rows.some((r: { totals: { late: number } }) => r.totals.late > 0)).toBe(true);
    expect((await t.request({ method: 'GET', url: `/api/attendance/sheet?org=${COMMUNITY}&month=${month}`, cookie: shuji })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/attendance/sheet?org=${COMMUNITY}&month=${month}`, cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/attendance/sheet.xlsx?org=${COMMUNITY}&month=${month}`, cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/attendance/sheet?org=${COMMUNITY}&month=${month}`, cookie: gongzuozhe })).statusCode).toBe(403);
  });

  it('A9.2 the sheet exports to .xlsx with one row per worker, and the export is audited', async () => {
    const res = await t.request({ method: 'GET', url: `/api/attendance/sheet.xlsx?org=${COMMUNITY}&month=${demoMonth}`, cookie: daimiao });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('考勤表'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe('姓名');
    expect(ws.getRow(2).values).toContain('出勤天数');
    const audit = resultRows<{ detail: { month: string; rows: number } }>(await t.database.db.execute(sql`select detail from audit_log where action = 'attendance_export' order by id desc limit 1`));
    expect(audit[0]!.detail).toMatchObject({ month: demoMonth, rows: ws.rowCount - 2 });
  });

  it('A9.2 the street sets a community override; the secretary cannot set schedules; the worker’s days follow the override', async () => {
    const input = { orgCode: COMMUNITY, workStart: '08:30', workEnd: '17:30', graceMinutes: 10, workdays: [1, 2, 3, 4, 5], effectiveFrom: addDaysIso(today, 1) };
    expect((await t.request({ method: 'POST', url: '/api/attendance/schedules', cookie: shuji, body: input })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/attendance/schedules', cookie: caiyuan, body: input })).statusCode).toBe(404);
    const bad = await t.request({ method: 'POST', url: '/api/attendance/schedules', cookie: daimiao, body: { ...input, workEnd: '08:00' } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.request({ method: 'POST', url: '/api/attendance/schedules', cookie: daimiao, body: input });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items.map((s: { orgCode: string }) => s.orgCode)).toEqual(expect.arrayContaining([COMMUNITY, '370902001']));
    expect(ok.json().inForce.orgCode).toBe('370902001'); // the override starts tomorrow
    const view = (await t.request({ method: 'GET', url: `/api/attendance/schedules?org=${COMMUNITY}`, cookie: shuji })).json();
    expect(view.canEdit).toBe(false);
  });
});

describe('请示报告 (A9.2)', () => {
  const file = (body: Record<string, unknown>, cookie = gongzuozhe) => t.request({ method: 'POST', url: '/api/reports', cookie, body });

  it('A9.2 a 请示 unanswered past its due date is flagged overdue; the street answers with a decision; the worker sees the answer', async () => {
    const res = await file({ kind: '请示', subject: '关于调整周末值班安排的请示', body: '社区拟将周末值班改为轮班制，请街道批示。' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ answered: false, overdue: false, dueOn: addWorkingDays(today, 5), canAnswer: false });
    // Time passes: filed two weeks ago, due five working days later.
    const filedOn = addDaysIso(today, -14);
    await t.database.db.execute(sql`update work_reports set filed_on = ${filedOn}, due_on = ${addWorkingDays(filedOn, 5)} where id = ${r.id}`);
    const overdue = (await t.request({ method: 'GET', url: `/api/reports?org=370902001&filter=overdue`, cookie: daimiao })).json();
    expect(overdue.find((x: { id: number }) => x.id === r.id)).toMatchObject({ overdue: true, canAnswer: true });
    expect((await t.request({ method: 'GET', url: `/api/reports?org=370902001&filter=overdue`, cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: caiyuan, body: { decision: '同意' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: shuji, body: { decision: '同意' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: daimiao, body: { decision: '已阅知' } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: daimiao, body: { decision: '不同意' } })).statusCode).toBe(400);
    const ans = await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: daimiao, body: { decision: '原则同意，按意见修改', answer: '轮班表报街道备案。' } });
    expect(ans.statusCode, ans.body).toBe(200);
    expect(ans.json()).toMatchObject({ answered: true, overdue: false, decision: '原则同意，按意见修改' });
    expect((await t.request({ method: 'POST', url: `/api/reports/${r.id}/answer`, cookie: daimiao, body: { decision: '同意' } })).statusCode).toBe(409);
    const mine = (await t.request({ method: 'GET', url: '/api/reports/mine', cookie: gongzuozhe })).json();
    expect(mine.find((x: { id: number }) => x.id === r.id)).toMatchObject({ answer: '轮班表报街道备案。', answered: true });
    const still = (await t.request({ method: 'GET', url: `/api/reports?org=370902001&filter=overdue`, cookie: daimiao })).json();
    expect(still.map((x: { id: number }) => x.id)).not.toContain(r.id);
  });

  it('A9.2 the secretary files a 报告 for the community, acknowledged by the street; the street itself cannot file', async () => {
    const res = await file({ kind: '报告', subject: '关于防汛物资储备情况的报告', body: '社区已储备沙袋 200 个、救生衣 30 件。' }, shuji);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ communityCode: COMMUNITY, workerId: null });
    expect((await file({ kind: '报告', subject: '街道报告', body: '街道不向自己报告。' }, daimiao)).statusCode).toBe(403);
    expect((await file({ kind: '请示', workerId: me.workerId + 1, subject: '冒名', body: '以他人名义提交。' })).statusCode).toBe(403);
    const ack = await t.request({ method: 'POST', url: `/api/reports/${res.json().id}/answer`, cookie: daimiao, body: { decision: '已阅知' } });
    expect(ack.json()).toMatchObject({ answered: true, decision: '已阅知' });
    const unanswered = (await t.request({ method: 'GET', url: `/api/reports?org=${COMMUNITY}&filter=unanswered`, cookie: shuji })).json();
    expect(unanswered.every((x: { answered: boolean }) => !x.answered)).toBe(true);
    expect(unanswered.some((x: { overdue: boolean }) => x.overdue)).toBe(true); // the demo's overdue 请示
  });
});
