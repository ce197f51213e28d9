import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso, addDaysIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, makeIdNumber, workerInput, type TestApp } from './test-app.ts';

let t: TestApp;
let admin: string;
let taishan: string;
let taian: string;
let daimiao: string;
/** Every /open/v1 body seen in this file, checked for personal numbers at the end. */
const bodies: string[] = [];

const rows = async <T>(q: ReturnType<typeof sql>) => resultRows<T>(await t.database.db.execute(q));
const openGet = async (url: string, secret?: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  bodies.push(res.body);
  return res;
};
const createKey = async (body: Record<string, unknown>, cookie = admin) =>
  t.request({ method: 'POST', url: '/api/open-data/keys', cookie, body: { name: '网格化治理平台', contact: '张工 0538-1234567', scopeCode: '370902', fields: ['name', 'category', 'status'], ...body } });
const newSecret = async (body: Record<string, unknown> = {}) => {
  const res = await createKey(body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { key: { id: number; hint: string; fields: string[] }; secret: string };
};
type Change = { id: number; workerId: number; kind: string; communityCode: string | null; inScope: boolean; changes: { field: string; before: unknown; after: unknown }[] };
/** Reads the feed to its end from `cursor`, `limit` rows at a time. */
async function drain(secret: string, cursor: string | null, limit: number, query = '') {
  const items: Change[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const res = await openGet(`/open/v1/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}${query}`, secret);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Change[]; nextCursor: string; hasMore: boolean };
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!page.hasMore) return { items, cursor };
  }
  throw new Error('feed did not end');
}
/**
 * Reads on from `cursor` until `done(items)`: on the shared PostgreSQL cluster another test file's open
 * transaction holds rows back for a moment (the feed delays, never skips), so waiting is the contract.
 */
