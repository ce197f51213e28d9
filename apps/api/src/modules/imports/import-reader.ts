// Streams the rows of an uploaded .xlsx or .csv without loading the file (A1.1 批量导入): a
// county's register can reach a million rows, so memory must not grow with the file.
import { createReadStream, ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { TextDecoder } from 'node:util';
import ExcelJS from 'exceljs';
import { msg } from '@cwp/contracts/messages';
import { AppError } from '../../errors.ts';
import { withUtf8Decoding, type DecodedXml } from './xlsx-utf8.ts';

export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based physical row, as the spreadsheet shows it (title and header rows included). */
  rowNumber: number;
  /** Cell i is column i+1 (A = 0); trailing empty cells may be missing. */
  cells: CellValue[];
}

export interface ReadSheetOptions {
  signal?: AbortSignal;
}

/**
 * Rows of the first visible worksheet (.xlsx) or of a CSV file in UTF-8 or GB18030.
 * Completely empty rows are skipped, but row numbers still count them.
 */
export async function* readSheetRows(path: string, opts: ReadSheetOptions = {}): AsyncGenerator<SheetRow> {
  const format = await sniffFormat(path);
  if (format === 'xlsx') yield* readXlsxRows(path, opts.signal);
  else yield* readCsvRows(path, opts.signal);
}

async function sniffFormat(path: string): Promise<'xlsx' | 'csv'> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(8);
  try {
    await fh.read(head, 0, 8, 0);
  } finally {
    await fh.close();
  }
  // Uploads land in temp files without a meaningful name, so the bytes decide.
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new AppError('VALIDATION_FAILED', msg('不支持 Excel 97-2003（.xls）格式，请在 Excel 或 WPS 中另存为 .xlsx 后再上传', 'Excel 97-2003 (.xls) files are not supported; save as .xlsx and upload again'));
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new AppError('VALIDATION_FAILED', msg('不支持 Unicode 文本（UTF-16）格式，请另存为 .xlsx 或“CSV UTF-8”后再上传', 'UTF-16 text files are not supported; save as .xlsx or CSV UTF-8'));
  }
  if (['.xlsx', '.xls', '.xlsm'].includes(extname(path).toLowerCase())) {
    throw new AppError('VALIDATION_FAILED', msg('文件已损坏或不是有效的 Excel 文件，请重新另存为 .xlsx 后上传', 'The file is damaged or not a valid Excel file; save it again as .xlsx'));
  }
  return 'csv';
}

// ---- xlsx ----

type ExcelValue = ExcelJS.CellValue | undefined;

/** Plain value of an ExcelJS cell: rich text joined, formulas by their cached result, errors as text. */
function plainValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelValue }).result);
  if ('error' in v) return v.error;
  if ('text' in v) return plainValue(v.text as ExcelValue);
  return null;
}

function isEmptyCell(v: CellValue): boolean {
  return v === null || v === '';
}

interface SheetHandle {
  name?: string;
  state?: string;
  /** The sheet XML (see xlsx-utf8.ts); its source is a temp-file stream when the sheet was deferred. */
  iterator?: DecodedXml;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

const isHidden = (state: string | undefined) => state === 'hidden' || state === 'veryHidden';

/**
 * The data sheet: the first visible one in tab order (our template hides its list sheets).
 * When ExcelJS could not tie the sheet to workbook.xml, fall back to the order of arrival.
 */
function isDataSheet(sheet: SheetHandle, reader: ExcelJS.stream.xlsx.WorkbookReader): boolean {
  const sheets = (reader as unknown as { model?: { sheets?: { name: string; state?: string }[] } }).model?.sheets;
  if (!sheets?.some((s) => s.name === sheet.name)) return !isHidden(sheet.state);
  return sheets.find((s) => !isHidden(s.state))?.name === sheet.name;
}

/** Closes the temp-file stream of a sheet that will not be read. */
function release(sheet: SheetHandle): void {
  if (sheet.iterator?.source instanceof ReadStream) sheet.iterator.source.destroy();
}

/**
 * ExcelJS copies every worksheet that precedes sharedStrings.xml in the zip (Excel's own
 * order) to a temp file and deletes it only after the consumer asks for the next sheet.
 * Asking for all of them, without reading, lets it clean up even when we stopped early.
 */
async function drainSheets(sheets: AsyncIterator<SheetHandle>): Promise<void> {
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) release(next.value);
  } catch {
    // The file is being abandoned; a read error now has nobody to tell.
  }
}

async function* readXlsxRows(path: string, signal: AbortSignal | undefined): AsyncGenerator<SheetRow> {
  const input = createReadStream(path);
  const reader = withUtf8Decoding(
    new ExcelJS.stream.xlsx.WorkbookReader(input, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
      worksheets: 'emit',
    }),
  );
  const sheets = (reader as unknown as AsyncIterable<SheetHandle>)[Symbol.asyncIterator]();
  let current: SheetHandle | undefined;
  let finished = false;
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      if (!isDataSheet(next.value, reader)) {
        release(next.value);
        continue;
      }
      current = next.value;
      for await (const row of current) {
        signal?.throwIfAborted();
        const values = row.values as ExcelValue[];
        const cells: CellValue[] = [];
        let empty = true;
        for (let col = 1; col < values.length; col++) {
          const v = plainValue(values[col]);
          cells.push(v);
          if (!isEmptyCell(v)) empty = false;
        }
        if (!empty) yield { rowNumber: row.number, cells };
      }
      finished = true;
      break;
    }
  } catch (err) {
    if (signal?.aborted || err instanceof AppError) throw err;
    throw Object.assign(
      new AppError('VALIDATION_FAILED', msg('无法读取该 Excel 文件，文件可能已损坏，请重新另存为 .xlsx 后上传', 'The Excel file cannot be read; it may be damaged')),
      { cause: err },
    );
  } finally {
    const deferred = current?.iterator?.source instanceof ReadStream;
    if (current) release(current);
    // A deferred sheet means the whole zip has been read already, so draining only deletes
    // temp files. Otherwise stopping mid-sheet would mean inflating the rest of it: just close.
    if (finished || deferred) void drainSheets(sheets);
    else input.destroy();
  }
}

