import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taishan: string;
let taian: string;
beforeAll(async () => {
  t = await createTestApp();
  [taishan, taian] = await Promise.all([t.login('taishan'), t.login('taian')]);
});
afterAll(() => t.close());

const cents = (x: number) => Math.round(x * 100) / 100;

describe('personnel budget (A15.1)', () => {
  it('A15.1 a county budget: twelve months of everyone’s pay by item, employer costs, and the quota gap filled with new hires', async () => {
    const res = await t.request({ method: 'GET', url: '/api/grading/budget/370902?year=2027', cookie: taishan });
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json();
    const staffing = (await t.request({ method: 'GET', url: '/api/staffing/370902', cookie: taishan })).json();
    expect(b.workers).toBe(staffing.headcount);
    expect(cents(b.items.reduce((s: number, i: { annual: number }) => s + i.annual, 0))).toBe(b.pay);
    expect(b.gap.headcount).toBe(staffing.headcount);
    expect(b.gap.vacancies).toBe(staffing.standardQuota === null ? 0 : Math.max(0, staffing.standardQuota - staffing.headcount));
    expect(b.gap.annual).toBe(cents(b.gap.perHireAnnual * b.gap.vacancies));
    expect(b.total).toBe(cents(b.pay + b.employer.socialInsurance + b.employer.housingFund + b.gap.annual));
    expect(b.explanation.some((l: string) => l.startsWith('合计'))).toBe(true);
    expect(b.explanation.at(-1)).toContain('一线津贴');
  });

  it('A15.1 a city budget covers its counties; streets and other counties are refused', async () => {
    const city = (await t.request({ method: 'GET', url: '/api/grading/budget/3709?year=2027', cookie: taian })).json();
    const county = (await t.request({ method: 'GET', url: '/api/grading/budget/370902?year=2027', cookie: taian })).json();
    expect(city.workers).toBeGreaterThanOrEqual(county.workers);
    expect(city.pay).toBeGreaterThanOrEqual(county.pay);
    expect((await t.request({ method: 'GET', url: '/api/grading/budget/370902001?year=2027', cookie: taishan })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/grading/budget/370911?year=2027', cookie: taishan })).statusCode).toBe(404);
  });
});