async function drainUntil(secret: string, cursor: string | null, limit: number, done: (items: Change[]) => boolean, query = '') {
  const items: Change[] = [];
  for (const until = Date.now() + 15_000; ; ) {
    const got = await drain(secret, cursor, limit, query);
    items.push(...got.items);
    cursor = got.cursor;
    if (done(items) || Date.now() > until) return { items, cursor };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The whole feed of a 泰山区 key as it stands now: waits until every committed row of the scope has come. */
async function drainAll(secret: string) {
  const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from worker_history h join workers w on w.id = h.worker_id
    where w.community_code like '370902%' or (h.kind = 'transferred' and h.changes @> '[{"field":"communityCode"}]'
      and exists (select 1 from jsonb_array_elements(h.changes) c where c->'before'->>'code' like '370902%'))`);
  return drainUntil(secret, null, 1000, (items) => items.length >= n!.n);
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, taishan, taian, daimiao] = (await Promise.all(['admin', 'taishan', 'taian', 'daimiao'].map((u) => t.login(u)))) as [string, string, string, string];
});
afterAll(() => t.close());

describe('open data API keys (A17.4)', () => {
  it('A17.4 key management requires openapi:manage: a 社会工作部 admin gets 403, an anonymous caller 401', async () => {
    expect((await t.request({ method: 'GET', url: '/api/open-data/keys', cookie: taishan })).statusCode).toBe(403);
    expect((await createKey({}, taishan)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/open-data/keys' })).statusCode).toBe(401);
  });

  it('A17.4 the secret is shown once, stored only as a hash; creation is audited; the scope must exist', async () => {
    const { key, secret } = await newSecret();
    expect(secret).toMatch(/^cwp_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(key.hint.replace('…', ''))).toBe(true);
    const listed = (await t.request({ method: 'GET', url: '/api/open-data/keys', cookie: admin })).body;
    expect(listed).not.toContain(secret);
    const stored = await rows<{ secret_hash: string }>(sql`select secret_hash from open_api_keys where id = ${key.id}`);
    expect(stored[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await rows(sql`select * from open_api_keys`))).not.toContain(secret);
    const audit = await rows<{ action: string }>(sql`select action from audit_log where object_type = 'openapi_key' and object_id = ${String(key.id)}`);
    expect(audit.map((a) => a.action)).toEqual(['openapi_key_create']);
    const missing = await createKey({ scopeCode: '370999' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].path).toBe('scopeCode');
    expect((await createKey({ fields: ['idNumber'] })).statusCode).toBe(400);
    expect((await createKey({ expiresOn: addDaysIso(todayIso(), -1) })).statusCode).toBe(400);
    const units = await t.request({ method: 'GET', url: '/api/open-data/scope-units?q=泰山区', cookie: admin });
    expect(units.json().map((u: { code: string }) => u.code)).toContain('370902');
    expect((await t.request({ method: 'GET', url: '/api/open-data/scope-units?q=泰山区', cookie: taishan })).statusCode).toBe(403);
  });

  it('A17.4 a revoked key is refused at once, an expired key is refused, a session cookie is not a key', async () => {
    const { key, secret } = await newSecret();
    expect((await openGet('/open/v1/workers?limit=1', secret)).statusCode).toBe(200);
    const revoked = await t.request({ method: 'POST', url: `/api/open-data/keys/${key.id}/revoke`, cookie: admin });
    expect(revoked.json()).toMatchObject({ state: 'revoked', revokedByName: expect.any(String) });
    expect((await openGet('/open/v1/workers?limit=1', secret)).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: `/api/open-data/keys/${key.id}/revoke`, cookie: admin })).statusCode).toBe(409);
    const audit = await rows<{ action: string }>(sql`select action from audit_log where object_type = 'openapi_key' and object_id = ${String(key.id)} order by id`);
    expect(audit.map((a) => a.action)).toEqual(['openapi_key_create', 'openapi_key_revoke']);

    const later = await newSecret({ expiresOn: todayIso() });
    expect((await openGet('/open/v1/workers?limit=1', later.secret)).statusCode).toBe(200);
    await t.database.db.execute(sql`update open_api_keys set expires_at = now() - interval '1 second' where id = ${later.key.id}`);
    expect((await openGet('/open/v1/workers?limit=1', later.secret)).statusCode).toBe(401);
    const list = (await t.request({ method: 'GET', url: '/api/open-data/keys', cookie: admin })).json() as { id: number; state: string }[];
    expect(list.find((k) => k.id === later.key.id)!.state).toBe('expired');

    expect((await openGet('/open/v1/workers', 'cwp_not-a-real-key')).statusCode).toBe(401);
    const cookieOnly = await t.app.inject({ method: 'GET', url: '/open/v1/workers', headers: { cookie: admin } });
    expect(cookieOnly.statusCode).toBe(401);
  });
});

describe('open data reads (A17.4)', () => {
  let secret: string;
  let outsideWorker: number;
  beforeAll(async () => {
    secret = (await newSecret({ fields: ['name', 'category', 'status', 'idNumberMasked'] })).secret;
    const [w] = await rows<{ id: number }>(sql`select id from workers where community_code like '370911%' order by id limit 1`);
    outsideWorker = Number(w!.id);
  });

  it('A17.4 a key scoped to 泰山区 370902 cannot read a worker or the statistics of 岱岳区 370911', async () => {
    expect((await openGet(`/open/v1/workers/${outsideWorker}`, secret)).statusCode).toBe(404);
    expect((await openGet('/open/v1/stats/370911', secret)).statusCode).toBe(404);
    expect((await openGet('/open/v1/stats/3709', secret)).statusCode).toBe(404);
    expect((await openGet('/open/v1/workers?org=370911', secret)).statusCode).toBe(404);
    const own = await openGet('/open/v1/stats/370902001', secret);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().total).toBeGreaterThan(0);
  });

  it('A17.4 lists only workers inside the scope, page by page, with only the key’s fields', async () => {
    const seen = new Set<number>();
    let cursor: string | null = null;
    do {
      const res = await openGet(`/open/v1/workers?limit=500${cursor ? `&cursor=${cursor}` : ''}`, secret);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: Record<string, unknown>[]; nextCursor: string | null };
      for (const w of page.items) {
        expect(Object.keys(w).sort()).toEqual(['category', 'communityCode', 'id', 'idNumberMasked', 'name', 'status']);
        expect(String(w.communityCode).startsWith('370902')).toBe(true);
        expect(seen.has(Number(w.id))).toBe(false);
        seen.add(Number(w.id));
      }
      cursor = page.nextCursor;
    } while (cursor);
    const [n] = await rows<{ n: number }>(sql`select count(*)::int as n from workers where community_code like '370902%'`);
    expect(seen.size).toBe(n!.n);
    const one = await openGet(`/open/v1/workers/${[...seen][0]}`, secret);
    expect(Object.keys(one.json()).sort()).toEqual(['category', 'communityCode', 'id', 'idNumberMasked', 'name', 'status']);
    expect((await openGet('/open/v1/workers?cursor=bm9wZQ', secret)).statusCode).toBe(400);
  });

  it('A17.4 full ID numbers and phone numbers never appear, even with the masked fields granted', async () => {
    const all = (await newSecret({ fields: ['name', 'gender', 'birthYear', 'community', 'idNumberMasked', 'phoneMasked', 'status', 'exit', 'contract'] })).secret;
    const idNumber = makeIdNumber('370902', '1991-03-08', 517);
    const created = await t.request({ method: 'POST', url: '/api/workers', cookie: daimiao, body: workerInput({ name: '开放测试', idNumber, phone: '13905388765' }) });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id as number;
    const edited = await t.request({ method: 'PATCH', url: `/api/workers/${id}`, cookie: daimiao, body: { phone: '13905381111', idNumber: makeIdNumber('370902', '1991-03-08', 518) } });
    expect(edited.statusCode, edited.body).toBe(200);
    const one = await openGet(`/open/v1/workers/${id}`, all);
    expect(one.json()).toMatchObject({ name: '开放测试', birthYear: 1991, idNumberMasked: expect.stringMatching(/\*/), phoneMasked: expect.stringMatching(/\*/) });
    const feed = await drainUntil(all, null, 1000, (items) => items.filter((c) => c.workerId === id).length >= 2);
    const mine = feed.items.filter((c) => c.workerId === id);
    expect(mine.map((c) => c.kind)).toEqual(['registered', 'updated']);
    expect(mine[1]!.changes.map((c) => c.field).sort()).toEqual(expect.arrayContaining(['idNumberMasked', 'phoneMasked']));
    for (const body of [...bodies, one.body]) {
      expect(body).not.toMatch(/\d{17}[\dXx]/);
      expect(body).not.toMatch(/1[3-9]\d{9}/);
    }
  });
});

describe('change feed (A17.4)', () => {
  let secret: string;
  let daiyue: string;
  beforeAll(async () => {
    secret = (await newSecret({ fields: ['name', 'status'] })).secret;
    daiyue = (await newSecret({ scopeCode: '370911', fields: ['name'] })).secret;
  });

  it('A17.4 from the beginning, every archive row of the scope comes exactly once, in pages', async () => {
    const expected = await rows<{ id: number }>(sql`select h.id from worker_history h join workers w on w.id = h.worker_id where w.community_code like '370902%'`);
    const { items } = await drainUntil(secret, null, 997, (got) => got.length >= expected.length);
    const ids = items.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((r) => Number(r.id))));
    expect(items.every((c) => c.communityCode!.startsWith('370902') && c.inScope)).toBe(true);
  });

  it('A17.4 a change made between two pages comes on a later page, and nothing comes twice; fields are filtered', async () => {
    const start = await drainAll(secret);
    const [a, b] = await rows<{ id: number; version: number }>(sql`select id, version from workers where community_code like '370902001%' and status <> '已退出' order by id limit 2`);
    expect((await t.request({ method: 'PATCH', url: `/api/workers/${a!.id}`, cookie: daimiao, body: { name: '改名甲', fullTimeSchool: '山东大学' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/workers/${b!.id}`, cookie: daimiao, body: { name: '改名乙' } })).statusCode).toBe(200);
    let page1 = { items: [] as Change[], nextCursor: start.cursor!, hasMore: false };
    for (const until = Date.now() + 15_000; page1.items.length === 0 && Date.now() < until; ) {
      page1 = (await openGet(`/open/v1/changes?limit=1&cursor=${page1.nextCursor}`, secret)).json();
    }
    expect(page1.items.map((c) => c.workerId)).toEqual([Number(a!.id)]);
    expect(page1.items[0]!.changes).toEqual([{ field: 'name', before: expect.any(String), after: '改名甲' }]);
    // Between pages: a transfer out of 泰山区 by the city; the 泰山 key learns the worker left, 岱岳 sees them arrive.
    const moved = await t.request({ method: 'POST', url: `/api/workers/${a!.id}/transfer`, cookie: taian, body: { toCommunityCode: '370911001001', reason: '工作需要', effectiveDate: todayIso() } });
    expect(moved.statusCode, moved.body).toBe(200);
    const rest = await drainUntil(secret, page1.nextCursor, 1, (items) => items.length >= 2);
    expect(rest.items.map((c) => [c.workerId, c.kind])).toEqual([
      [Number(b!.id), 'updated'],
      [Number(a!.id), 'transferred'],
    ]);
    expect(rest.items[1]).toMatchObject({ inScope: false, communityCode: null });
    const all = [...page1.items, ...rest.items].map((c) => c.id);
    expect(new Set(all).size).toBe(3);
    expect((await drain(secret, rest.cursor, 10)).items).toEqual([]);
    // The receiving county reads the newcomer's archive (it follows the person), from `since` on.
    const since = `&since=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`;
    const arrived = (await drainUntil(daiyue, null, 1000, (items) => items.some((c) => c.kind === 'transferred'), since)).items;
    expect(arrived.filter((c) => c.workerId === Number(a!.id)).map((c) => [c.kind, c.inScope])).toContainEqual(['transferred', true]);
    expect(arrived.every((c) => c.inScope && c.communityCode!.startsWith('370911'))).toBe(true);
    expect(arrived.some((c) => c.workerId === Number(b!.id))).toBe(false);
  });

  it.runIf(process.env.TEST_DB === 'postgres')('A17.4 a row committed late by an earlier transaction is not skipped (PostgreSQL, two connections)', async () => {
    const pool = (t.database.db as unknown as { $client: pg.Pool }).$client;
    const start = await drainAll(secret);
    const [w] = await rows<{ id: number }>(sql`select id from workers where community_code like '370902002%' order by id limit 1`);
    const insert = (c: pg.PoolClient, summary: string) =>
      c.query(`insert into worker_history (worker_id, kind, occurred_on, actor_name, source, summary, changes) values ($1, 'updated', current_date, '测试', 'test', $2, '[]') returning id`, [w!.id, summary]);
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      await a.query('begin');
      const idA = Number((await insert(a, 'A')).rows[0].id);
      await b.query('begin');
      const idB = Number((await insert(b, 'B')).rows[0].id);
      expect(idA).toBeLessThan(idB);
      await b.query('commit');
      // A naive reader paging by id sees B now and moves its cursor past A's lower id.
      const naive = await rows<{ id: number }>(sql`select id from worker_history where id >= ${idA} order by id`);
      expect(naive.map((r) => Number(r.id))).toEqual([idB]);
      const during = await drain(secret, start.cursor, 1000);
      expect(during.items.map((c) => c.id)).not.toContain(idA);
      await a.query('commit');
      const after = await drainUntil(secret, during.cursor, 1000, (items) => items.some((c) => c.id === idB));
      const got = [...during.items, ...after.items].map((c) => c.id);
      expect(got.filter((id) => id === idA)).toHaveLength(1);
      expect(got.filter((id) => id === idB)).toHaveLength(1);
    } finally {
      a.release();
      b.release();
    }
  });
});

