import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { testDbKind } from './test-env.ts';

// Operational surface: health, the OpenAPI document other systems read from (A17.4 "collect once, use
// many times"), uniform JSON errors, and configuration that refuses to half-start.

let t: TestApp;
let daimiao: string;

const CHINESE = /[\u4e00-\u9fff]/;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

beforeAll(async () => {
  t = await createTestApp();
  daimiao = await t.login('daimiao');
});
afterAll(() => t.close());

describe('health and API description', () => {
  it('GET /api/health answers ok with the database kind, without a login', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: testDbKind() });
  });

  it('A17.4 GET /api/openapi.json describes the API for other systems', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/workers', '/api/workers/{id}', '/api/workers/{id}/transfer', '/api/workers/{id}/exit', '/api/org-units/{code}/children', '/api/auth/login']));
    expect(doc.paths['/api/workers'].get).toBeDefined();
    expect(doc.paths['/api/workers'].post).toBeDefined();
    expect(doc.paths['/api/workers/{id}/transfer'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });
});

describe('uniform JSON errors', () => {
  it('an unknown /api path is a 404 JSON NOT_FOUND, with or without a login', async () => {
    for (const cookie of [undefined, daimiao]) {
      for (const [method, url] of [['GET', '/api/no-such-thing'], ['POST', '/api/workers/1/delete'], ['DELETE', '/api/workers/1']] as const) {
        const res = await t.request({ method, url, cookie });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.headers['content-type']).toContain('application/json');
        expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(CHINESE) });
      }
    }
  });

  it('a malformed JSON body is a 400 JSON answer, not a crash', async () => {
    for (const [url, cookie] of [['/api/auth/login', undefined], ['/api/workers', daimiao]] as const) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, payload: '{"username": "daimiao", ' });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(CHINESE) });
      expect(res.body).not.toMatch(/stack|SyntaxError/);
    }
    // The server still works afterwards.
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: daimiao })).statusCode).toBe(200);
  });

  it('a body of the wrong type or size gets a JSON 4xx', async () => {
    const text = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'username=daimiao' });
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    expect(text.statusCode).toBeLessThan(500);
    expect(text.json().code).toBeTypeOf('string');
    const big = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(CHINESE) });
  });

  it('a non-numeric id is a 400 JSON answer', async () => {
    const res = await t.request({ method: 'GET', url: '/api/workers/abc', cookie: daimiao });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('serving the built web app', () => {
  let web: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cwp-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>cwp-shell-marker</title>');
    web = await createTestApp({ env: { WEB_DIST: dir } });
  });
  afterAll(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('client-side routes get the app shell; unknown /api paths stay JSON 404', async () => {
    for (const url of ['/', '/workers/12', '/org/370902']) {
      const res = await web.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('cwp-shell-marker');
    }
    const api = await web.request({ method: 'GET', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('NOT_FOUND');
    expect((await web.request({ method: 'GET', url: '/api/health' })).json().status).toBe('ok');
  });
});

describe('configuration fails at boot with the variable named', () => {
  function configError(env: Record<string, string>): ConfigError {
    try {
      loadConfig(env, { repoRoot });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return err as ConfigError;
    }
    throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
  }

  it('PORT that is not a number', () => {
    expect(configError({ PORT: 'abc' }).message).toContain('PORT');
    expect(configError({ PORT: '70000' }).message).toContain('PORT');
  });

  it('DATABASE_URL that is not PostgreSQL', () => {
    const err = configError({ DATABASE_URL: 'mysql://x' });
    expect(err.message).toContain('DATABASE_URL');
    expect(err.message).not.toContain('PORT');
  });

  it('other invalid settings are named too', () => {
    expect(configError({ SESSION_SECRET: 'short' }).message).toContain('SESSION_SECRET');
    expect(configError({ SESSION_IDLE_MINUTES: '0' }).message).toContain('SESSION_IDLE_MINUTES');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toContain('LOG_LEVEL');
  });

  it('a valid environment parses into a frozen config (control)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cwp-cfg-'));
    try {
      const config = loadConfig({ PORT: '8123', DATA_DIR: dataDir, DATABASE_URL: 'postgres://u@localhost/db', SESSION_IDLE_MINUTES: '15' }, { repoRoot });
      expect(config).toMatchObject({ port: 8123, databaseUrl: 'postgres://u@localhost/db', securityDefaults: expect.objectContaining({ sessionIdleMinutes: 15 }) });
      expect(Object.isFrozen(config)).toBe(true);
      expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
