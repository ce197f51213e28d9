import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;

beforeAll(async () => {
  t = await createTestApp();
  daimiao = await t.login('daimiao');
});
afterAll(() => t.close());

describe('roster export (A16.1, A1.1)', () => {
  it('CSV export has a BOM, masked ID numbers by default and the same rows as the list', async () => {
    const res = await t.request({ method: 'GET', url: '/api/workers/export.csv?status=%E5%9C%A8%E8%81%8C', cookie: daimiao });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\ufeff序号,姓名,公民身份号码')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    const total = (await t.request({ method: 'GET', url: '/api/workers?status=%E5%9C%A8%E8%81%8C&pageSize=1', cookie: daimiao })).json().total;
    expect(lines.length - 1).toBe(total);
    expect(lines[1]).toMatch(/,\d{6}\*{8}\d{3}[\dX],/);
  });

  it('full=1 exports full numbers for a role allowed to reveal them, and the export is audited as such', async () => {
    const res = await t.request({ method: 'GET', url: '/api/workers/export.csv?full=1&org=370902001001', cookie: daimiao });
    expect(res.statusCode).toBe(200);
    const first = res.body.trim().split('\r\n')[1]!;
    expect(first).toMatch(/,\d{17}[\dX],/);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=worker_export', cookie: await t.login('auditor') })).json();
    expect(audit.items[0].detail).toMatchObject({ format: 'csv', full: true });
  });

  it('a community secretary may export masked rows only', async () => {
    const shuji = await t.login('shuji');
    expect((await t.request({ method: 'GET', url: '/api/workers/export.csv', cookie: shuji })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/workers/export.xlsx?full=1', cookie: shuji })).statusCode).toBe(403);
  });
});
