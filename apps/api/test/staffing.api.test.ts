import { sql } from 'drizzle-orm';
import { todayIso } from '@cwp/domain/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taian: string;
let taishan: string;
let daimiao: string;

beforeAll(async () => {
  t = await createTestApp();
  [taian, taishan, daimiao] = await Promise.all([t.login('taian'), t.login('taishan'), t.login('daimiao')]);
});
afterAll(() => t.close());

const get = async (url: string, cookie = taian) => {
  const res = await t.request({ method: 'GET', url, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function censusUrban(code: string): Promise<number> {
  const rows = resultRows<{ urban_population: number }>(
    await t.database.db.execute(sql`select urban_population from population_facts where org_code = ${code} and year = 2020`),
  );
  return Number(rows[0]!.urban_population);
}

async function activeCount(prefix: string): Promise<number> {
  const rows = resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from workers where status <> '已退出' and community_code like ${prefix + '%'}`));
  return Number(rows[0]!.n);
}

describe('A3.1 staffing standard', () => {
  it('A3.1 a county quota is its urban population × 18 ÷ 10,000, rounded half up, with the census as source', async () => {
    const county = await get('/api/staffing/370902');
    const urban = await censusUrban('370902');
    expect(county).toMatchObject({ code: '370902', urbanPopulation: urban, populationYear: 2020, rule: { mode: 'per10k', value: 18, inheritedFrom: '' } });
    expect(county.populationSource).toContain('第七次全国人口普查');
    expect(county.standardQuota).toBe(Math.floor((urban * 18) / 10000 + 0.5));
    expect(county.headcount).toBe(await activeCount('370902'));
    expect(county.gap).toBe(county.standardQuota - county.headcount);
    expect(county.per10k).toBeCloseTo((county.headcount / urban) * 10000, 2);
  });

  it('A3.1 a city quota is the sum of its counties; children carry the same fields', async () => {
    const city = await get('/api/staffing/3709');
    const children = await get('/api/staffing/3709/children');
    expect(children.length).toBe(6);
    expect(city.standardQuota).toBe(children.reduce((s: number, c: { standardQuota: number }) => s + c.standardQuota, 0));
    expect(city.headcount).toBe(children.reduce((s: number, c: { headcount: number }) => s + c.headcount, 0));
    for (const c of children) expect(Object.keys(c)).toEqual(Object.keys(city));
  });

  it('A3.1 a street without population has no quota and says so with an amber flag', async () => {
    const street = await get('/api/staffing/370902001', daimiao);
    expect(street.standardQuota).toBeNull();
    expect(street.flags.map((f: { code: string }) => f.code)).toContain('population_unknown');
  });

  it('A3.1 a newer population figure changes the quota and is audited', async () => {
    const res = await t.request({ method: 'POST', url: '/api/org-units/370902/population', cookie: taishan, body: { year: 2024, urbanPopulation: 700000, source: '2024 年泰山区统计公报' } });
    expect(res.statusCode, res.body).toBe(200);
    const county = await get('/api/staffing/370902');
    expect(county).toMatchObject({ urbanPopulation: 700000, populationYear: 2024, populationSource: '2024 年泰山区统计公报', standardQuota: 1260 });
    const audit = await get('/api/audit?action=population_record', await t.login('auditor'));
    expect(audit.items.some((a: { objectId: string }) => a.objectId === '370902')).toBe(true);
  });

  it('A3.1 a city rule (昌吉-style 25 per 10,000) is inherited by its counties from its effective date', async () => {
    const future = await t.request({ method: 'POST', url: '/api/staffing/3709/rule', cookie: taian, body: { rule: { mode: 'per10k', ratio: 25 }, effectiveFrom: '2099-01-01', reason: '远期规划' } });
    expect(future.statusCode, future.body).toBe(200);
    expect((await get('/api/staffing/370902')).rule.value).toBe(18);
    const now = await t.request({ method: 'POST', url: '/api/staffing/3709/rule', cookie: taian, body: { rule: { mode: 'per10k', ratio: 25 }, effectiveFrom: todayIso(), reason: '市委社会工作部文件' } });
    expect(now.statusCode, now.body).toBe(200);
    const county = await get('/api/staffing/370902');
    expect(county.rule).toMatchObject({ mode: 'per10k', value: 25, inheritedFrom: '3709' });
    expect(county.standardQuota).toBe(1750);
    const history = await get('/api/staffing/3709/history');
    expect(history[0]).toMatchObject({ kind: 'rule', reason: '市委社会工作部文件', createdBy: '泰安市委社会工作部' });
  });

  it('A3.1 总量控制: the city sets a county ceiling; below headcount it flags red; every change is kept', async () => {
    const county = await get('/api/staffing/370902', taishan);
    for (const ceiling of [county.headcount + 100, county.headcount - 1]) {
      const res = await t.request({ method: 'POST', url: '/api/staffing/370902/ceiling', cookie: taian, body: { ceiling, effectiveFrom: todayIso(), reason: `调整为 ${ceiling}` } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = await get('/api/staffing/370902', taishan);
    expect(after.ceiling).toBe(county.headcount - 1);
    expect(after.flags).toContainEqual(expect.objectContaining({ code: 'over_ceiling', level: 'red' }));
    const history = await get('/api/staffing/370902/history', taishan);
    expect(history.filter((h: { kind: string }) => h.kind === 'ceiling').length).toBe(2);
  });

  it('rules and ceilings are refused outside scope, below county level and for street users', async () => {
    const body = { ceiling: 10, effectiveFrom: todayIso(), reason: '越权' };
    expect((await t.request({ method: 'POST', url: '/api/staffing/3709/ceiling', cookie: taishan, body })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: '/api/staffing/370902001/ceiling', cookie: daimiao, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/staffing/370902001/ceiling', cookie: taishan, body })).statusCode).toBe(400);
    // A unit cannot set its own ceiling directly: it asks the level above (approvals.api.test.ts).
    const own = await t.request({ method: 'POST', url: '/api/staffing/370902/ceiling', cookie: taishan, body });
    expect(own.statusCode).toBe(403);
    expect(own.json().message).toMatch(/报上级审批/);
    expect((await t.request({ method: 'GET', url: '/api/staffing/370902002', cookie: daimiao })).statusCode).toBe(404);
  });
});

describe('A3.2 street re-allocation', () => {
  it('A3.2 suggests a distribution of the street full-time staff that sums to the current total', async () => {
    const res = await t.request({ method: 'POST', url: '/api/staffing/370902001/allocation-plan', cookie: daimiao, body: { basis: 'headcount' } });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan.communities.reduce((s: number, c: { suggested: number }) => s + c.suggested, 0)).toBe(plan.total);
    expect(plan.communities.reduce((s: number, c: { current: number }) => s + c.current, 0)).toBe(plan.total);
    for (const m of plan.moves) expect(m.count).toBeGreaterThan(0);
    expect((await t.request({ method: 'POST', url: '/api/staffing/370902/allocation-plan', cookie: taishan, body: {} })).statusCode).toBe(400);
  });
});