describe('call log and documentation (A17.4)', () => {
  it('A17.4 every call is logged with key, path, status, rows and address, refused calls too', async () => {
    const { key, secret } = await newSecret();
    const [before] = await rows<{ n: number }>(sql`select count(*)::int as n from open_api_calls`);
    await openGet('/open/v1/workers?limit=3', secret);
    await openGet('/open/v1/workers/999999', secret);
    await openGet('/open/v1/changes?limit=2', secret);
    await openGet('/open/v1/workers', 'cwp_wrong');
    const [after] = await rows<{ n: number }>(sql`select count(*)::int as n from open_api_calls`);
    expect(after!.n - before!.n).toBe(4);
    const log = (await t.request({ method: 'GET', url: `/api/open-data/keys/${key.id}/calls`, cookie: admin })).json() as { items: { path: string; status: number; rows: number; ip: string }[]; total: number };
    expect(log.total).toBe(3);
    expect(log.items.map((c) => [c.path, c.status, c.rows])).toEqual([
      ['/open/v1/changes?limit=2', 200, 2],
      ['/open/v1/workers/999999', 404, 0],
      ['/open/v1/workers?limit=3', 200, 3],
    ]);
    expect(log.items[0]!.ip).toBeTruthy();
    const [refused] = await rows<{ key_id: number | null; status: number }>(sql`select key_id, status from open_api_calls order by id desc limit 1`);
    expect(refused).toMatchObject({ key_id: null, status: 401 });
    const listed = ((await t.request({ method: 'GET', url: '/api/open-data/keys', cookie: admin })).json() as { id: number; calls: number; lastUsedAt: string | null }[]).find((k) => k.id === key.id)!;
    expect(listed.calls).toBe(3);
    expect(listed.lastUsedAt).not.toBeNull();
    expect((await t.request({ method: 'GET', url: `/api/open-data/keys/${key.id}/calls`, cookie: taishan })).statusCode).toBe(403);
  });

  it('A17.4 the /open/v1 routes are in the OpenAPI document with the bearer key scheme', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.components.securitySchemes.openApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const p of ['/open/v1/workers', '/open/v1/workers/{id}', '/open/v1/stats/{code}', '/open/v1/changes']) {
      expect(doc.paths[p].get.security).toEqual([{ openApiKey: [] }]);
    }
  });
});
