import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readSheetRows, type SheetRow } from './import-reader.ts';
import { locateHeader } from './import-columns.ts';
import { createDuplicateIdTracker, validateImportRow, type CommunityResolution, type ValidateRowContext } from './import-validate.ts';
import { ID_PRECISION_LOST } from './import-values.ts';

const COMMUNITIES: Record<string, { code: string; name: string }> = {
  '230811004005': { code: '230811004005', name: '新城社区' },
  '230811004006': { code: '230811004006', name: '友谊社区' },
};
function resolveCommunity(codeOrName: string): CommunityResolution {
  const c = COMMUNITIES[codeOrName] ?? Object.values(COMMUNITIES).find((x) => x.name === codeOrName);
  if (!c) return { ok: false, reason: `“${codeOrName}”不在您管辖范围内的社区中` };
  return { ok: true, communityCode: c.code, streetCode: c.code.slice(0, 9) };
}
const ctx = (mode: ValidateRowContext['mode'] = 'normal', headers?: string[]): ValidateRowContext => ({ mode, today: '2025-06-30', resolveCommunity, headers });

const HEADERS = [
  '序号', '姓名', '公民身份号码 ', '性别', '出生日期', '民族', '联系电话（手机）', '政治面貌', '入党时间', '学历',
  '人员类别', '岗位类别', '职务', '社区', '来源渠道', '参加工作时间', '进入社区工作时间', '社工证', '证书编号',
];
type Cell = SheetRow['cells'][number];
function person(over: Partial<Record<string, Cell>> = {}): Cell[] {
  const base: Record<string, Cell> = {
    序号: 1, 姓名: '张三', '公民身份号码 ': '110105198503150019', 性别: '男', 出生日期: '1985-03-15', 民族: '汉族',
    '联系电话（手机）': '13812345678', 政治面貌: '群众', 入党时间: null, 学历: '本科', 人员类别: '社区专职工作人员',
    岗位类别: '其他', 职务: '一般工作人员', 社区: '新城社区', 来源渠道: '统一招聘', 参加工作时间: '2008-07-01',
    进入社区工作时间: '2015-03-01', 社工证: '无', 证书编号: null,
  };
  const merged = { ...base, ...over };
  return HEADERS.map((h) => merged[h] ?? null);
}
const located = locateHeader([{ rowNumber: 2, cells: HEADERS }])!;
const check = (cells: Cell[], mode: ValidateRowContext['mode'] = 'normal') =>
  validateImportRow({ rowNumber: 3, cells }, located.columns, ctx(mode, located.headers));

