import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app.ts';
import { resultRows } from '../src/modules/stats/stats.queries.ts';

// Open data API rate limit (A17.4, issue 8): a budget per key per minute so one consuming system cannot
// starve the others, and a budget of failed key attempts per address so guessing keys stops early.

let t: TestApp;
let admin: string;

const openGet = (url: string, secret: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` }, remoteAddress });
async function newSecret(name: string): Promise<{ id: number; secret: string }> {
  const res = await t.request({ method: 'POST', url: '/api/open-data/keys', cookie: admin, body: { name, contact: '张工', scopeCode: '370902', fields: ['name', 'status'] } });
  expect(res.statusCode, res.body).toBe(200);
  return { id: res.json().key.id, secret: res.json().secret };
}

beforeAll(async () => {
  t = await createTestApp({ env: { OPEN_API_RATE_PER_MINUTE: '3' } });
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('open data rate limit', () => {
  it('A17.4 open API rate limit: the 4th call of a key within a minute is 429 with Retry-After and is logged; another key is unaffected', async () => {
    const a = await newSecret('系统甲');
    const b = await newSecret('系统乙');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await openGet('/open/v1/workers?limit=1', a.secret)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await openGet('/open/v1/workers?limit=1', a.secret);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('每分钟最多 3 次') });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await openGet('/open/v1/workers?limit=1', b.secret)).statusCode).toBe(200);
    const logged = resultRows<{ status: number }>(await t.database.db.execute(sql`select status from open_api_calls where key_id = ${a.id} order by id`));
    expect(logged.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
  });

  it('A17.4 open API rate limit: an address that spent its budget on wrong keys is refused before any key is checked, even a valid one', async () => {
    const c = await newSecret('系统丙');
    const ip = '192.0.2.55';
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await openGet('/open/v1/workers', `cwp_guess${i}`, ip)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await openGet('/open/v1/workers?limit=1', c.secret, ip)).statusCode).toBe(429);
    // Valid calls from elsewhere go on.
    expect((await openGet('/open/v1/workers?limit=1', c.secret, '192.0.2.56')).statusCode).toBe(200);
  });
});
