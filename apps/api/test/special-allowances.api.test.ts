import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taian: string;
let shuji: string;
let auditor: string;
let workerId: number;
beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, taian, shuji, auditor] = (await Promise.all(['daimiao', 'caiyuan', 'taian', 'shuji', 'auditor'].map((u) => t.login(u)))) as [string, string, string, string, string];
  workerId = (await t.request({ method: 'GET', url: '/api/workers?pageSize=1&status=在岗', cookie: daimiao })).json().items[0].id;
});
afterAll(() => t.close());

type Line = { workerId: number; items: Record<string, number>; monthlyPay: number; socialInsurance: number; housingFund: number };
const recorded = async () => Number(resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from special_allowances`))[0]!.n);
const lineOf = async (month: string): Promise<Line> => {
  const sheet = (await t.request({ method: 'GET', url: `/api/grading/paysheet/370902001?month=${month}`, cookie: daimiao })).json() as { lines: Line[] };
  return sheet.lines.find((l) => l.workerId === workerId)!;
};
const record = (body: Record<string, unknown>, cookie = daimiao) =>
  t.request({
    method: 'POST',
    url: '/api/grading/special-allowances',
    cookie,
    body: { workerId, kind: 'disaster', event: '7月防汛抢险', basis: '泰山区防指〔2026〕5号', startDate: '2026-07-10', endDate: '2026-07-15', days: 4, payMonth: '2026-11', ...body },
  });

describe('front-line allowances for major tasks, disasters and emergencies (A12.3)', () => {
  it('A12.3 without a daily rate in the pack the amount must come from the notice; bad dates change nothing', async () => {
    const noRate = await record({});
    expect(noRate.statusCode).toBe(400);
    expect(noRate.json().message).toContain('未设定该类一线津贴的日标准');
    expect(noRate.json().messageEn).toContain('daily rate');
    for (const bad of [{ endDate: '2026-07-01' }, { days: 7 }, { payMonth: '2026-06' }, { event: ' ' }, { kind: 'bonus' }]) {
      const res = await record({ ...bad, amount: 100 });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().fields.length).toBeGreaterThan(0);
    }
    expect(await recorded()).toBe(0);
  });

  it('A12.3 a recorded lump sum is paid with its month; contributions stay on the standing pay; archive and audit rows are written', async () => {
    const before = await lineOf('2026-11');
    const res = await record({ kind: 'emergency', event: '燃气泄漏群众转移', days: 2, startDate: '2026-11-03', endDate: '2026-11-04', amount: 600 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kindLabel: '应急处突一线津贴', payable: 600, perDay: null, revokedAt: null });
    const after = await lineOf('2026-11');
    expect(after.items['应急处突一线津贴']).toBe(600);
    expect(after.monthlyPay).toBe(Math.round((before.monthlyPay + 600) * 100) / 100);
    expect([after.socialInsurance, after.housingFund]).toEqual([before.socialInsurance, before.housingFund]);
    expect((await lineOf('2026-10')).items['应急处突一线津贴']).toBeUndefined();
    const history = (await t.request({ method: 'GET', url: `/api/workers/${workerId}/history`, cookie: daimiao })).json() as { kindLabel: string; summary: string }[];
    expect(history.find((h) => h.kindLabel === '一线津贴')?.summary).toContain('燃气泄漏群众转移');
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=special_allowance_record', cookie: auditor })).json();
    expect(audit.items[0]).toMatchObject({ objectId: String(workerId), outcome: 'success' });
  });

  it('A12.3 a city pack’s daily rate prices the days, is frozen into the record, and the monthly cap holds', async () => {
    const base = (await t.request({ method: 'GET', url: '/api/grading/packs/national-default', cookie: taian })).json();
    const pack = { ...base, id: 'taian-frontline', name: '泰安市 含一线津贴标准', orgCode: '3709', status: 'draft', pay: { ...base.pay, specialAllowances: [{ kind: 'disaster', perDay: 150, monthlyCap: 1000 }] } };
    expect((await t.request({ method: 'POST', url: '/api/grading/packs', cookie: taian, body: pack })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/grading/packs/taian-frontline/publish', cookie: taian, body: { effectiveFrom: '2026-01-01' } })).statusCode).toBe(200);

    const first = await record({});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ perDay: 150, amount: null, payable: 600, formula: '7月防汛抢险 4 天 × 150 = 600' });
    const second = await record({ event: '台风群众转移', startDate: '2026-09-01', endDate: '2026-09-05', days: 5 });
    expect(second.json().payable).toBe(750);
    const line = await lineOf('2026-11');
    expect(line.items['抢险救灾一线津贴']).toBe(1000);

    const listed = (await t.request({ method: 'GET', url: '/api/grading/special-allowances?org=370902001&month=2026-11', cookie: daimiao })).json() as { id: number; event: string }[];
    expect(listed.map((r) => r.event).sort()).toEqual(['7月防汛抢险', '台风群众转移', '燃气泄漏群众转移'].sort());
  });

  it('A12.3 a revoked record is no longer paid and cannot be revoked twice', async () => {
    const listed = (await t.request({ method: 'GET', url: '/api/grading/special-allowances?org=370902001&month=2026-11', cookie: daimiao })).json() as { id: number; event: string }[];
    const typhoon = listed.find((r) => r.event === '台风群众转移')!;
    const res = await t.request({ method: 'POST', url: `/api/grading/special-allowances/${typhoon.id}/revoke`, cookie: daimiao, body: { reason: '重复登记' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revokedBy: expect.any(String), revokeReason: '重复登记' });
    expect((await lineOf('2026-11')).items['抢险救灾一线津贴']).toBe(600);
    expect((await t.request({ method: 'POST', url: `/api/grading/special-allowances/${typhoon.id}/revoke`, cookie: daimiao, body: { reason: '重复登记' } })).statusCode).toBe(409);
  });

  it('A12.3 records stay inside the recorder’s scope; a community secretary may read but not record', async () => {
    const n = await recorded();
    expect((await record({ amount: 100 }, caiyuan)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/grading/special-allowances?org=370902001&month=2026-11', cookie: caiyuan })).statusCode).toBe(404);
    const listed = (await t.request({ method: 'GET', url: '/api/grading/special-allowances?org=370902001&month=2026-11', cookie: daimiao })).json() as { id: number }[];
    expect((await t.request({ method: 'POST', url: `/api/grading/special-allowances/${listed[0]!.id}/revoke`, cookie: caiyuan, body: { reason: '越权撤销' } })).statusCode).toBe(404);
    expect((await record({ amount: 100 }, shuji)).statusCode).toBe(403);
    expect(await recorded()).toBe(n);
  });
});