describe('validateImportRow (A1.1)', () => {
  it('turns a tidy row into the input the registration form would send', () => {
    const r = check(person());
    expect(r).toEqual({
      ok: true,
      idNumber: '110105198503150019',
      parsedId: { idNumber: '110105198503150019', addressCode: '110105', birthDate: '1985-03-15', gender: '男', legacyConverted: false },
      input: expect.objectContaining({
        name: '张三', idNumber: '110105198503150019', ethnicity: '汉族', phone: '13812345678', politicalStatus: '群众',
        education: '大学本科', category: '社区专职工作人员', postClass: '其他', positions: ['一般工作人员'],
        streetCode: '230811004', communityCode: '230811004005', sourceChannel: '统一招聘', workStartDate: '2008-07-01',
        communityStartDate: '2015-03-01', swQualification: '无', partyJoinDate: null, swCertNo: null,
      }),
    });
  });

  it('treats rows with nothing in the known columns as blank, even with a 序号', () => {
    expect(check(HEADERS.map((h) => (h === '序号' ? 7 : h === '姓名' ? '  ' : null)))).toEqual({ ok: 'blank' });
  });

  it('names the column as written in the file and gives a Chinese reason for each problem', () => {
    const r = check(person({ '公民身份号码 ': 110105198503150000, 学历: '大学本课', 社区: '幸福社区', 政治面貌: null }));
    expect(r).toEqual({
      ok: false,
      errors: [
        { column: '公民身份号码', reason: ID_PRECISION_LOST },
        { column: '政治面貌', reason: '缺少必填项“政治面貌”' },
        { column: '学历', reason: expect.stringMatching(/^“大学本课”不是可选值，您是否要填“大学本科”？/) },
        { column: '社区', reason: '“幸福社区”不在您管辖范围内的社区中' },
      ],
    });
  });

  it('requires 性别 and 出生日期, when filled, to agree with the ID number', () => {
    const r = check(person({ 性别: '女', 出生日期: '1985-03-16' }));
    expect(r).toEqual({
      ok: false,
      errors: [
        { column: '性别', reason: '性别“女”与公民身份号码不符，按身份证号码应为“男”' },
        { column: '出生日期', reason: '出生日期“1985-03-16”与公民身份号码中的出生日期“1985-03-15”不一致' },
      ],
    });
    // 出生年月 written to the month only is compared by month.
    expect(check(person({ 出生日期: '1985.03' })).ok).toBe(true);
    expect(check(person({ 出生日期: '1985年4月' }))).toMatchObject({ ok: false, errors: [{ reason: '出生日期“1985-04”与公民身份号码中的出生日期“1985-03-15”不一致' }] });
  });

  it('applies the same cross-field rules as the form, mapped back to the file headers', () => {
    const r = check(person({ 政治面貌: '党员', 进入社区工作时间: '2005-01-01' }));
    expect(r).toEqual({
      ok: false,
      errors: [
        { column: '入党时间', reason: '中共党员须填写入党时间' },
        { column: '进入社区工作时间', reason: '进入社区工作时间不能早于参加工作时间' },
      ],
    });
  });

  it('reports cross-field problems together with cell problems', () => {
    const r = check(person({ 社工证: '社工师', 学历: '???' }));
    expect(r).toMatchObject({ ok: false, errors: [{ column: '学历' }, { column: '证书编号', reason: '请填写职业资格证书编号' }] });
  });

  it('defaults 民族 and 社会工作职业资格 only when their columns are absent', () => {
    const headers = ['姓名', '身份证号', '政治面貌', '学历', '人员类别', '岗位类别', '社区', '来源渠道', '参加工作时间', '进入社区工作时间'];
    const h = locateHeader([{ rowNumber: 1, cells: headers }])!;
    const cells = ['李四', '37090219870312108x', '群众', '大专', '居委会专职成员', '副职', '230811004006', '选举', '2010-1-1', '2012年3月'];
    const r = validateImportRow({ rowNumber: 2, cells }, h.columns, ctx());
    expect(r).toMatchObject({
      ok: true,
      idNumber: '37090219870312108X',
      input: { ethnicity: '汉族', swQualification: '无', positions: [], communityCode: '230811004006', communityStartDate: '2012-03-01', sourceChannel: '选举产生' },
    });
    // Present but empty: the cell is required like any other.
    expect(check(person({ 民族: null, 社工证: null }))).toMatchObject({
      ok: false,
      errors: [{ column: '民族', reason: '缺少必填项“民族”' }, { column: '社工证', reason: '缺少必填项“社工证”' }],
    });
  });

  it('reports required columns missing from the whole file on every row', () => {
    const h = locateHeader([{ rowNumber: 1, cells: ['姓名', '身份证号', '政治面貌', '学历', '社区'] }])!;
    const r = validateImportRow({ rowNumber: 2, cells: ['王五', '110105198503150019', '群众', '本科', '新城社区'] }, h.columns, ctx());
    expect(r).toMatchObject({ ok: false, errors: expect.arrayContaining([{ column: '参加工作时间', reason: '缺少必填项“参加工作时间”' }]) });
  });

  it('strips alignment spaces from Chinese names and normalises a full-width phone', () => {
    const r = check(person({ 姓名: '张　三', '联系电话（手机）': '１３８ １２３４ ５６７８' }));
    expect(r).toMatchObject({ ok: true, input: { name: '张三', phone: '13812345678' } });
  });
});

