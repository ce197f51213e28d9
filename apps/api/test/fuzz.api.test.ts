// Every JSON write endpoint under random input (等保 2.0 input validation, A11.x reliability): the routes are
// read from the app's own /api/openapi.json, so a new endpoint is fuzzed without touching this file. Bodies
// come from fuzz-bodies.ts (fixed seed). A request may be refused (4xx with the error JSON) or, when a valid
// body slipped through, succeed — but never crash with a 500, and a refused request changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@cwp/contracts/auth.contract';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { anyJson, EDGE_NUMBERS, NASTY_STRINGS, PATH_VALUES, shapedLike, type JsonSchema } from './fuzz-bodies.ts';

const SEED = 20261129;
// Bodies per route and user; ~110 routes × 2 users keep the file around a minute on a 2-core machine.
const SHAPED_PER_ROUTE = Number(process.env.FUZZ_BODIES ?? 30);
const GARBAGE_PER_ROUTE = 3;
const READS_PER_ROUTE = 12;
// Ending sessions would log out the rest of the batch; these have no body worth fuzzing (auth.api tests cover them).
const SKIP = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-all', 'DELETE /api/auth/sessions/{id}']);

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: string[];
  query: string[];
  body?: JsonSchema;
}

let t: TestApp;
let routes: Route[];
/** GET routes that take query parameters (filters, paging, dates). */
let reads: Route[];
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  cookies.taishan = await t.login('taishan');
  cookies.gongzuozhe = await t.login('gongzuozhe');
  const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  };
  routes = [];
  reads = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase() as Route['method'];
      const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      if (method === 'GET' && query.length > 0) reads.push({ method, path, params, query });
      if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) || SKIP.has(`${method} ${path}`)) continue;
      routes.push({ method, path, params, query, body: op.requestBody?.content?.['application/json']?.schema });
    }
  }
});

afterAll(async () => {
  await t?.close();
});

function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '1');
}

interface Failure {
  route: string;
  url: string;
  user: string;
  status: number;
  body: string;
  sent: string;
}

async function send(route: Route, user: string, url: string, body: unknown, failures: Failure[]): Promise<number> {
  const res = await t.app.inject(
    route.method === 'GET'
      ? { method: 'GET', url, headers: { cookie: cookies[user]! } }
      : {
          method: route.method,
          url,
          headers: { cookie: cookies[user]!, 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
          payload: JSON.stringify(body) ?? 'null',
        },
  );
  const json = (() => {
    try {
      return res.json() as { code?: unknown; message?: unknown };
    } catch {
      return undefined;
    }
  })();
  const badShape = res.statusCode >= 400 && (typeof json?.code !== 'string' || typeof json?.message !== 'string');
  // Every request carries a live session: a 401 outside /api/auth means an earlier request ended it.
  const lostSession = res.statusCode === 401 && route.path.startsWith('/api/') && !route.path.startsWith('/api/auth/');
  if (res.statusCode >= 500 || badShape || lostSession) {
    failures.push({ route: `${route.method} ${route.path}`, url, user, status: res.statusCode, body: res.body.slice(0, 300), sent: (JSON.stringify(body) ?? '').slice(0, 300) });
  }
  return res.statusCode;
}

/** Row count of every table, except the ones that rightly record refusals (audit trail, sessions). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = resultRows<{ name: string }>(await t.database.db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`));
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    if (name === 'audit_log' || name === 'sessions' || name.startsWith('__drizzle')) continue;
    const r = resultRows<{ n: number }>(await t.database.db.execute(sql.raw(`select count(*)::int as n from "${name}"`)));
    out[name] = r[0]!.n;
  }
  return out;
}

/** URL-encodes; a lone surrogate (not encodable) is sent as its raw, invalid UTF-8 bytes. */
function encodeQuery(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80';
  }
}

async function lastAuditId(): Promise<number> {
  const r = resultRows<{ id: number }>(await t.database.db.execute(sql`select coalesce(max(id), 0)::int as id from audit_log`));
  return r[0]!.id;
}

function report(failures: Failure[]): string {
  const byRoute = new Map<string, Failure>();
  for (const f of failures) if (!byRoute.has(f.route)) byRoute.set(f.route, f);
  return [...byRoute.values()].map((f) => `${f.route} as ${f.user} → ${f.status} ${f.body}\n   url ${f.url}\n   sent ${f.sent}`).join('\n');
}

