// The "错误数据" download (A1.1): the uploaded layout with only the rejected rows and a reason
// column, so the clerk fixes those rows and uploads the same file again.
import type { Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import { readSheetRows, type CellValue, type SheetRow } from './import-reader.ts';
import { COLUMN_BY_KEY, locateHeader, type LocatedHeader } from './import-columns.ts';
import { dateToIso, parseDateCell } from './import-values.ts';
import type { RowError } from './import-validate.ts';

const HEADER_SCAN_ROWS = 20;
export const REASON_HEADER = '错误原因';

/** Reasons of one row as one cell; the column is named unless the reason already names it. */
export function formatRowErrors(errors: readonly RowError[]): string {
  return errors.map((e) => (e.column === '' || e.reason.includes(e.column) ? e.reason : `${e.column}：${e.reason}`)).join('；');
}

function textOf(v: CellValue | undefined, kind: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateToIso(v);
  // A serial in a date column would reappear as 31107; show the date it stands for.
  if (typeof v === 'number' && kind === 'date' && Number.isInteger(v)) {
    const d = parseDateCell(v, '2100-01-01');
    if (d.ok && d.precision === 'day') return d.value;
  }
  // String(3.70902e17) gives all 18 digits, never exponent notation below 1e21.
  return String(v);
}

/**
 * Streams the rejected rows of `sourcePath` to `out` (which is ended), keeping the rows
 * above and including the header and adding 错误原因 as the last column.
 */
export async function writeErrorWorkbook(sourcePath: string, errors: Map<number, RowError[]>, out: NodeJS.WritableStream): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as Stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('错误数据');
  const head: SheetRow[] = [];
  let plan: { located: LocatedHeader | null; reasonIndex: number; kinds: (string | undefined)[] } | undefined;

  let written = 0;
  const writeRow = (cells: string[], style?: 'header' | 'title' | 'data', mergeTo?: number) => {
    const row = ws.addRow(cells);
    written += 1;
    if (style === 'header') row.font = { bold: true };
    if (style === 'title') row.font = { bold: true, size: 14 };
    if (style === 'data' && plan) row.getCell(plan.reasonIndex + 1).font = { color: { argb: 'FFC00000' } };
    // The streaming writer only merges cells of a row that is not yet committed.
    if (mergeTo) ws.mergeCells(written, 1, written, mergeTo);
    row.commit();
  };
  const writeData = (row: SheetRow) => {
    const rowErrors = errors.get(row.rowNumber);
    if (!rowErrors || !plan) return;
    const cells = Array.from({ length: plan.reasonIndex }, (_, i) => textOf(row.cells[i], plan!.kinds[i]));
    writeRow([...cells, formatRowErrors(rowErrors)], 'data');
  };
  const start = () => {
    const located = locateHeader(head);
    // Without a recognisable header, every row is data and the reasons go after the widest row.
    const reasonIndex = located ? located.headers.length : Math.max(0, ...head.map((r) => r.cells.length));
    const kinds = located ? Array.from({ length: reasonIndex }, (_, i) => {
      const key = located.columns.get(i);
      return key === undefined ? undefined : COLUMN_BY_KEY.get(key)!.kind;
    }) : [];
    plan = { located, reasonIndex, kinds };
    ws.columns = Array.from({ length: reasonIndex + 1 }, (_, i) => ({ width: i === reasonIndex ? 60 : 16, style: { numFmt: '@' } }));
    const headerIndex = located?.headerIndex ?? -1;
    head.forEach((row, i) => {
      if (i > headerIndex) return writeData(row);
      if (i < headerIndex) {
        const cells = row.cells.map((c) => textOf(c, undefined));
        // A lone title in the first cell was a merged title row; merge it again across the sheet.
        const lone = cells.length === 1 && cells[0] !== '';
        return writeRow(cells, 'title', lone ? reasonIndex + 1 : undefined);
      }
      const cells = Array.from({ length: reasonIndex }, (_, k) => textOf(row.cells[k], undefined));
      writeRow([...cells, REASON_HEADER], 'header');
    });
  };

  for await (const row of readSheetRows(sourcePath)) {
    if (plan) {
      writeData(row);
      continue;
    }
    head.push(row);
    if (head.length >= HEADER_SCAN_ROWS) start();
  }
  if (!plan) start();
  ws.commit();
  await wb.commit();
}
