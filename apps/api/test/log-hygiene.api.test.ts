// Issue 8 (PIPL, 等保 2.0 三级): the server log of a realistic session holds no full ID number, phone,
// password or session token. The app logs exactly as in production (info level, the product's logger
// settings); only the destination is a buffer here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@cwp/contracts/auth.contract';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { prepareDatabase } from '../src/seed/first-start.ts';
import { loadPiiCrypto } from '../src/security/pii-crypto.ts';
import { DEMO_PASSWORD, makeIdNumber, workerInput } from './test-app.ts';
import { createClusterDatabase, dropClusterDatabases, repoRoot } from './test-cluster.ts';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk));
    done();
  },
});

let app: FastifyInstance;
let database: Database;
let dataDir: string;
let dbName: string | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cwp-logs-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'info', SURVEY_MIN_FILL_SECONDS: '0' }, { repoRoot });
  const onCluster = await createClusterDatabase('logs');
  dbName = onCluster?.name;
  const databaseUrl = onCluster?.url;
  database = await openDatabase({ databaseUrl, pgliteDir: 'memory://' });
  const crypto = loadPiiCrypto(config.piiKeyFile);
  await prepareDatabase({ database, crypto, demo: true, demoPassword: DEMO_PASSWORD, orgPrefix: '3709' });
  app = await buildApp({ config, database, crypto, logStream: capture });
  await app.ready();
});

afterAll(async () => {
  await app.importQueue.idle();
  await app.close();
  await database.close();
  if (dbName) await dropClusterDatabases([dbName]);
  rmSync(dataDir, { recursive: true, force: true });
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, cookie?: string, payload?: unknown) =>
  app.inject({ method, url, headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, ...(cookie ? { cookie } : {}) }, ...(payload !== undefined ? { payload: payload as object } : {}) });

/** The cookie pair and the raw token value (both must stay out of the log). */
async function login(username: string, password = DEMO_PASSWORD): Promise<{ cookie: string; value: string }> {
  const res = await call('POST', '/api/auth/login', undefined, { username, password });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = res.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0]! : String(setCookie)).split(';')[0]!;
  return { cookie, value: decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)) };
}

describe('issue 8 log hygiene', () => {
  it('logs contain no full ID numbers, phones, passwords or session tokens', async () => {
    const secrets: string[] = [DEMO_PASSWORD];
    const daimiao = await login('daimiao');
    const taishan = await login('taishan');
    secrets.push(daimiao.value, taishan.value);

    const wrongPassword = 'Wr0ng#Passw0rd-71';
    secrets.push(wrongPassword);
    expect((await call('POST', '/api/auth/login', undefined, { username: 'daimiao', password: wrongPassword })).statusCode).toBe(401);

    // Registering a worker; then the same numbers in a duplicate, a search and a bad edit (error paths log too).
    const idNumber = makeIdNumber('370902', '1991-03-14', 417);
    const phone = '13905387421';
    secrets.push(idNumber, phone);
    const reg = await call('POST', '/api/workers', daimiao.cookie, workerInput({ idNumber, phone, name: '日志测试' }));
    expect(reg.statusCode, reg.body).toBe(200);
    const workerId = reg.json().id as number;
    expect((await call('POST', '/api/workers', daimiao.cookie, workerInput({ idNumber, phone }))).statusCode).toBe(409);
    expect((await call('GET', `/api/workers?org=370902001&q=${idNumber}`, daimiao.cookie)).statusCode).toBe(200);
    expect((await call('GET', `/api/workers?org=370902001&q=${phone}`, daimiao.cookie)).statusCode).toBe(200);
    expect((await call('PATCH', `/api/workers/${workerId}`, daimiao.cookie, { phone: `${phone}9`, version: 1 })).statusCode).toBeGreaterThanOrEqual(400);

    const revealed = await call('GET', `/api/workers/${workerId}?reveal=1`, daimiao.cookie);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toMatchObject({ idNumber, phone });

    // A resident asks for a survey code with their phone.
    const year = Number(todayIso().slice(0, 4));
    const body = {
      dimensions: [
        { key: 'street', name: '街道综合考评', weight: 0.4, source: 'street' },
        { key: 'residents', name: '居民群众测评', weight: 0.6, source: 'residents' },
      ],
      grades: [
        { name: '优秀', minScore: 90 },
        { name: '称职', minScore: 0 },
      ],
      topGradeCap: 0.2,
      tieBreakers: ['residents'],
      minResidentRaters: 1,
      minOrdinaryShare: 0.5,
    };
    const scheme = await call('POST', '/api/assessment/schemes', taishan.cookie, { orgCode: '370902', year, name: `日志测试方案 ${year}`, surveyOpens: addDaysIso(todayIso(), -1), surveyCloses: addDaysIso(todayIso(), 30), body });
    expect(scheme.statusCode, scheme.body).toBe(200);
    expect((await call('POST', `/api/assessment/schemes/${scheme.json().id}/publish`, taishan.cookie)).statusCode).toBe(200);
    const sheet = (await call('GET', `/api/assessment/schemes/${scheme.json().id}/sheet?org=370902001`, daimiao.cookie)).json() as { items: { surveyToken: string }[] };
    const token = sheet.items[0]!.surveyToken;
    const residentPhone = '13687654321';
    secrets.push(residentPhone);
    const page = (await call('GET', `/api/public/survey/${token}`)).json() as { formToken: string };
    const code = await call('POST', `/api/public/survey/${token}/code`, undefined, { phone: residentPhone, formToken: page.formToken });
    expect(code.statusCode, code.body).toBe(200);

    // A password change, with a wrong current password first.
    const shuji = await login('shuji');
    secrets.push(shuji.value);
    const newPassword = 'Xin#Mima-2026-qz';
    secrets.push(newPassword);
    expect((await call('POST', '/api/auth/change-password', shuji.cookie, { currentPassword: wrongPassword, newPassword })).statusCode).toBeGreaterThanOrEqual(400);
    const changed = await call('POST', '/api/auth/change-password', shuji.cookie, { currentPassword: DEMO_PASSWORD, newPassword });
    expect(changed.statusCode, changed.body).toBe(200);
    const again = await login('shuji', newPassword);
    secrets.push(again.value);
    expect((await call('POST', '/api/auth/logout', again.cookie)).statusCode).toBe(200);

    // The log was really written at info level: every request, and the (masked) SMS line.
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(30);
    expect(log).toContain('request completed');
    expect(log).toContain('136****4321');
    for (const secret of secrets) {
      expect(log.includes(secret), `log contains ${secret.slice(0, 4)}…`).toBe(false);
      expect(log.includes(encodeURIComponent(secret)), `log contains ${secret.slice(0, 4)}… (URL-encoded)`).toBe(false);
    }
    // Session tokens also in their unsigned form (the part before the cookie signature).
    for (const token of [daimiao, taishan, shuji, again].map((s) => s.value.split('.')[0]!)) expect(log.includes(token)).toBe(false);
  }, 120_000);
});