describe('every JSON endpoint under random input (input validation, 等保 2.0)', () => {
  it('the OpenAPI document lists the write endpoints to fuzz', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.some((r) => r.path === '/api/workers/{id}' && r.method === 'PATCH')).toBe(true);
  });

  it('garbage bodies and nonsense path params are refused with the error JSON, and a refused batch changes nothing', async () => {
    const failures: Failure[] = [];
    const before = await rowCounts();
    const auditBefore = await lastAuditId();
    const garbage = fc.sample(anyJson, { seed: SEED, numRuns: routes.length * GARBAGE_PER_ROUTE });
    let i = 0;
    let sent = 0;
    for (const route of routes) {
      // Without a body or a path param nothing here can be invalid; those routes get the shaped round only.
      if (!route.body && route.params.length === 0) continue;
      for (let k = 0; k < GARBAGE_PER_ROUTE; k++) {
        const value = garbage[i++ % garbage.length];
        // A body that is not an object cannot satisfy an object schema; a missing id cannot be found.
        const badBody = route.body && (value === null || typeof value !== 'object' || Array.isArray(value)) ? value : route.body ? [value] : value;
        const url = fill(route.path, Object.fromEntries(route.params.map((p) => [p, route.body ? PATH_VALUES[k % PATH_VALUES.length]! : '99999999'])));
        for (const user of ['taishan', 'gongzuozhe']) {
          const status = await send(route, user, url, badBody, failures);
          sent++;
          if (status < 400) failures.push({ route: `${route.method} ${route.path}`, url, user, status, body: 'accepted a garbage body', sent: JSON.stringify(badBody)?.slice(0, 200) ?? '' });
        }
      }
    }
    // Too large for the body limit (1 MB): 413 with the error JSON, not a crash.
    const huge = routes.find((r) => r.path === '/api/workers' && r.method === 'POST')!;
    const big = await t.app.inject({ method: 'POST', url: '/api/workers', headers: { cookie: cookies.taishan!, 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE }, payload: JSON.stringify({ name: 'x'.repeat(2_000_000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(huge).toBeDefined();
    // Not JSON at all.
    const broken = await t.app.inject({ method: 'POST', url: '/api/workers', headers: { cookie: cookies.taishan!, 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE }, payload: '{"name": "张三",' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'VALIDATION_FAILED' });

    expect(failures, `${failures.length} of ${sent} requests failed:\n${report(failures)}`).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    // The audit trail may record refusals, never a success.
    const successes = resultRows(await t.database.db.execute(sql`select action from audit_log where id > ${auditBefore} and outcome = 'success'`));
    expect(successes).toEqual([]);
  });

  it('schema-shaped random bodies (wrong types, edge numbers, huge and odd strings, missing fields) never cause a 500', async () => {
    const failures: Failure[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const [r, route] of routes.entries()) {
      const arb = fc.tuple(route.body ? shapedLike(route.body) : anyJson, fc.constantFrom(...PATH_VALUES));
      const samples = fc.sample(arb, { seed: SEED + r, numRuns: SHAPED_PER_ROUTE });
      for (const [n, [body, param]] of samples.entries()) {
        const url = fill(route.path, Object.fromEntries(route.params.map((p) => [p, param])));
        const user = n % 2 === 0 ? 'taishan' : 'gongzuozhe';
        const status = await send(route, user, url, body, failures);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        sent++;
      }
    }
    console.log(`fuzzed ${routes.length} routes with ${sent} shaped requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures, `${failures.length} of ${sent} requests failed:\n${report(failures)}`).toEqual([]);
  });

  it('random query strings on every filtered read (paging at the edges, odd dates and codes, %00) never cause a 500', async () => {
    const failures: Failure[] = [];
    const value = fc.oneof(fc.constantFrom(...PATH_VALUES, ...NASTY_STRINGS.filter((s) => s.length < 100)), fc.constantFrom(...EDGE_NUMBERS.map(String)), fc.string({ maxLength: 12 }));
    const edgeQuery = fc.constantFrom('1e308', '99999999999', '2147483648', '-1', '0', '1.5', 'NaN', 'Infinity', '1', '200', '201', '9007199254740993');
    let sent = 0;
    for (const [r, route] of reads.entries()) {
      // Paging and counting parameters get numbers at the edges most of the time.
      const query = fc.oneof(
        fc.dictionary(fc.constantFrom(...route.query), value, { minKeys: 1 }),
        fc.record(Object.fromEntries(route.query.map((q) => [q, /page|size|limit|cursor|offset|year|months|top/i.test(q) ? edgeQuery : value])), { requiredKeys: [] }),
      );
      const samples = fc.sample(fc.tuple(query, fc.constantFrom(...PATH_VALUES)), { seed: SEED + 7 * r, numRuns: READS_PER_ROUTE });
      for (const [n, [query, param]] of samples.entries()) {
        const qs = Object.entries(query).map(([k, v]) => `${k}=${encodeQuery(String(v))}`).join('&');
        const url = `${fill(route.path, Object.fromEntries(route.params.map((p) => [p, param])))}?${qs}`;
        await send(route, n % 2 === 0 ? 'taishan' : 'gongzuozhe', url, undefined, failures);
        sent++;
      }
    }
    console.log(`fuzzed ${reads.length} filtered reads with ${sent} requests`);
    expect(failures, `${failures.length} of ${sent} requests failed:\n${report(failures)}`).toEqual([]);
  });
});
