import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { createTestApp, makeIdNumber, workerInput, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taishan: string;

beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, taishan] = await Promise.all([t.login('daimiao'), t.login('caiyuan'), t.login('taishan')]);
});
afterAll(() => t.close());

async function register(cookie: string, overrides: Record<string, unknown> = {}) {
  return t.request({ method: 'POST', url: '/api/workers', cookie, body: workerInput(overrides) });
}

describe('worker registry (A1.1, A9.5)', () => {
  it('A1.1 registers a worker with gender and birth date derived from the ID number, stored with national codes', async () => {
    const res = await register(daimiao, { idNumber: makeIdNumber('370902', '1992-02-29', 246).toLowerCase(), name: '王晓雨' });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w).toMatchObject({ name: '王晓雨', gender: '女', genderCode: '2', birthDate: '1992-02-29', ethnicityCode: '01', educationCode: '21', politicalStatusCode: '01', status: '在岗' });
    expect(w.idNumber).toMatch(/^370902\*{8}\d{3}[\dX]$/);
    expect(w.phone).toBe('138****1234');
  });

  it('A1.1 stores no plaintext ID number or phone in the database', async () => {
    const id = makeIdNumber('370902', '1988-08-08', 131);
    const res = await register(daimiao, { idNumber: id, phone: '13912345678' });
    expect(res.statusCode).toBe(200);
    const rows = await t.database.db.execute(`select * from workers where id = ${res.json().id}` as never);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain('13912345678');
  });

  it('rejects a bad check digit with a Chinese field error and writes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: '/api/workers?pageSize=1', cookie: daimiao })).json().total;
    const bad = makeIdNumber('370902', '1990-01-01', 11).slice(0, 17) + '0';
    const good = makeIdNumber('370902', '1990-01-01', 11);
    const res = await register(daimiao, { idNumber: bad === good ? bad.slice(0, 17) + '1' : bad });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.some((f: { path: string; message: string }) => f.path === 'idNumber' && f.message.includes('校验码'))).toBe(true);
    const after = (await t.request({ method: 'GET', url: '/api/workers?pageSize=1', cookie: daimiao })).json().total;
    expect(after).toBe(before);
  });

  it('A1.1 the same ID number cannot be registered twice nationally, and the error does not say where', async () => {
    const id = makeIdNumber('370902', '1985-03-03', 77);
    expect((await register(daimiao, { idNumber: id })).statusCode).toBe(200);
    const dup = await register(caiyuan, { idNumber: id, streetCode: '370902002', communityCode: '370902002001' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE_ID_NUMBER');
    expect(dup.json().message).toContain('已在系统中登记');
    expect(dup.body).not.toContain('岱庙');
  });

  it('A1.2 converted grid staff need the former funding department', async () => {
    const res = await register(daimiao, { idNumber: makeIdNumber('370902', '1991-04-04', 55), sourceChannel: '网格员转聘' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('formerFundingDept');
    const ok = await register(daimiao, { idNumber: makeIdNumber('370902', '1991-04-04', 55), sourceChannel: '网格员转聘', formerFundingDept: '区委政法委' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().formerFundingDept).toBe('区委政法委');
  });

  it('A9.5 create, edit, transfer and exit each write one typed history row, newest first', async () => {
    const created = (await register(taishan, { idNumber: makeIdNumber('370902', '1993-09-09', 17) })).json();
    const edit = await t.request({ method: 'PATCH', url: `/api/workers/${created.id}`, cookie: taishan, body: { education: '硕士研究生', phone: '13600000000', version: created.version } });
    expect(edit.statusCode, edit.body).toBe(200);
    const moved = await t.request({ method: 'POST', url: `/api/workers/${created.id}/transfer`, cookie: taishan, body: { toCommunityCode: '370902002001', reason: '工作需要', effectiveDate: todayIso() } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ streetCode: '370902002', communityCode: '370902002001' });
    const exited = await t.request({ method: 'POST', url: `/api/workers/${created.id}/exit`, cookie: taishan, body: { exitType: '辞职', reason: '个人原因', exitDate: todayIso() } });
    expect(exited.statusCode, exited.body).toBe(200);
    expect(exited.json()).toMatchObject({ status: '已退出', exitType: '辞职' });

    const history = (await t.request({ method: 'GET', url: `/api/workers/${created.id}/history`, cookie: taishan })).json();
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['exited', 'transferred', 'updated', 'registered']);
    const update = history.find((h: { kind: string }) => h.kind === 'updated');
    expect(update.changes.map((c: { field: string }) => c.field).sort()).toEqual(['education', 'phone']);
    expect(JSON.stringify(update)).not.toContain('13600000000');
    expect(history.find((h: { kind: string }) => h.kind === 'transferred').summary).toContain('工作需要');

    const again = await t.request({ method: 'PATCH', url: `/api/workers/${created.id}`, cookie: taishan, body: { name: '改名' } });
    expect(again.statusCode).toBe(409);
  });

  it('A9.5 history cannot be written or changed through the API', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) {
      const res = await t.request({ method, url: '/api/workers/1/history', cookie: taishan, body: { kind: 'registered' } });
      expect(res.statusCode).toBe(404);
    }
  });

  it('a second clerk editing a stale version gets a clear conflict and nothing is overwritten', async () => {
    const w = (await register(daimiao, { idNumber: makeIdNumber('370902', '1989-01-15', 91) })).json();
    const first = await t.request({ method: 'PATCH', url: `/api/workers/${w.id}`, cookie: daimiao, body: { fullTimeMajor: '行政管理', version: w.version } });
    expect(first.statusCode).toBe(200);
    const second = await t.request({ method: 'PATCH', url: `/api/workers/${w.id}`, cookie: taishan, body: { fullTimeMajor: '法学', version: w.version } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    const now = (await t.request({ method: 'GET', url: `/api/workers/${w.id}`, cookie: daimiao })).json();
    expect(now.fullTimeMajor).toBe('行政管理');
  });
});

describe('data scope: a sibling street sees nothing of 岱庙街道 (A3.1 org tree as scope)', () => {
  let workerId: number;
  beforeAll(async () => {
    workerId = (await register(daimiao, { idNumber: makeIdNumber('370902', '1994-12-12', 33) })).json().id;
  });

  it('every worker route answers 404 to a sibling street and changes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/workers/${workerId}`, cookie: daimiao })).json();
    const calls = [
      { method: 'GET' as const, url: `/api/workers/${workerId}` },
      { method: 'GET' as const, url: `/api/workers/${workerId}?reveal=1` },
      { method: 'GET' as const, url: `/api/workers/${workerId}/history` },
      { method: 'PATCH' as const, url: `/api/workers/${workerId}`, body: { name: '越权修改' } },
      { method: 'POST' as const, url: `/api/workers/${workerId}/transfer`, body: { toCommunityCode: '370902002001', reason: '越权调动', effectiveDate: '2026-01-01' } },
      { method: 'POST' as const, url: `/api/workers/${workerId}/exit`, body: { exitType: '辞职', reason: '越权退出', exitDate: '2026-01-01' } },
      { method: 'GET' as const, url: '/api/workers?org=370902001' },
      { method: 'GET' as const, url: '/api/workers/export.xlsx?org=370902001' },
    ];
    for (const c of calls) {
      const res = await t.request({ ...c, cookie: caiyuan });
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(404);
    }
    const after = (await t.request({ method: 'GET', url: `/api/workers/${workerId}`, cookie: daimiao })).json();
    expect(after).toEqual(before);
  });

  it('lists and counts only rows inside the scope', async () => {
    const own = (await t.request({ method: 'GET', url: '/api/workers?pageSize=200', cookie: caiyuan })).json();
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((w: { communityCode: string }) => w.communityCode.startsWith('370902002'))).toBe(true);
    const byId = (await t.request({ method: 'GET', url: `/api/workers?q=${encodeURIComponent('测试人员')}`, cookie: caiyuan })).json();
    expect(byId.items.every((w: { communityCode: string }) => w.communityCode.startsWith('370902002'))).toBe(true);
  });

  it('a street cannot register into or transfer to a community outside its scope', async () => {
    const res = await register(caiyuan, { idNumber: makeIdNumber('370902', '1990-10-10', 71) });
    expect(res.statusCode).toBe(404);
    const own = (await register(caiyuan, { idNumber: makeIdNumber('370902', '1990-10-10', 71), streetCode: '370902002', communityCode: '370902002002' })).json();
    const move = await t.request({ method: 'POST', url: `/api/workers/${own.id}/transfer`, cookie: caiyuan, body: { toCommunityCode: '370902001001', reason: '越界调动', effectiveDate: '2026-01-01' } });
    expect(move.statusCode).toBe(404);
  });
});
