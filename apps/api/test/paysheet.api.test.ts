import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let auditor: string;
beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, auditor] = await Promise.all([t.login('daimiao'), t.login('caiyuan'), t.login('auditor')]);
});
afterAll(() => t.close());

const cents = (x: number) => Math.round(x * 100) / 100;
type Sheet = { columns: string[]; lines: { monthlyPay: number; items: Record<string, number>; gradeSource: string; socialInsurance: number; housingFund: number }[]; totals: { workers: number; items: Record<string, number>; monthlyPay: number; socialInsurance: number; housingFund: number; employerTotal: number } };

describe('monthly pay sheet (A12.1)', () => {
  it('A12.1 a street’s sheet has everyone in post; each line and the totals equal the sum of their items', async () => {
    const res = await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001?month=2026-11', cookie: daimiao });
    expect(res.statusCode, res.body).toBe(200);
    const sheet = res.json() as Sheet;
    const inPost = Number(resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from workers where community_code like '370902001%' and status <> '已退出'`))[0]!.n);
    expect(sheet.lines.length).toBe(inPost);
    expect(sheet.totals.workers).toBe(inPost);
    for (const l of sheet.lines) expect(cents(Object.values(l.items).reduce((s, v) => s + v, 0))).toBe(l.monthlyPay);
    expect(cents(sheet.lines.reduce((s, l) => s + l.monthlyPay, 0))).toBe(sheet.totals.monthlyPay);
    for (const c of sheet.columns) expect(cents(sheet.lines.reduce((s, l) => s + (l.items[c] ?? 0), 0))).toBe(sheet.totals.items[c]);
    expect(sheet.totals.employerTotal).toBe(cents(sheet.totals.socialInsurance + sheet.totals.housingFund));
    // No advancement has been approved in this database: every grade is computed.
    expect(sheet.lines.every((l) => l.gradeSource === 'computed')).toBe(true);
  });

  it('A12.1 the exported workbook carries the same numbers, and the export is audited', async () => {
    const sheet = (await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001?month=2026-11', cookie: daimiao })).json() as Sheet;
    const res = await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001/export.xlsx?month=2026-11', cookie: daimiao });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const ws = book.worksheets[0]!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const last = (ws.getRow(ws.rowCount).values as unknown[]).slice(1);
    expect(last[0]).toBe('合计');
    expect(last[header.indexOf('应发合计')]).toBe(sheet.totals.monthlyPay);
    expect(ws.rowCount).toBe(2 + sheet.lines.length + 1);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=paysheet_export', cookie: auditor })).json();
    expect(audit.items[0]).toMatchObject({ objectId: '370902001', outcome: 'success' });
  });

  it('A12.1 keeps to scope and levels, and refuses a bad month', async () => {
    expect((await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001?month=2026-11', cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001001?month=2026-11', cookie: daimiao })).statusCode).toBe(400);
    const bad = await t.request({ method: 'GET', url: '/api/grading/paysheet/370902001?month=2026-13', cookie: daimiao });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().fields)).toContain('月份格式');
  });
});
