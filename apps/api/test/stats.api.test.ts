import { sql } from 'drizzle-orm';
import { todayIso } from '@cwp/domain/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directCounters, setAsOf } from '../src/modules/stats/stats.queries.ts';
import { dueMonthEnd, takeSnapshot } from '../src/modules/stats/stats.service.ts';
import { counterMap, presentStats } from '../src/modules/stats/stats.presenter.ts';
import { createTestApp, makeIdNumber, workerInput, type TestApp } from './test-app.ts';

let t: TestApp;
let taian: string;
let taishan: string;
let daimiao: string;

beforeAll(async () => {
  t = await createTestApp();
  [taian, taishan, daimiao] = await Promise.all([t.login('taian'), t.login('taishan'), t.login('daimiao')]);
});
afterAll(() => t.close());

async function apiStats(code: string, cookie = taian) {
  const res = await t.request({ method: 'GET', url: `/api/stats/${code}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The dashboard numbers computed by a plain GROUP BY over the workers table. */
async function directStats(code: string) {
  const asOf = todayIso();
  return presentStats({ code, name: '', level: '' }, counterMap(await directCounters(t.database.db, code, asOf)), asOf);
}

async function expectCountersMatch(codes: string[]) {
  for (const code of codes) {
    const api = await apiStats(code);
    const direct = await directStats(code);
    expect({ ...api, name: '', level: '' }, code).toEqual({ ...direct, code });
  }
}

const LEVELS = ['3709', '370902', '370902001', '370902001001', '370902002', '370902002001'];

describe('A16.1 statistics equal a direct count at every level', () => {
  it('A16.1 demo data: city, county, street and community numbers equal the GROUP BY', async () => {
    await expectCountersMatch(LEVELS);
    const city = await apiStats('3709');
    expect(city.total).toBeGreaterThan(1500);
    expect(city.communities).toBe(239);
    expect(city.oneShoulderShare).toBeGreaterThan(0.8);
  });

  it('A16.1 stay equal after create, edit, transfer and exit', async () => {
    const created = await t.request({ method: 'POST', url: '/api/workers', cookie: taishan, body: workerInput({ idNumber: makeIdNumber('370902', '1994-01-01', 12) }) });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id;
    await expectCountersMatch(LEVELS);
    const edit = await t.request({ method: 'PATCH', url: `/api/workers/${id}`, cookie: taishan, body: { category: '居委会专职成员', education: '硕士研究生', positions: ['党组织书记', '居委会主任'], postClass: '正职' } });
    expect(edit.statusCode, edit.body).toBe(200);
    await expectCountersMatch(LEVELS);
    const moved = await t.request({ method: 'POST', url: `/api/workers/${id}/transfer`, cookie: taishan, body: { toCommunityCode: '370902002001', reason: '统筹调配', effectiveDate: todayIso() } });
    expect(moved.statusCode, moved.body).toBe(200);
    await expectCountersMatch(LEVELS);
    const exited = await t.request({ method: 'POST', url: `/api/workers/${id}/exit`, cookie: taishan, body: { exitType: '辞职', reason: '个人原因', exitDate: todayIso() } });
    expect(exited.statusCode, exited.body).toBe(200);
    await expectCountersMatch(LEVELS);
  });

  it('A16.1 age bands roll over by date: counters as of an old day catch up to today', async () => {
    // Pretend the counters were last brought up to date two years ago, with bands as of then.
    const old = `${Number(todayIso().slice(0, 4)) - 2}${todayIso().slice(4)}`;
    const { rebuildCounters } = await import('../src/modules/stats/stats.queries.ts');
    await t.database.db.transaction((tx) => rebuildCounters(tx, old));
    await setAsOf(t.database.db, old);
    const stale = await t.database.db.execute(sql`select value from system_state where key = 'stats.ageBandsAsOf'`);
    expect(JSON.stringify(stale)).toContain(old);
    await expectCountersMatch(LEVELS);
  });
});

describe('A16.1 scope of statistics', () => {
  it("a street user's dashboard counts only the street", async () => {
    const own = await apiStats('370902001', daimiao);
    expect(own.total).toBe((await directStats('370902001')).total);
    for (const code of ['370902', '3709', '370902002', 'root']) {
      const res = await t.request({ method: 'GET', url: `/api/stats/${code}`, cookie: daimiao });
      expect(res.statusCode, code).toBe(404);
    }
    const children = (await t.request({ method: 'GET', url: '/api/stats/370902001/children', cookie: daimiao })).json();
    expect(children.reduce((s: number, c: { total: number }) => s + c.total, 0)).toBe(own.total);
  });

  it('children of a county add up to the county', async () => {
    const county = await apiStats('370902');
    const children = (await t.request({ method: 'GET', url: '/api/stats/370902/children', cookie: taian })).json();
    expect(children.length).toBeGreaterThan(5);
    expect(children.reduce((s: number, c: { total: number }) => s + c.total, 0)).toBe(county.total);
    expect(children.reduce((s: number, c: { communities: number }) => s + c.communities, 0)).toBe(county.communities);
  });

  it('export matches the screen: the workbook rows carry the same totals', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const res = await t.request({ method: 'GET', url: '/api/stats/370902/export.xlsx', cookie: taian });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.getWorksheet('队伍结构')!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const totalCol = header.indexOf('人数') + 1;
    const county = await apiStats('370902');
    expect(ws.getRow(3).getCell(totalCol).value).toBe(county.total);
    const children = (await t.request({ method: 'GET', url: '/api/stats/370902/children', cookie: taian })).json();
    expect(ws.getRow(4).getCell(totalCol).value).toBe(children[0].total);
  });

  it('A16.1 on-demand snapshots feed the trend', async () => {
    const snap = await t.request({ method: 'POST', url: '/api/stats/snapshots', cookie: taian });
    expect(snap.statusCode, snap.body).toBe(200);
    const trend = (await t.request({ method: 'GET', url: '/api/stats/370902/trend', cookie: taian })).json();
    expect(trend.at(-1).total).toBe((await apiStats('370902')).total);
    const forbidden = await t.request({ method: 'POST', url: '/api/stats/snapshots', cookie: daimiao });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('A16.1 monthly trend', () => {
  it('A16.1 the demo starts with twelve month ends reconstructed from registry dates', async () => {
    const trend = (await t.request({ method: 'GET', url: '/api/stats/3709/trend?months=24', cookie: taian })).json();
    const rebuilt = trend.filter((p: { kind: string }) => p.kind === 'reconstructed');
    expect(rebuilt.length).toBe(12);
    for (let i = 1; i < rebuilt.length; i++) expect(rebuilt[i].total).toBeGreaterThanOrEqual(rebuilt[i - 1].total);
    expect(rebuilt.at(-1).total).toBeLessThanOrEqual((await apiStats('3709')).total + 1);
  });

  it('A16.1 a month-end snapshot is due on the last day or early next month, and taken once', async () => {
    expect(dueMonthEnd('2026-11-30')).toBe('2026-11');
    expect(dueMonthEnd('2026-12-03')).toBe('2026-11');
    expect(dueMonthEnd('2027-01-02')).toBe('2026-12');
    expect(dueMonthEnd('2026-11-20')).toBeNull();
    expect(dueMonthEnd('2028-02-29')).toBe('2028-02');
    const first = await takeSnapshot({ db: t.database.db, kind: 'month_end', today: '2030-01-31' });
    expect(first?.period).toBe('2030-01');
    expect(await takeSnapshot({ db: t.database.db, kind: 'month_end', today: '2030-02-02' })).toBeNull();
  });
});
