import { createReadStream } from 'node:fs';
import unzipper from 'unzipper';

/**
 * A quick row count for the progress bar, without parsing: newlines of a CSV, or the `<dimension>` an
 * .xlsx sheet declares in its first bytes. Null when the file does not say.
 */
export async function estimateRowCount(path: string): Promise<number | null> {
  if (/\.xlsx$/i.test(path)) return xlsxDimensionRows(path);
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? lines : lines + 1;
}

async function xlsxDimensionRows(path: string): Promise<number | null> {
  const dir = await unzipper.Open.file(path);
  const sheet = dir.files.find((f) => /^xl\/worksheets\/sheet\d*\.xml$/.test(f.path));
  if (!sheet) return null;
  let head = '';
  for await (const chunk of sheet.stream() as AsyncIterable<Buffer>) {
    head += chunk.toString('utf8');
    if (head.length > 4096) break;
  }
  const m = /<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head);
  return m ? Number(m[1] ?? 1) : null;
}
