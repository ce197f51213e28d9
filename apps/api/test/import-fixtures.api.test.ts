// Files produced by real spreadsheet software (LibreOffice Calc, scripts/make-import-fixtures.ts) go through
// the whole import: upload, dry run, error reasons, commit. expectations.json is written by the same script.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledImport, uploadImport } from './import-helpers.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/import/', import.meta.url));
const expectations = JSON.parse(readFileSync(`${FIXTURES}expectations.json`, 'utf8')) as Record<string, unknown>[];
const expectFor = <T,>(file: string) => expectations.find((e) => e.file === file) as T;

type ImportError = { row: number; column: string; reason: string };

let t: TestApp;
let taishan: string;
beforeAll(async () => {
  t = await createTestApp();
  taishan = await t.login('taishan');
});
afterAll(() => t.close());

async function dryRun(file: string) {
  const job = await uploadImport(t, taishan, `${FIXTURES}${file}`, { orgCode: '370902' });
  const done = await settledImport(t, taishan, job.id);
  expect(done.errorMessage ?? '', file).toBe('');
  return done as { id: number; status: string; toCreate: number; rejected: number; errors: ImportError[] };
}

async function commit(id: number, partial: boolean) {
  const res = await t.request({ method: 'POST', url: `/api/imports/${id}/commit`, cookie: taishan, body: { partial } });
  expect(res.statusCode, res.body).toBe(200);
  return settledImport(t, taishan, id);
}

async function workerByIdNumber(idNumber: string) {
  const list = (await t.request({ method: 'GET', url: `/api/workers?q=${idNumber}`, cookie: taishan })).json();
  expect(list.total, idNumber).toBe(1);
  return (await t.request({ method: 'GET', url: `/api/workers/${list.items[0].id}`, cookie: taishan })).json();
}

describe('import of files saved by LibreOffice Calc (A1.1)', () => {
  it('A1.1 a messy register (merged title, odd headers, hidden column, full-width digits, lower-case x, date cells and 1985.03 / 1985年3月 / 1985-3-1, styled blank rows) validates; an ID stored as a number is rejected as precision lost', async () => {
    const e = expectFor<{ toCreate: number; rejected: { row: number; column: string; reasonContains: string }[]; lowerCaseX: { id: string }; names: { row5: string }; stored: { id: string; workStartDate: string; communityStartDate: string }[] }>('messy.xlsx');
    const done = await dryRun('messy.xlsx');
    expect(done.status).toBe('validated');
    expect(done.toCreate).toBe(e.toCreate);
    expect(done.rejected).toBe(e.rejected.length);
    for (const r of e.rejected) {
      const err = done.errors.find((x) => x.row === r.row);
      expect(err, JSON.stringify(done.errors)).toBeDefined();
      expect(err!.column).toBe(r.column);
      expect(err!.reason).toContain(r.reasonContains);
    }
    const after = await commit(done.id, true);
    expect(after).toMatchObject({ status: 'committed', created: e.toCreate });
    const x = await workerByIdNumber(e.lowerCaseX.id);
    expect(x.idNumber.endsWith('X')).toBe(true);
    for (const s of e.stored) {
      const w = await workerByIdNumber(s.id);
      expect({ workStartDate: w.workStartDate, communityStartDate: w.communityStartDate }, s.id).toEqual({ workStartDate: s.workStartDate, communityStartDate: s.communityStartDate });
    }
    const spaced = (await t.request({ method: 'GET', url: `/api/workers?q=${encodeURIComponent(e.names.row5)}`, cookie: taishan })).json();
    expect(spaced.total).toBeGreaterThanOrEqual(1);
  });

  it('A1.1 a register with 5% bad rows: each bad row is reported with its row and column; all-or-nothing refuses, "valid rows only" writes the rest', async () => {
    const e = expectFor<{ toCreate: number; rejectedRows: { row: number; column: string }[] }>('five-percent-bad.xlsx');
    const done = await dryRun('five-percent-bad.xlsx');
    expect(done.toCreate).toBe(e.toCreate);
    expect(done.rejected).toBe(e.rejectedRows.length);
    for (const r of e.rejectedRows) {
      expect(done.errors.some((x) => x.row === r.row && x.column === r.column), `row ${r.row} ${r.column}: ${JSON.stringify(done.errors)}`).toBe(true);
    }
    const wb = await t.request({ method: 'GET', url: `/api/imports/${done.id}/errors.xlsx`, cookie: taishan });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(wb.rawPayload as never);
    expect(book.worksheets[0]!.actualRowCount).toBe(1 + e.rejectedRows.length);

    const refused = await commit(done.id, false);
    expect(refused).toMatchObject({ status: 'validated', created: 0 });
    const written = await commit(done.id, true);
    expect(written).toMatchObject({ status: 'committed', created: e.toCreate });
  });

  it('A1.1 a CSV saved in GBK by LibreOffice is read with the right characters', async () => {
    const e = expectFor<{ toCreate: number; names: string[] }>('gbk.csv');
    const done = await dryRun('gbk.csv');
    expect(done).toMatchObject({ status: 'validated', toCreate: e.toCreate, rejected: 0 });
    expect((await commit(done.id, false)).created).toBe(e.toCreate);
    const found = (await t.request({ method: 'GET', url: `/api/workers?q=${encodeURIComponent(e.names[0]!)}&org=370902`, cookie: taishan })).json();
    expect(found.items.map((w: { name: string }) => w.name)).toContain(e.names[0]);
  });
});
