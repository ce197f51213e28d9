// ExcelJS 4.4's streaming reader turns each inflated chunk of sheet and shared-string XML into text on its
// own (utils/parse-sax.js), so a Chinese character whose UTF-8 bytes straddle a chunk boundary (every
// ~16 KB) comes out as "��" — “副职” read as “副��”. Real registers are mostly Chinese text, so this hits
// almost every file of more than a few hundred rows. The fix here hands ExcelJS text decoded with one
// streaming decoder per XML part, through the two reader methods that receive those parts.
import { TextDecoder } from 'node:util';
import type ExcelJS from 'exceljs';

/** A sheet's XML as text: `source` is what ExcelJS gave (a zip entry iterator or a temp-file stream). */
export interface DecodedXml extends AsyncIterable<string> {
  source: unknown;
}

function decodedXml(source: AsyncIterable<Buffer | string>): DecodedXml {
  return {
    source,
    async *[Symbol.asyncIterator]() {
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const tail = decoder.decode();
      if (tail) yield tail;
    },
  };
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

/** Makes one WorkbookReader decode its sheet and shared-string XML correctly; returns the same reader. */
export function withUtf8Decoding(reader: ExcelJS.stream.xlsx.WorkbookReader): ExcelJS.stream.xlsx.WorkbookReader {
  const r = reader as unknown as ReaderInternals;
  const parseWorksheet = r._parseWorksheet;
  const parseSharedStrings = r._parseSharedStrings;
  if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
    // A new ExcelJS without these methods: the decoding test (import-reader.test.ts) says whether it still needs this.
    throw new Error('ExcelJS WorkbookReader internals changed: review xlsx-utf8.ts');
  }
  r._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, decodedXml(iterator), sheetNo);
  };
  r._parseSharedStrings = function (entry) {
    // A readable stream with an encoding decodes across chunk boundaries itself.
    entry.setEncoding('utf8');
    return parseSharedStrings.call(this, entry);
  };
  return reader;
}