describe('grid staff conversion (A1.2)', () => {
  const gridHeaders = ['姓名', '公民身份号码', '政治面貌', '学历', '所在社区', '参加工作时间', '进入社区工作时间', '原经费来源部门', '人员类别'];
  const h = locateHeader([{ rowNumber: 1, cells: gridHeaders }], { mode: 'gridConversion' })!;
  const run = (cells: Cell[]) => validateImportRow({ rowNumber: 2, cells }, h.columns, ctx('gridConversion', h.headers));

  it('forces category and source, keeps the earlier service dates, defaults post class to 其他', () => {
    const r = run(['赵六', '370902199007200037', '群众', '高中', '新城社区', '2012-05-01', '2016-09-01', '区委政法委', '网格员']);
    expect(r).toMatchObject({
      ok: true,
      input: { category: '社区专职工作人员', sourceChannel: '网格员转聘', postClass: '其他', workStartDate: '2012-05-01', communityStartDate: '2016-09-01', formerFundingDept: '区委政法委' },
    });
  });

  it('requires 原经费来源部门', () => {
    const r = run(['赵六', '370902199007200037', '群众', '高中', '新城社区', '2012-05-01', '2016-09-01', null, null]);
    expect(r).toEqual({ ok: false, errors: [{ column: '原经费来源部门', reason: '网格员转聘须填写原经费来源部门（A1.2）' }] });
  });
});

describe('duplicate IDs inside one file (A1.1)', () => {
  it('names the first row that had the number', () => {
    const t = createDuplicateIdTracker();
    expect(t.check('110105198503150019', 3)).toBeNull();
    expect(t.check('37090219870312108X', 4)).toBeNull();
    expect(t.check('110105198503150019', 9, '身份证号')).toEqual({ column: '身份证号', reason: '公民身份号码与第 3 行重复，同一文件中每人只能出现一次' });
    expect(t.size).toBe(2);
  });
});

describe('a messy workbook end to end (A1.1)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cwp-import-validate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives row numbers as the user sees them, counting title and header rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.mergeCells('A1:L1');
    ws.getCell('A1').value = '红旗街道社区工作者信息表';
    const headers = ['姓名', '公民身份号码 ', '出生日期', '性别', '所在社区', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话（手机）', '来源渠道', '参加工作时间', '进入社区工作时间', '内部备注'];
    ws.addRow(headers);
    const common = ['社区专职工作人员', '其他', '本科', '群众', '１３８１２３４５６７８', '统一招聘'];
    ws.addRow(['张三', '110105198503150019', 31121, '男', '新城社区', ...common, 39630, '2015-3-1', 'x']); // serial dates
    ws.addRow(['李四', 370902198001010000, '1980-01-01', '女', '新城社区', ...common, '2000.07', '2015年3月', 'y']); // ID as number
    ws.addRow(['王五', '37090219870312108x', '1987年3月', '女', '230811004006', ...common, '2008-7-1', '2015-03-01', '']); // lower-case x
    ws.addRow(['赵六', '110105198503150019', '1985-3-15', '男', '新城社区', ...common, '2008-07-01', '2015-03-01', '']); // same ID as row 3
    ws.addRow(['钱七', '230811198808080042', '1988-08-08', '男', '新城社区', ...common, '2010-07-01', '2016-01-01', '']); // wrong gender
    ws.getColumn(14).hidden = true;
    ws.getRow(12).getCell(1).value = '';
    const path = join(dir, 'messy.xlsx');
    await wb.xlsx.writeFile(path);

    const rows: SheetRow[] = [];
    for await (const r of readSheetRows(path)) rows.push(r);
    const h = locateHeader(rows)!;
    expect(h.headerRowNumber).toBe(2);
    expect(h.unknown).toEqual(['内部备注']);
    expect(h.missingRequired).toEqual([]);

    const dup = createDuplicateIdTracker();
    const results: Record<number, unknown> = {};
    for (const row of rows.slice(h.headerIndex + 1)) {
      const r = validateImportRow(row, h.columns, ctx('normal', h.headers));
      if (r.ok === true) {
        const d = dup.check(r.idNumber, row.rowNumber, h.headers[1]);
        results[row.rowNumber] = d ? [d] : [r.input.workStartDate, r.input.communityStartDate, r.input.phone];
      } else if (r.ok === false) {
        results[row.rowNumber] = r.errors;
      }
    }
    expect(results).toEqual({
      3: ['2008-07-01', '2015-03-01', '13812345678'],
      4: [{ column: '公民身份号码', reason: ID_PRECISION_LOST }],
      5: ['2008-07-01', '2015-03-01', '13812345678'],
      6: [{ column: '公民身份号码', reason: '公民身份号码与第 3 行重复，同一文件中每人只能出现一次' }],
      7: [{ column: '性别', reason: '性别“男”与公民身份号码不符，按身份证号码应为“女”' }],
    });
  });
});
