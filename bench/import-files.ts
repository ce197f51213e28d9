// Roster files for the import benchmark, written the way a county's clerk fills the template: the
// template's Chinese headers, one person per row, dates as YYYY-MM-DD, positions separated by 、, the
// community as its 12-digit code. Both writers stream, so a 1,000,000-row file never sits in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ColumnKey } from '../apps/api/src/modules/imports/import-columns.ts';
import type { BenchPerson } from './generate-people.ts';

/** Exited people are imported as in post: an import registers current staff (exits are a workflow). */
function cellsOf(p: BenchPerson): string[] {
  const f = p.fields;
  const value: Record<ColumnKey, string | null | undefined> = {
    name: f.name,
    idNumber: p.idNumber,
    gender: p.gender,
    birthDate: p.birthDate,
    ethnicity: f.ethnicity,
    phone: p.phone,
    politicalStatus: f.politicalStatus,
    partyJoinDate: f.partyJoinDate,
    education: f.education,
    fullTimeSchool: f.fullTimeSchool,
    fullTimeMajor: f.fullTimeMajor,
    inServiceEducation: f.inServiceEducation,
    inServiceSchool: f.inServiceSchool,
    inServiceMajor: f.inServiceMajor,
    swQualification: f.swQualification,
    swCertNo: f.swCertNo,
    swCertDate: f.swCertDate,
    category: f.category,
    postClass: f.postClass,
    positions: f.positions?.join('、'),
    community: f.communityCode,
    recruitLevel: f.recruitLevel,
    sourceChannel: f.sourceChannel,
    formerFundingDept: f.formerFundingDept,
    workStartDate: f.workStartDate,
    communityStartDate: f.communityStartDate,
    contractStart: f.contractStart,
    contractEnd: f.contractEnd,
    probationEnd: f.probationEnd,
    nativePlace: f.nativePlace,
    livesInCommunity: f.livesInCommunity === undefined || f.livesInCommunity === null ? null : f.livesInCommunity ? '是' : '否',
    status: p.status === '已退出' ? '在岗' : p.status,
  };
  return IMPORT_COLUMNS.map((c) => value[c.key] ?? '');
}

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 CSV with a BOM (as Excel and WPS save "CSV UTF-8"); returns the number of data rows. */
export async function writeImportCsv(path: string, people: Iterable<BenchPerson>): Promise<number> {
  const out = createWriteStream(path);
  let chunk = `\uFEFF${HEADERS.map(csvField).join(',')}\r\n`;
  let n = 0;
  for (const p of people) {
    chunk += `${cellsOf(p).map(csvField).join(',')}\r\n`;
    n++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return n;
}

/** .xlsx through ExcelJS's streaming writer, ID and date cells as text like the template asks. */
export async function writeImportXlsx(path: string, people: Iterable<BenchPerson>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('人员信息');
  ws.addRow(HEADERS).commit();
  let n = 0;
  for (const p of people) {
    ws.addRow(cellsOf(p)).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}
