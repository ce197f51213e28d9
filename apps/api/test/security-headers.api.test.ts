import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// A script element without src is inline code, which script-src 'self' would block (and must not be needed).
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>/i;

const webDir = mkdtempSync(join(tmpdir(), 'cwp-web-'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>');

let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { WEB_DIST: webDir } });
  proxied = await createTestApp({ env: { TRUST_PROXY: 'on' } });
}, 180_000);
afterAll(async () => {
  await t?.close();
  await proxied?.close();
  rmSync(webDir, { recursive: true, force: true });
});

function directives(csp: string | undefined): Map<string, string> {
  return new Map((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as [string, string]));
}

function expectCommonHeaders(headers: Record<string, unknown>) {
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  const pp = String(headers['permissions-policy']);
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(pp).toContain(feature);
  expect(directives(headers['content-security-policy'] as string).get('frame-ancestors')).toBe("frame-ancestors 'none'");
}

describe('security headers (issue 8)', () => {
  it('CSP without inline scripts on the web app: script-src self only, frame-ancestors none, images from self and data: for QR codes', async () => {
    for (const url of ['/', '/survey/some-token', '/public/communities/370902001001']) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectCommonHeaders(res.headers);
      const csp = directives(res.headers['content-security-policy'] as string);
      expect(csp.get('script-src')).toBe("script-src 'self'");
      expect(csp.get('default-src')).toBe("default-src 'self'");
      expect(csp.get('object-src')).toBe("object-src 'none'");
      expect(csp.get('img-src')).toContain('data:');
      // Ant Design writes its styles at run time: inline styles only, never inline scripts.
      expect(csp.get('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    }
  });

  it('the web app needs no inline script under that CSP (source index.html and the built one, when built)', () => {
    const files = [join(repoRoot, 'apps/web/index.html'), join(repoRoot, 'apps/web/dist/index.html')].filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).not.toMatch(INLINE_SCRIPT);
      expect(html, f).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers either (script-src-attr 'none')
    }
  });

  it('API responses, errors and 404s carry the headers, with a CSP that allows nothing and no-store caching', async () => {
    for (const [url, status] of [['/api/health', 200], ['/api/workers', 401], ['/api/no-such-endpoint', 404]] as const) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(status);
      expectCommonHeaders(res.headers);
      expect(directives(res.headers['content-security-policy'] as string).get('default-src')).toBe("default-src 'none'");
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('the OpenAPI page (swagger-ui) gets a page CSP it can run under: no inline script in its HTML', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger-ui-bundle.js');
    expectCommonHeaders(res.headers);
    expect(directives(res.headers['content-security-policy'] as string).get('script-src')).toBe("script-src 'self'");
    expect(res.body).not.toMatch(INLINE_SCRIPT);
    const init = await t.request({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    expect(init.body).toMatch(/validatorUrl:\s*null/); // no badge image fetched from validator.swagger.io
  });

  it('HSTS only over TLS: not on plain HTTP, not for a forged X-Forwarded-Proto unless TRUST_PROXY is on', async () => {
    const plain = await t.request({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const forged = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await proxied.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    const proxyPlain = await proxied.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'http' } });
    expect(proxyPlain.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('request size limits (issue 8)', () => {
  const big = (bytes: number) => JSON.stringify({ username: 'admin', password: 'x', pad: 'a'.repeat(bytes) });

  it('a JSON body over 1 MB is refused with 413 and a bilingual message, before any handler runs', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: big(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    const body = res.json();
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.message).toContain('1 MB');
    expect(body.messageEn).toContain('1 MB');
    // Under the limit the same endpoint answers normally (a wrong login, not a size error).
    const small = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: big(1000) });
    expect(small.statusCode).not.toBe(413);
  });

  it('the bulk forms (health checks, scores) accept up to 4 MB and no more', async () => {
    const cookie = await t.login('daimiao');
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ workerId: 1 + (i % 50), scheduledOn: null, completedOn: null, institution: '泰安市中心医院体检中心'.repeat(5) }));
    const over1mb = JSON.stringify({ year: 2026, items: items(4900) });
    expect(Buffer.byteLength(over1mb)).toBeGreaterThan(1024 * 1024);
    const ok = await t.app.inject({ method: 'PUT', url: '/api/care/health-checks', headers: { cookie, 'content-type': 'application/json' }, payload: over1mb });
    expect(ok.statusCode).not.toBe(413);
    const over4mb = JSON.stringify({ year: 2026, items: items(4900), pad: 'a'.repeat(4 * 1024 * 1024) });
    const refused = await t.app.inject({ method: 'PUT', url: '/api/care/health-checks', headers: { cookie, 'content-type': 'application/json' }, payload: over4mb });
    expect(refused.statusCode).toBe(413);
    expect(refused.json().message).toContain('4 MB');
  });
});
