// Property tests (fast-check) for the spreadsheet importer's cell parsing and row validation (A1.1 批量导入):
// whatever a cell holds — any unicode, numbers at the edges, invalid dates, booleans — each parser returns a
// value or a reason and never throws, and a row is either a valid registration or a list of row errors.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registerWorkerInput } from '@cwp/contracts/workers.contract';
import { IMPORT_COLUMNS, locateHeader, type ImportMode } from './import-columns.ts';
import type { CellValue, SheetRow } from './import-reader.ts';
import { validateImportRow, type CommunityResolution, type ValidateRowContext } from './import-validate.ts';
import { cellText, matchEnum, parseBooleanCell, parseDateCell, parseIdCell, splitMulti } from './import-values.ts';

const FC = { seed: 20261129, numRuns: 1500 } as const;
const TODAY = '2026-06-01';

/** What a spreadsheet cell can hand the importer, biased towards the nasty cases. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...'0123456789-/.年月日号 Xx：:ＴT\u3000\u00A0\u200B'), maxLength: 20 }),
  fc.constantFrom('是', '否', '汉', '党员', '本科', '男', '女', '11010519491231002X', '1985.10', '1900/2/29', '=1+1', '3.70902E+17', ''),
  fc.double(),
  fc.integer({ min: -1e9, max: 3e9 }),
  fc.constantFrom(0, 60, 1985.1, 1985.03, 19850229, 2958465, 2958466, 1e15, 370902198001011230, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.string({ maxLength: 5000 }),
);

describe('import cell parsers under random cells (A1.1)', () => {
  it('dates: a YYYY-MM-DD between 1900 and today + 50 years, or a reason', () => {
    fc.assert(
      fc.property(cell, (v) => {
        const r = parseDateCell(v, TODAY);
        if (r.ok) {
          expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const y = Number(r.value.slice(0, 4));
          expect(y >= 1900 && y <= 2076).toBe(true);
        } else expect(r.reason.length).toBeGreaterThan(0);
      }),
      FC,
    );
  });

  it('ID numbers, enumerations, booleans and lists: a value or a reason, never an exception', () => {
    const allowed = IMPORT_COLUMNS.find((c) => c.key === 'education')!.enumValues!;
    fc.assert(
      fc.property(cell, (v) => {
        const id = parseIdCell(v, TODAY);
        if (id.ok) expect(id.value.idNumber).toMatch(/^\d{17}[\dX]$/);
        else expect(id.reason.length).toBeGreaterThan(0);
        const e = matchEnum(v, allowed);
        if (e.ok) expect(allowed).toContain(e.value);
        else expect(e.reason.length).toBeGreaterThan(0);
        const b = parseBooleanCell(v);
        if (!b.ok) expect(b.reason.length).toBeGreaterThan(0);
        expect(Array.isArray(splitMulti(v))).toBe(true);
        expect(typeof cellText(v)).toBe('string');
      }),
      FC,
    );
  });
});

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);
const located = locateHeader([{ rowNumber: 1, cells: HEADERS }])!;
const resolveCommunity = (codeOrName: string): CommunityResolution =>
  codeOrName === '370902001001' || codeOrName === '上高社区'
    ? { ok: true, communityCode: '370902001001', streetCode: '370902001' }
    : { ok: false, reason: `“${codeOrName}”不在您管辖范围内的社区中` };
const ctx = (mode: ImportMode): ValidateRowContext => ({ mode, today: TODAY, resolveCommunity, headers: located.headers });

const GOOD: Record<string, CellValue> = {
  姓名: '张三', 公民身份号码: '110105198503150019', 民族: '汉族', 政治面貌: '群众', 全日制学历: '本科', 社会工作职业资格: '无',
  人员类别: '社区专职工作人员', 岗位类别: '其他', 职务: '一般工作人员', 所在社区: '370902001001', 来源渠道: '统一招聘',
  原经费来源部门: '区委政法委', 参加工作时间: '2008-07-01', 进入社区工作时间: '2015-03-01',
};
const goodRow = () => HEADERS.map((h) => GOOD[h] ?? null);

function checkRow(cells: CellValue[], mode: ImportMode) {
  const row: SheetRow = { rowNumber: 5, cells };
  const r = validateImportRow(row, located.columns, ctx(mode));
  if (r.ok === 'blank') return r;
  if (r.ok) {
    // The last gate is the registration form's schema: an imported worker is one the form would accept.
    expect(registerWorkerInput.safeParse(r.input).success).toBe(true);
    expect(r.idNumber).toBe(r.parsedId.idNumber);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e.reason.length).toBeGreaterThan(0);
  }
  return r;
}

describe('import row validation under random rows (A1.1, A1.2 网格员转聘)', () => {
  it('a row of random cells is a registration, a list of row errors or blank — never an exception', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: HEADERS.length + 3 }), fc.constantFrom<ImportMode>('normal', 'gridConversion'), (cells, mode) => {
        checkRow(cells, mode);
      }),
      { ...FC, numRuns: 800 },
    );
  });

  it('a valid row with one cell replaced by random content still yields a registration or row errors', () => {
    expect(checkRow(goodRow(), 'normal').ok).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: HEADERS.length - 1 }), cell, fc.constantFrom<ImportMode>('normal', 'gridConversion'), (at, v, mode) => {
        const cells = goodRow();
        cells[at] = v;
        const r = checkRow(cells, mode);
        expect(r.ok).not.toBe('blank');
      }),
      FC,
    );
  });
});