// ---- csv ----

/** BOM → UTF-8; a sample that decodes as UTF-8 → UTF-8; otherwise the GBK superset GB18030 (WPS, older Excel). */
export function detectCsvEncoding(sample: Buffer): 'utf-8' | 'gb18030' {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
// Excel's own limits; beyond them the file is not a spreadsheet, and usually a quote was never closed.
const MAX_FIELD_CHARS = 32_767 * 4;
const MAX_FIELDS = 16_384;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Saw a quote inside a quoted field: either "" or the closing quote. */
  QuoteInQuoted,
  /** After the closing quote; stray text is kept rather than rejected, as Excel does. */
  AfterQuote,
}

/**
 * RFC 4180 parser fed with decoded text in arbitrary chunks: quoted fields, doubled quotes,
 * CRLF or LF, newlines inside quotes. Complete records are handed to `emit` as they end.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private row: string[] = [];
  private afterCr = false;
  private records = 0;

  constructor(private readonly emit: (fields: string[], recordNumber: number) => void) {}

  push(s: string): void {
    let start = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (this.state === State.Quoted) {
        if (c === QUOTE) {
          this.field += s.slice(start, i);
          this.state = State.QuoteInQuoted;
        }
        continue;
      }
      if (this.state === State.QuoteInQuoted) {
        if (c === QUOTE) {
          this.field += '"';
          this.state = State.Quoted;
          start = i + 1;
          continue;
        }
        this.state = State.AfterQuote;
        start = i;
      }
      if (c === LF && this.afterCr) {
        this.afterCr = false;
        start = i + 1;
        continue;
      }
      this.afterCr = false;
      if (c === COMMA) {
        this.endField(s, start, i);
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.endField(s, start, i);
        this.endRecord();
        this.afterCr = c === CR;
        start = i + 1;
      } else if (this.state === State.FieldStart) {
        if (c === QUOTE) {
          this.state = State.Quoted;
          start = i + 1;
        } else {
          this.state = State.Unquoted;
        }
      }
    }
    if (this.state === State.Quoted || this.state === State.Unquoted || this.state === State.AfterQuote) {
      this.field += s.slice(start);
      if (this.field.length > MAX_FIELD_CHARS) this.tooLong();
    }
  }

  /** Flushes the last record when the file does not end with a newline. */
  end(): void {
    if (this.state !== State.FieldStart || this.row.length > 0) {
      this.endField('', 0, 0);
      this.endRecord();
    }
  }

  private endField(s: string, start: number, end: number): void {
    if (this.state !== State.QuoteInQuoted) this.field += s.slice(start, end);
    this.row.push(this.field);
    if (this.row.length > MAX_FIELDS) this.tooLong();
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(): void {
    this.records += 1;
    const row = this.row;
    this.row = [];
    this.emit(row, this.records);
  }

  private tooLong(): never {
    throw new AppError(
      'VALIDATION_FAILED',
      msg(`CSV 文件第 ${this.records + 1} 行起格式错误：引号没有闭合或单元格内容过长，请检查该行`, `CSV row ${this.records + 1}: unclosed quote or oversized cell`),
    );
  }
}

const EQUALS = 0x3d;
const EXCEL_TEXT = /^="(.*)"$/s;

/** ="110105…" is how exporters keep long numbers as text in CSV; Excel shows just the text. */
function unwrapExcelText(field: string): string {
  const m = EXCEL_TEXT.exec(field);
  return m ? m[1]!.replaceAll('""', '"') : field;
}

async function* readCsvRows(path: string, signal: AbortSignal | undefined): AsyncGenerator<SheetRow> {
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  let decoder: TextDecoder | undefined;
  let ready: SheetRow[] = [];
  const parser = new CsvParser((fields, rowNumber) => {
    if (!fields.some((f) => f !== '')) return;
    for (let i = 0; i < fields.length; i++) if (fields[i]!.charCodeAt(0) === EQUALS) fields[i] = unwrapExcelText(fields[i]!);
    ready.push({ rowNumber, cells: fields });
  });
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      decoder ??= new TextDecoder(detectCsvEncoding(chunk));
      parser.push(decoder.decode(chunk, { stream: true }));
      // Hand over this chunk's rows before reading on, so at most one chunk's worth is held.
      const batch = ready;
      ready = [];
      for (const row of batch) {
        signal?.throwIfAborted();
        yield row;
      }
    }
    if (decoder) parser.push(decoder.decode());
    parser.end();
    yield* ready;
  } finally {
    input.destroy();
  }
}
