import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

// A3.1: the org tree (province → city → county → street → community) is both the staffing-standard
// hierarchy and every account's data scope; population figures feed the 18-per-10,000 standard.

let t: TestApp;
let taian: string;
let taishan: string;
let daimiao: string;
let shuji: string;
let gongzuozhe: string;
let admin: string;

const CHINESE = /[\u4e00-\u9fff]/;
const THIS_YEAR = new Date().getFullYear();

beforeAll(async () => {
  t = await createTestApp();
  [taian, taishan, daimiao, shuji, gongzuozhe, admin] = await Promise.all([
    t.login('taian'),
    t.login('taishan'),
    t.login('daimiao'),
    t.login('shuji'),
    t.login('gongzuozhe'),
    t.login('admin'),
  ]);
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
const record = (code: string, cookie: string, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/org-units/${code}/population`, cookie, body });

type Unit = { code: string; name: string; level: string; parentCode: string | null; childCount: number };

describe('A3.1 org tree', () => {
  it('A3.1 the streets of 泰山区 are listed with their child counts', async () => {
    const res = await get('/api/org-units/370902/children', taishan);
    expect(res.statusCode, res.body).toBe(200);
    const streets: Unit[] = res.json();
    expect(streets.map((s) => s.code)).toEqual(expect.arrayContaining(['370902001', '370902002', '370902003']));
    expect(streets.every((s) => s.level === 'street' && s.parentCode === '370902')).toBe(true);
    expect(streets.map((s) => s.code)).toEqual([...streets.map((s) => s.code)].sort());
    const daimiaoStreet = streets.find((s) => s.code === '370902001')!;
    expect(daimiaoStreet.name).toBe('岱庙街道');
    const communities: Unit[] = (await get('/api/org-units/370902001/children', taishan)).json();
    expect(communities.length).toBeGreaterThan(5);
    expect(daimiaoStreet.childCount).toBe(communities.length);
    expect(communities.every((c) => c.level === 'community' && c.childCount === 0)).toBe(true);
  });

  it('A3.1 the city sees its counties', async () => {
    const res = await get('/api/org-units/3709/children', taian);
    expect(res.statusCode).toBe(200);
    const counties: Unit[] = res.json();
    expect(counties.find((c) => c.code === '370902')).toMatchObject({ name: '泰山区', level: 'county' });
    expect(counties.every((c) => c.childCount > 0)).toBe(true);
  });

  it('A3.1 root (the provinces) is 404 for every account below national level', async () => {
    for (const cookie of [taian, taishan, daimiao, shuji]) {
      const res = await get('/api/org-units/root/children', cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('A3.1 a unit detail carries the named path from the province down', async () => {
    const res = await get('/api/org-units/370902001001', daimiao);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.level).toBe('community');
    expect(d.path.map((p: { name: string }) => p.name).slice(0, 4)).toEqual(['山东省', '泰安市', '泰山区', '岱庙街道']);
    expect(d.path.map((p: { code: string }) => p.code)).toEqual(['37', '3709', '370902', '370902001', '370902001001']);
    expect(d.path.at(-1).name).toBe(d.name);
    expect(d.workerCount).toBeGreaterThan(0);
  });

  it('A3.1 county 泰山区 carries the 2020 census population', async () => {
    const res = await get('/api/org-units/370902', taishan);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.path.map((p: { name: string }) => p.name)).toEqual(['山东省', '泰安市', '泰山区']);
    expect(d.population).toMatchObject({ orgCode: '370902', year: 2020 });
    expect(d.population.source).toContain('第七次全国人口普查');
    expect(d.population.urbanPopulation).toBeGreaterThan(0);
    expect(d.population.urbanPopulation).toBeLessThanOrEqual(d.population.totalPopulation);
  });

  it('rejects malformed codes with 400', async () => {
    for (const url of ['/api/org-units/12345', '/api/org-units/abc/children', '/api/org-units/3709020/population']) {
      const res = await get(url, taishan);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('A3.1 org search stays inside the scope', () => {
  type Hit = Unit & { pathNames: string };

  it('a street searching for a sibling street by name finds nothing; the county finds it', async () => {
    const none = await get(`/api/org-units?q=${encodeURIComponent('财源')}`, daimiao);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual([]);
    const hits: Hit[] = (await get(`/api/org-units?q=${encodeURIComponent('财源')}`, taishan)).json();
    const street = hits.find((h) => h.code === '370902002')!;
    expect(street).toMatchObject({ name: '财源街道', level: 'street' });
    expect(street.pathNames).toBe('山东省 / 泰安市 / 泰山区 / 财源街道');
    expect(hits.every((h) => h.code.startsWith('370902'))).toBe(true);
  });

  it('search by code prefix returns only in-scope units, shortest codes first', async () => {
    const hits: Hit[] = (await get('/api/org-units?q=3709020&limit=100', daimiao)).json();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.code.startsWith('370902001'))).toBe(true);
    expect(hits[0]!.code).toBe('370902001');
    const county: Hit[] = (await get('/api/org-units?q=370902002&limit=100', taishan)).json();
    expect(county[0]!.code).toBe('370902002');
    expect(county.length).toBeGreaterThan(1);
    expect(county.every((h) => h.code.startsWith('370902002'))).toBe(true);
    const nothing: Hit[] = (await get('/api/org-units?q=370902002', daimiao)).json();
    expect(nothing).toEqual([]);
  });

  it('search by name within the own street works for a street', async () => {
    const hits: Hit[] = (await get(`/api/org-units?q=${encodeURIComponent('东湖')}`, daimiao)).json();
    expect(hits.map((h) => h.code)).toContain('370902001001');
  });

  it('a blank search is 400 with a Chinese message; a LIKE wildcard matches literally', async () => {
    const res = await get('/api/org-units?q=%20', daimiao);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].message).toMatch(CHINESE);
    const wild = await get(`/api/org-units?q=${encodeURIComponent('%')}`, taishan);
    expect(wild.statusCode).toBe(200);
    expect(wild.json()).toEqual([]);
  });
});

describe('A3.1 out-of-scope units answer 404', () => {
  it('a street gets 404 for the detail, children and population of a sibling street and of its county', async () => {
    for (const code of ['370902002', '370902002001', '370902', '3709']) {
      for (const url of [`/api/org-units/${code}`, `/api/org-units/${code}/children`, `/api/org-units/${code}/population`]) {
        const res = await get(url, daimiao);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
        expect(res.body).not.toContain('财源');
      }
    }
  });

  it('an unknown code inside the scope is the same 404', async () => {
    const res = await get('/api/org-units/370902001999', daimiao);
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe((await get('/api/org-units/370902002', daimiao)).json().message);
  });
});

describe('A3.1 population figures', () => {
  it('A3.1 a street records a figure for itself; it is listed first and shown on the detail', async () => {
    const body = { year: THIS_YEAR - 1, totalPopulation: 61000, urbanPopulation: 58500, households: 21000, source: `${THIS_YEAR - 1} 年街道统计台账` };
    const res = await record('370902001', daimiao, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...body, orgCode: '370902001', recordedBy: '岱庙街道' });

    const list = (await get('/api/org-units/370902001/population', daimiao)).json();
    expect(list[0]).toEqual(res.json());
    const detail = (await get('/api/org-units/370902001', daimiao)).json();
    expect(detail.population).toEqual(res.json());
    // The county sees the street's figure too.
    expect((await get('/api/org-units/370902001/population', taishan)).json()[0].id).toBe(res.json().id);
  });

  it('A3.1 a newer county figure goes first; the census figure stays as history', async () => {
    const res = await record('370902', taishan, { year: THIS_YEAR - 1, urbanPopulation: 740000, source: `${THIS_YEAR - 1} 年统计年鉴` });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await get('/api/org-units/370902/population', taishan)).json();
    expect(list[0].id).toBe(res.json().id);
    expect(list.some((f: { year: number; source: string }) => f.year === 2020 && f.source.includes('第七次全国人口普查'))).toBe(true);
  });

  it('a street cannot record for its county (outside scope → 404) or for a sibling street', async () => {
    const body = { year: THIS_YEAR - 1, urbanPopulation: 1000, source: '越权录入' };
    for (const code of ['370902', '370902002']) {
      const res = await record(code, daimiao, body);
      expect(res.statusCode, code).toBe(404);
    }
    const county = (await get('/api/org-units/370902/population', taishan)).json();
    expect(county.some((f: { source: string }) => f.source === '越权录入')).toBe(false);
  });

  it('figures are recorded only for counties, streets and communities', async () => {
    const res = await record('3709', taian, { year: THIS_YEAR - 1, urbanPopulation: 3500000, source: '市级统计' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(CHINESE);
  });

  it('invalid figures are 400 with Chinese field messages and store nothing', async () => {
    const before = (await get('/api/org-units/370902001001/population', daimiao)).json().length;
    const cases: [Record<string, unknown>, string][] = [
      [{ year: THIS_YEAR - 1, totalPopulation: 1000, urbanPopulation: 2000, source: '社区台账' }, 'urbanPopulation'],
      [{ year: THIS_YEAR + 1, urbanPopulation: 2000, source: '社区台账' }, 'year'],
      [{ year: THIS_YEAR - 1, source: '社区台账' }, 'urbanPopulation'],
      [{ year: THIS_YEAR - 1, totalPopulation: null, urbanPopulation: null, households: null, source: '社区台账' }, 'urbanPopulation'],
      [{ year: 1990, urbanPopulation: 2000, source: '社区台账' }, 'year'],
      [{ year: THIS_YEAR - 1, urbanPopulation: -5, source: '社区台账' }, 'urbanPopulation'],
      [{ year: THIS_YEAR - 1, urbanPopulation: 2000, source: ' ' }, 'source'],
      [{ year: THIS_YEAR - 1, urbanPopulation: 20.5, source: '社区台账' }, 'urbanPopulation'],
      [{ year: THIS_YEAR - 1, urbanPopulation: '两千', source: '社区台账' }, 'urbanPopulation'],
    ];
    for (const [body, path] of cases) {
      const res = await record('370902001001', daimiao, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      const field = res.json().fields?.find((f: { path: string }) => f.path === path);
      expect(field, `${JSON.stringify(body)} → ${res.body}`).toBeDefined();
      expect(field.message).toMatch(CHINESE);
    }
    expect((await get('/api/org-units/370902001001/population', daimiao)).json().length).toBe(before);
  });

  it('recording a figure is audited', async () => {
    const auditor = await t.login('auditor');
    const rows = (await get('/api/audit?action=population_record', auditor)).json().items;
    expect(rows.some((r: { objectId: string; actorName: string }) => r.objectId === '370902001' && r.actorName === 'daimiao')).toBe(true);
  });
});

describe('roles on org routes', () => {
  it('a community secretary reads the own community but may not record population (403)', async () => {
    expect((await get('/api/org-units/370902001001', shuji)).statusCode).toBe(200);
    expect((await get('/api/org-units/370902001002', shuji)).statusCode).toBe(404);
    const res = await record('370902001001', shuji, { year: THIS_YEAR - 1, urbanPopulation: 3000, source: '社区台账' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(res.json().message).toMatch(CHINESE);
  });

  it('the worker role and the system administrator get 403 on every org route', async () => {
    const calls = [
      { method: 'GET' as const, url: '/api/org-units?q=370902' },
      { method: 'GET' as const, url: '/api/org-units/370902001001' },
      { method: 'GET' as const, url: '/api/org-units/370902001/children' },
      { method: 'GET' as const, url: '/api/org-units/370902001001/population' },
      { method: 'POST' as const, url: '/api/org-units/370902001001/population', body: { year: THIS_YEAR - 1, urbanPopulation: 3000, source: '社区台账' } },
    ];
    for (const cookie of [gongzuozhe, admin]) {
      for (const c of calls) {
        const res = await t.request({ ...c, cookie });
        expect(res.statusCode, `${c.method} ${c.url}`).toBe(403);
      }
    }
  });
});
