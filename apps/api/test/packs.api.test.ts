import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taian: string;
let taishan: string;
let daimiao: string;
let auditor: string;
beforeAll(async () => {
  t = await createTestApp();
  [taian, taishan, daimiao, auditor] = await Promise.all([t.login('taian'), t.login('taishan'), t.login('daimiao'), t.login('auditor')]);
});
afterAll(() => t.close());

async function nationalDefault() {
  return (await t.request({ method: 'GET', url: '/api/grading/packs/national-default', cookie: taian })).json();
}

describe('configuring rule packs (A4, A12, A15.1 what-if)', () => {
  it('A4.1 a city copies the national default into its own draft (JSON import); others cannot', async () => {
    const base = await nationalDefault();
    const draft = { ...base, id: 'taian-2027', name: '泰安市 三岗十八级（2027 草案）', orgCode: '3709', status: 'published', grading: { ...base.grading, stepYears: 2 } };
    const res = await t.request({ method: 'POST', url: '/api/grading/packs', cookie: taian, body: draft });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('draft');
    expect((await t.request({ method: 'POST', url: '/api/grading/packs', cookie: taian, body: draft })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/grading/packs', cookie: daimiao, body: { ...draft, id: 'street-x' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/grading/packs', cookie: taian, body: { ...draft, id: 'street-y', orgCode: '370902' } })).statusCode).toBe(200);
    const street = await t.request({ method: 'POST', url: '/api/grading/packs', cookie: taian, body: { ...draft, id: 'street-z', orgCode: '370902001' } });
    expect(street.statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url: '/api/grading/packs/taian-2027', cookie: taishan, body: draft })).statusCode).toBe(404);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=grading_pack_create', cookie: auditor })).json();
    expect(audit.items.map((a: { objectId: string }) => a.objectId)).toContain('taian-2027');
  });

  it('A15.1 what-if: two-year steps raise grades and the budget; a 5% higher base raises pay, not grades', async () => {
    const faster = (await t.request({ method: 'GET', url: '/api/grading/packs/taian-2027/what-if?org=370902', cookie: taian })).json();
    expect(faster.workers).toBeGreaterThan(0);
    expect(faster.gradeChanges).toBeGreaterThan(0);
    expect(faster.gradeUp).toBe(faster.gradeChanges);
    expect(faster.difference).toBeGreaterThan(0);
    expect(faster.examples[0].gradeDraft).toBeGreaterThanOrEqual(faster.examples[0].gradeCurrent);

    const pack = (await t.request({ method: 'GET', url: '/api/grading/packs/taian-2027', cookie: taian })).json();
    const richer = { ...pack, grading: { ...pack.grading, stepYears: 3 }, pay: { ...pack.pay, base: { ...pack.pay.base, annualAverageWage: pack.pay.base.annualAverageWage * 1.05 } } };
    expect((await t.request({ method: 'PUT', url: '/api/grading/packs/taian-2027', cookie: taian, body: richer })).statusCode).toBe(200);
    const r = (await t.request({ method: 'GET', url: '/api/grading/packs/taian-2027/what-if?org=370902', cookie: taian })).json();
    expect(r.gradeChanges).toBe(0);
    // Pay and employer costs are proportional to the base: +5% (up to rounding to the fen per item).
    expect(Math.abs(r.difference - r.annualCurrent * 0.05)).toBeLessThan(r.workers * 12 * 0.05);
  });

  it('A4.1 publishing makes the city pack the one its workers are graded under; a published pack cannot be edited', async () => {
    const published = await t.request({ method: 'POST', url: '/api/grading/packs/taian-2027/publish', cookie: taian, body: { effectiveFrom: todayIso() } });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    const list = (await t.request({ method: 'GET', url: '/api/workers?org=370911&pageSize=1', cookie: taian })).json();
    const g = (await t.request({ method: 'GET', url: `/api/workers/${list.items[0].id}/grade`, cookie: taian })).json();
    expect(g.packId).toBe('taian-2027');
    expect(g.explanation[0]).toContain('由 3709 发布');
    const pack = (await t.request({ method: 'GET', url: '/api/grading/packs/taian-2027', cookie: taian })).json();
    expect((await t.request({ method: 'PUT', url: '/api/grading/packs/taian-2027', cookie: taian, body: pack })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: '/api/grading/packs/taian-2027/publish', cookie: taian, body: { effectiveFrom: todayIso() } })).statusCode).toBe(409);
  });
});
