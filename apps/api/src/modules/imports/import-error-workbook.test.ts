import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { writeErrorWorkbook, formatRowErrors, REASON_HEADER } from './import-error-workbook.ts';
import { readSheetRows, type SheetRow } from './import-reader.ts';
import { locateHeader } from './import-columns.ts';
import { ID_PRECISION_LOST } from './import-values.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cwp-import-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeTo(path: string, source: string, errors: Map<number, { column: string; reason: string }[]>) {
  const out = createWriteStream(path);
  await Promise.all([writeErrorWorkbook(source, errors, out), once(out, 'close')]);
}

async function rowsOf(path: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const r of readSheetRows(path)) rows.push(r);
  return rows;
}

describe('writeErrorWorkbook (A1.1)', () => {
  it('keeps title and header rows, adds 错误原因 and writes only the rejected rows as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.mergeCells('A1:E1');
    ws.getCell('A1').value = '红旗街道社区工作者信息表';
    ws.addRow(['姓名', '公民身份号码', '出生日期', '联系电话', '所在社区']);
    ws.addRow(['张三', '110105198503150019', '1985-03-15', '13812345678', '新城社区']);
    ws.addRow(['李四', 370902198001010000, new Date(Date.UTC(1980, 0, 1)), 13812345678, '新城社区']);
    ws.addRow(['王五', '37090219870312108x', 31848, '13912345678', '幸福社区', '表头之外的内容']);
    ws.addRow(['赵六', '110105198503150019', '1985-03-15', '13812345678', '新城社区']);
    const source = join(dir, 'source.xlsx');
    await wb.xlsx.writeFile(source);

    const errors = new Map([
      [4, [{ column: '公民身份号码', reason: ID_PRECISION_LOST }]],
      [5, [{ column: '所在社区', reason: '“幸福社区”不在您管辖范围内的社区中' }, { column: '出生日期', reason: '日期不对' }]],
    ]);
    const path = join(dir, 'errors.xlsx');
    await writeTo(path, source, errors);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const sheet = back.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(sheet.actualRowCount).toBe(4);
    expect(sheet.getCell('A1').value).toBe('红旗街道社区工作者信息表');
    expect(sheet.getCell('F1').master.address).toBe('A1');
    expect(values(2)).toEqual(['姓名', '公民身份号码', '出生日期', '联系电话', '所在社区', REASON_HEADER]);
    expect(values(3)).toEqual(['李四', '370902198001010000', '1980-01-01', '13812345678', '新城社区', `公民身份号码：${ID_PRECISION_LOST}`]);
    // The serial in the date column comes back as the date it stands for; text beyond the header is dropped.
    expect(values(4)).toEqual(['王五', '37090219870312108x', '1987-03-12', '13912345678', '幸福社区', '所在社区：“幸福社区”不在您管辖范围内的社区中；出生日期：日期不对']);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);

    // Re-uploading the fixed file finds the same header; the reason column is not a warning.
    const h = locateHeader(await rowsOf(path))!;
    expect(h.headerRowNumber).toBe(2);
    expect(h.unknown).toEqual([]);
  });

  it('works from a CSV source', async () => {
    const source = join(dir, 'source.csv');
    await writeFile(source, '姓名,公民身份号码,性别,社区\r\n张三,110105198503150019,男,新城社区\r\n李四,11010519850315001,女,新城社区\r\n');
    const path = join(dir, 'errors-csv.xlsx');
    await writeTo(path, source, new Map([[3, [{ column: '公民身份号码', reason: '身份号码应为 18 位（或旧版 15 位），当前为 17 位' }]]]));
    const rows = await rowsOf(path);
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['姓名', '公民身份号码', '性别', '社区', REASON_HEADER] },
      { rowNumber: 2, cells: ['李四', '11010519850315001', '女', '新城社区', '公民身份号码：身份号码应为 18 位（或旧版 15 位），当前为 17 位'] },
    ]);
  });

  it('names the column in each reason unless the reason already does', () => {
    expect(formatRowErrors([{ column: '民族', reason: '缺少必填项“民族”' }, { column: '学历', reason: '“x”不是可选值' }])).toBe('缺少必填项“民族”；学历：“x”不是可选值');
  });
});
