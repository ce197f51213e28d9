import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { CsvParser, detectCsvEncoding, readSheetRows, type SheetRow } from './import-reader.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cwp-import-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(path: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const r of readSheetRows(path)) rows.push(r);
  return rows;
}

describe('readSheetRows: xlsx (A1.1)', () => {
  // ExcelJS 4.4 decodes each inflated chunk on its own; see xlsx-utf8.ts.
  it.each([
    ['shared strings (as Excel saves)', true],
    ['inline strings', false],
  ])('reads Chinese text intact across XML chunk boundaries: %s', async (_label, useSharedStrings) => {
    const path = join(dir, `chinese-${useSharedStrings}.xlsx`);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: false });
    const ws = wb.addWorksheet('花名册');
    const expected: string[][] = [];
    for (let i = 0; i < 4000; i++) {
      // Distinct strings of uneven byte length, so boundaries fall inside characters.
      const row = [`社区工作者${i}号`, `${'党组织副书记、居委会委员'.slice(0, 1 + (i % 11))}${i}`, i % 3 === 0 ? '社区服务站站长' : '副职'];
      expected.push(row);
      ws.addRow(row).commit();
    }
    ws.commit();
    await wb.commit();
    const rows = await readAll(path);
    expect(rows.map((r) => r.cells)).toEqual(expected);
  });

  it('reads the first visible sheet with physical row numbers, plain values and dates', async () => {
    const wb = new ExcelJS.Workbook();
    const hiddenFirst = wb.addWorksheet('旧数据', { state: 'hidden' });
    hiddenFirst.addRow(['不应读取']);
    const ws = wb.addWorksheet('花名册');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = '红旗街道社区工作者花名册';
    ws.addRow(['姓名', '公民身份号码 ', '出生日期', '联系电话（手机）', '内部编号', '进入社区工作时间']);
    ws.addRow(['张三', 370902198001010000, new Date(Date.UTC(1980, 0, 1)), '１３８１２３４５６７８', 'K-1', { formula: 'DATE(2015,3,1)', result: 42064 }]);
    ws.getCell('C3').numFmt = 'yyyy-mm-dd';
    ws.addRow([{ richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] }, '37090219870312108x', 31107, null, 'K-2', '1985.03']);
    ws.getColumn(5).hidden = true;
    // Trailing rows that only carry formatting or empty strings.
    ws.getRow(9).getCell(1).value = '';
    ws.getRow(10).getCell(2).numFmt = '@';
    const path = join(dir, 'roster.xlsx');
    await wb.xlsx.writeFile(path);

    const rows = await readAll(path);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.cells).toEqual(['红旗街道社区工作者花名册']);
    expect(rows[1]!.cells[1]).toBe('公民身份号码 ');
    const [name, id, birth, phone, hidden, start] = rows[2]!.cells;
    expect([name, id, phone, hidden, start]).toEqual(['张三', 370902198001010000, '１３８１２３４５６７８', 'K-1', 42064]);
    expect(birth).toBeInstanceOf(Date);
    expect((birth as Date).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(rows[3]!.cells).toEqual(['李四', '37090219870312108x', 31107, null, 'K-2', '1985.03']);
  });

  it('can be abandoned after the first rows without hanging or leaking errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (let i = 0; i < 500; i++) ws.addRow([`名字${i}`, i]);
    const path = join(dir, 'long.xlsx');
    await wb.xlsx.writeFile(path);
    const seen: number[] = [];
    for await (const r of readSheetRows(path)) {
      seen.push(r.rowNumber);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('leaves no ExcelJS temp files behind, whether read to the end or abandoned', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (let i = 0; i < 2000; i++) ws.addRow([`名字${i}`, i]);
    wb.addWorksheet('选项', { state: 'hidden' }).addRow(['男']);
    const path = join(dir, 'temp-files.xlsx');
    await wb.xlsx.writeFile(path);
    const scratch = await mkdtemp(join(tmpdir(), 'cwp-exceljs-tmp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      expect((await readAll(path)).length).toBe(2000);
      for await (const r of readSheetRows(path)) if (r.rowNumber === 5) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await readdir(scratch)).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('refuses .xls files with a Chinese reason', async () => {
    const path = join(dir, 'old.xls');
    await writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(readAll(path)).rejects.toThrow(/不支持 Excel 97-2003/);
    await expect(readAll(path)).rejects.toBeInstanceOf(AppError);
  });

  it('reports a damaged xlsx instead of hanging', async () => {
    const path = join(dir, 'damaged.xlsx');
    await writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]));
    await expect(readAll(path)).rejects.toThrow('无法读取该 Excel 文件，文件可能已损坏，请重新另存为 .xlsx 后上传');
  });

  it('stops when the signal is aborted', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([['a'], ['b'], ['c']]);
    const path = join(dir, 'abort.xlsx');
    await wb.xlsx.writeFile(path);
    const ac = new AbortController();
    const run = async () => {
      for await (const _ of readSheetRows(path, { signal: ac.signal })) ac.abort();
    };
    await expect(run()).rejects.toThrow();
  });
});

