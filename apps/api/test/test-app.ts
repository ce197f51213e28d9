import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@cwp/contracts/auth.contract';
import { buildApp } from '../src/app.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { prepareDatabase } from '../src/seed/first-start.ts';
import { loadPiiCrypto, type PiiCrypto } from '../src/security/pii-crypto.ts';
import { noteSecret, suiteLogStream } from './suite-log.ts';
import { testDatabaseUrl } from './test-env.ts';

export const DEMO_PASSWORD = 'Demo@123456';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  crypto: PiiCrypto;
  config: AppConfig;
  /** Logs in a demo account and returns its cookie header. */
  login(username: string, password?: string): Promise<string>;
  /** app.inject as it was built, without the CSRF header test apps add to every call. */
  injectWithoutCsrf: FastifyInstance['inject'];
  /** Shorthand for app.inject with a cookie. */
  request(opts: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; cookie?: string; body?: unknown }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * A real app on a real database: in-memory PGlite, or a fresh database on the throwaway PostgreSQL
 * cluster when TEST_DB=postgres. The org tree is limited to 泰安 (3709) and its province to keep each file
 * fast; the 泰安 demo workforce and accounts are loaded exactly as on a first product start.
 */
export async function createTestApp(opts: { env?: Record<string, string> } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cwp-test-'));
  // Suites log in dozens of times a minute from one address; identity.api.test.ts sets the real budget.
  const logStream = suiteLogStream();
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: logStream ? 'info' : 'silent', LOGIN_RATE_PER_MINUTE: '100000', ...opts.env }, { repoRoot });
  const clusterUrl = testDatabaseUrl();
  let dbName: string | undefined;
  let databaseUrl: string | undefined;
  if (clusterUrl) {
    dbName = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: clusterUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(clusterUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const database = await openDatabase({ databaseUrl, pgliteDir: 'memory://' });
  const crypto = loadPiiCrypto(config.piiKeyFile);
  await prepareDatabase({ database, crypto, demo: true, demoPassword: DEMO_PASSWORD, orgPrefix: '3709' });
  const app = await buildApp({ config, database, crypto, ...(logStream ? { logStream } : { logger: false }) });
  await app.ready();
  // Every injected call speaks as the web app does: with the CSRF header (identity.api.test.ts sends calls without it).
  const rawInject = app.inject.bind(app);
  app.inject = ((o: InjectOptions) => rawInject({ ...o, headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, ...o.headers } })) as typeof app.inject;

  const request: TestApp['request'] = (r) =>
    app.inject({
      method: r.method,
      url: r.url,
      headers: r.cookie ? { cookie: r.cookie } : {},
      ...(r.body !== undefined ? { payload: r.body as object } : {}),
    });

  return {
    app,
    database,
    crypto,
    config,
    request,
    injectWithoutCsrf: rawInject,
    async login(username, password = DEMO_PASSWORD) {
      const res = await request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const first = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
      const pair = first.split(';')[0]!;
      // The raw token (before the signature) and the signed cookie value must both stay out of the log.
      const value = decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
      noteSecret(value);
      noteSecret(value.slice(0, value.lastIndexOf('.')));
      return pair;
    },
    async close() {
      await app.importQueue.idle();
      await app.close();
      await database.close();
      if (clusterUrl && dbName) {
        const admin = new pg.Client({ connectionString: clusterUrl });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid 18-digit ID number for tests: address code + birth date + sequence, with the right check digit. */
export function makeIdNumber(address: string, birth: string, seq: number): string {
  const body = `${address}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A complete, valid registration body for a community of 岱庙街道 unless overridden. */
export function workerInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '测试人员',
    idNumber: makeIdNumber('370902', '1990-05-17', 123),
    ethnicity: '汉族',
    phone: '13805381234',
    politicalStatus: '中共党员',
    partyJoinDate: '2012-06-01',
    education: '大学本科',
    fullTimeSchool: '泰山学院',
    fullTimeMajor: '社会工作',
    swQualification: '助理社会工作师',
    swCertNo: 'S2019123456',
    category: '社区专职工作人员',
    postClass: '其他',
    positions: ['网格员'],
    streetCode: '370902001',
    communityCode: '370902001001',
    recruitLevel: '县级',
    sourceChannel: '统一招聘',
    workStartDate: '2013-07-01',
    communityStartDate: '2018-03-01',
    ...overrides,
  };
}
