import { mkdtemp, rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TEMPLATE_VALIDATED_ROWS, communityChoice, templateColumns, writeImportTemplate } from './import-template.ts';
import { locateHeader } from './import-columns.ts';
import { readSheetRows, type SheetRow } from './import-reader.ts';
import { validateImportRow } from './import-validate.ts';

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };
const validationAt = (ws: ExcelJS.Worksheet, address: string) => (ws as unknown as { dataValidations: Validations }).dataValidations.model[address];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cwp-import-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeImportTemplate (A1.1)', () => {
  const communities = Array.from({ length: 3000 }, (_, i) => ({ code: `230811004${String(i + 1).padStart(3, '0')}`, name: `第${i + 1}社区` }));
  let wb: ExcelJS.Workbook;
  let path: string;
  beforeAll(async () => {
    path = join(dir, 'template.xlsx');
    await writeImportTemplate(path, { mode: 'normal', communities });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  it('has a bold header row with required columns marked, frozen, and no example row', () => {
    const ws = wb.getWorksheet('人员信息')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(templateColumns('normal').map((c) => (['姓名', '公民身份号码', '民族', '政治面貌', '全日制学历', '社会工作职业资格', '人员类别', '岗位类别', '所在社区', '来源渠道', '参加工作时间', '进入社区工作时间'].includes(c.header) ? `${c.header}*` : c.header)));
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.actualRowCount).toBe(1);
  });

  it('formats ID, phone and date columns as text', () => {
    const ws = wb.getWorksheet('人员信息')!;
    const cols = templateColumns('normal');
    for (const key of ['idNumber', 'phone', 'birthDate', 'communityStartDate'] as const) {
      expect(ws.getColumn(cols.findIndex((c) => c.key === key) + 1).numFmt, key).toBe('@');
    }
  });

  it('offers dropdowns for enumerations, long lists from the hidden 选项 sheet, communities from 社区', () => {
    const ws = wb.getWorksheet('人员信息')!;
    const letter = (key: string) => new ExcelJS.Workbook().addWorksheet('x').getColumn(templateColumns('normal').findIndex((c) => c.key === key) + 1).letter;
    expect(validationAt(ws, `${letter('gender')}2`)).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(validationAt(ws, `${letter('ethnicity')}${TEMPLATE_VALIDATED_ROWS + 1}`)).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'选项'!\$[A-Z]\$2:\$[A-Z]\$59$/)] });
    expect(validationAt(ws, `${letter('education')}2`)).toMatchObject({ type: 'list' });
    expect(validationAt(ws, `${letter('livesInCommunity')}2`)).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    // 职务 holds several values: the list is offered but any text is allowed (no error box).
    expect(validationAt(ws, `${letter('positions')}2`)).toMatchObject({ type: 'list' });
    expect(validationAt(ws, `${letter('positions')}2`)!.showErrorMessage).toBeFalsy();
    expect(validationAt(ws, `${letter('education')}2`)!.showErrorMessage).toBe(true);
    expect(validationAt(ws, `${letter('community')}2`)).toMatchObject({ type: 'list', formulae: ["'社区'!$C$2:$C$3001"], errorStyle: 'warning' });
    expect(validationAt(ws, `${letter('name')}2`)).toBeUndefined();

    expect(wb.getWorksheet('选项')!.state).toBe('hidden');
    const com = wb.getWorksheet('社区')!;
    expect(com.state).toBe('hidden');
    expect((com.getRow(2).values as unknown[]).slice(1)).toEqual(['230811004001', '第1社区', communityChoice(communities[0]!)]);
    expect(com.actualRowCount).toBe(3001);
  });

  it('explains every column on 填写说明, with examples and allowed values', () => {
    const notes = wb.getWorksheet('填写说明')!;
    expect((notes.getRow(1).values as unknown[]).slice(1)).toEqual(['列名', '是否必填', '填写说明', '示例', '可选值']);
    const cols = templateColumns('normal');
    cols.forEach((c, i) => expect(notes.getRow(i + 2).getCell(1).value).toBe(c.header));
    const id = notes.getRow(cols.findIndex((c) => c.key === 'idNumber') + 2);
    expect(id.getCell(2).value).toBe('必填');
    expect(id.getCell(4).value).toBe('11010519491231002X');
    const edu = notes.getRow(cols.findIndex((c) => c.key === 'education') + 2);
    expect(String(edu.getCell(5).value)).toContain('大学本科');
  });

  it('is recognised by the importer: a filled-in copy validates (A1.1)', async () => {
    const ws = wb.getWorksheet('人员信息')!;
    const values: Record<string, string> = {
      name: '张三', idNumber: '110105198503150019', ethnicity: '汉族', politicalStatus: '群众', education: '大学本科', swQualification: '无',
      category: '社区专职工作人员', postClass: '其他', community: communityChoice(communities[4]!), sourceChannel: '统一招聘',
      workStartDate: '2008-07-01', communityStartDate: '2015-03-01',
    };
    templateColumns('normal').forEach((c, i) => (ws.getRow(2).getCell(i + 1).value = values[c.key] ?? null));
    const filled = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const rows: SheetRow[] = [];
    for await (const r of readSheetRows(filled)) rows.push(r);
    const h = locateHeader(rows)!;
    expect(h.unknown).toEqual([]);
    expect(h.missingRequired).toEqual([]);
    const r = validateImportRow(rows[1]!, h.columns, {
      mode: 'normal',
      today: '2025-06-30',
      resolveCommunity: (code) => ({ ok: true, communityCode: code, streetCode: code.slice(0, 9) }),
    });
    expect(r).toMatchObject({ ok: true, input: { communityCode: '230811004005' } });
  });
});

describe('grid conversion template (A1.2)', () => {
  it('leaves out the fixed columns, requires 原经费来源部门 and explains the mode', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeImportTemplate(out, { mode: 'gridConversion' });
    expect(out.writableEnded).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('人员信息')!.getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain('人员类别*');
    expect(header).not.toContain('来源渠道*');
    expect(header).toContain('原经费来源部门*');
    expect(header).toContain('岗位类别');
    expect(wb.getWorksheet('社区')).toBeUndefined();
    const notes = wb.getWorksheet('填写说明')!;
    const texts: string[] = [];
    notes.eachRow((r) => texts.push(String(r.getCell(1).value)));
    expect(texts.some((t) => t.includes('网格员转聘（A1.2）'))).toBe(true);
  });
});