describe('CSV (A1.1)', () => {
  it('detects UTF-8 (with or without BOM) and GB18030', () => {
    expect(detectCsvEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectCsvEncoding(Buffer.from('姓名,张三', 'utf8'))).toBe('utf-8');
    // 张三 in GB18030.
    expect(detectCsvEncoding(Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]))).toBe('gb18030');
    // A UTF-8 character cut off at the end of the sample is still UTF-8.
    expect(detectCsvEncoding(Buffer.from('姓名', 'utf8').subarray(0, 4))).toBe('utf-8');
  });

  it('parses quotes, doubled quotes, CRLF/LF and newlines inside quotes, in any chunking', () => {
    const text = '姓名,备注\r\n"张三","他说""你好"""\r\n李四,"第一行\r\n第二行"\n王五,\n\n,,\n赵六,末行无换行';
    const expected = [
      [['姓名', '备注'], 1],
      [['张三', '他说"你好"'], 2],
      [['李四', '第一行\r\n第二行'], 3],
      [['王五', ''], 4],
      [[''], 5],
      [['', '', ''], 6],
      [['赵六', '末行无换行'], 7],
    ];
    for (const size of [text.length, 1, 2, 3, 7]) {
      const out: unknown[] = [];
      const p = new CsvParser((f, n) => out.push([f, n]));
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size));
      p.end();
      expect(out, `chunk size ${size}`).toEqual(expected);
    }
  });

  it('reads UTF-8 with BOM, skipping blank lines but counting them (A1.1)', async () => {
    const path = join(dir, 'bom.csv');
    const csv = '工作者名单\r\n姓名,身份证号\r\n张三,"110105198503150019"\r\n\r\n李四,3.70902E+17\r\n,,\r\n王五,="37090219870312108X"\r\n';
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
    const rows = await readAll(path);
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['工作者名单'] },
      { rowNumber: 2, cells: ['姓名', '身份证号'] },
      { rowNumber: 3, cells: ['张三', '110105198503150019'] },
      { rowNumber: 5, cells: ['李四', '3.70902E+17'] },
      // ="…" keeps a number as text in exported CSV; Excel shows the text alone.
      { rowNumber: 7, cells: ['王五', '37090219870312108X'] },
    ]);
  });

  it('reads GB18030 as saved by WPS and older Excel', async () => {
    const path = join(dir, 'gbk.csv');
    // '姓名,公民身份号码,性别\r\n张三,11010519491231002X,女\r\n' encoded with iconv -t gb18030.
    const hex =
      'd0d5c3fb2cb9abc3f1c9edb7ddbac5c2eb2cd0d4b1f00d0ad5c5c8fd2c3131303130353139343931323331303032582cc5ae0d0a';
    await writeFile(path, Buffer.from(hex, 'hex'));
    expect(await readAll(path)).toEqual([
      { rowNumber: 1, cells: ['姓名', '公民身份号码', '性别'] },
      { rowNumber: 2, cells: ['张三', '11010519491231002X', '女'] },
    ]);
  });

  it('rejects an unclosed quote instead of buffering the rest of the file', () => {
    const p = new CsvParser(() => {});
    p.push('a,"never closed\n');
    expect(() => {
      for (let i = 0; i < 20; i++) p.push('x'.repeat(10_000));
    }).toThrow(/引号没有闭合/);
  });

  it('keeps memory bounded on a large file (200k rows)', async () => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('姓名,公民身份号码,性别,出生日期,联系电话,所在社区,备注\r\n');
    for (let i = 0; i < 200_000; i++) {
      const line = `张${i},11010519850315${String(i % 1000).padStart(4, '0')},男,1985-03-15,138${String(i).padStart(8, '0')},新城社区,"备注 ""${i}"" 第一行\n第二行"\r\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    global.gc?.();
    const before = process.memoryUsage().rss;
    let count = 0;
    let peak = before;
    for await (const r of readSheetRows(path)) {
      count += 1;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (count === 200_001) expect(r.rowNumber).toBe(200_001);
    }
    expect(count).toBe(200_001);
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  }, 60_000);
});
