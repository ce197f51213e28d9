// Attendance from a workbook (A8): the sign-in sheet a training office keeps, one row per person, matched
// by 公民身份号码 through its blind index. Every row is checked first; nothing is written unless all pass,
// so a clerk fixes the sheet and uploads it again rather than untangling a half-applied one.
import ExcelJS from 'exceljs';
import { and, inArray } from 'drizzle-orm';
import { msg, toEnglish } from '@cwp/contracts/messages';
import type { AttendanceInput } from '@cwp/contracts/training.contract';
import { normalizeIdNumber, parseIdNumber } from '@cwp/domain/id-number';
import type { Db } from '../../db/database.ts';
import { workers } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { getProgramme, recordAttendance } from './programmes.service.ts';
import { enrolledInScope } from './programmes.queries.ts';

const HEADERS = {
  idNumber: ['公民身份号码', '身份证号', '身份证号码'],
  attended: ['是否参加', '出勤', '是否出勤', '参训'],
  hours: ['学时', '线下学时'],
  onlineHours: ['线上学时', '网络学时'],
  result: ['结果', '考核结果', '结业'],
} as const;

const YES = new Set(['是', '参加', '出勤', '已参加', 'Y', 'YES', '√', '1']);
const NO = new Set(['否', '未参加', '缺勤', '缺席', 'N', 'NO', '×', '0']);

type Problem = { row: number; message: string; messageEn: string };
const problem = (row: number, zh: string, en: string): Problem => ({ row, message: msg(zh, en), messageEn: en });

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

function number(s: string): number | null | 'bad' {
  if (s === '') return null;
  const n = Number(s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return Number.isFinite(n) && n >= 0 && n <= 1000 ? n : 'bad';
}

export async function importAttendance(opts: { db: Db; crypto: PiiCrypto; actor: Actor; id: number; file: Buffer | null }) {
  await getProgramme({ db: opts.db, actor: opts.actor, id: opts.id });
  if (!opts.file) throw new AppError('VALIDATION_FAILED', msg('请上传考勤表（.xlsx）', 'Upload the attendance sheet (.xlsx)'));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(opts.file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', msg('文件不是有效的 .xlsx 工作簿', 'The file is not a valid .xlsx workbook'));
  }
  const ws = book.worksheets[0];
  if (!ws) throw new AppError('VALIDATION_FAILED', msg('工作簿中没有工作表', 'The workbook has no sheet'));

  // The header is the first row naming an ID column; titles above it are skipped.
  let headerRow = 0;
  const col: Partial<Record<keyof typeof HEADERS, number>> = {};
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !headerRow; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      const h = text(cell.value).replace(/\s/g, '');
      for (const [key, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, readonly string[]][]) if (names.includes(h) && col[key] === undefined) col[key] = c;
    });
    if (col.idNumber !== undefined) headerRow = r;
    else for (const k of Object.keys(col)) delete col[k as keyof typeof HEADERS];
  }
  if (!headerRow || col.attended === undefined) {
    throw new AppError('VALIDATION_FAILED', msg('表头应包含“公民身份号码”和“是否参加”两列', 'The header needs the columns 公民身份号码 and 是否参加'));
  }

  const problems: Problem[] = [];
  const parsed: { row: number; bidx: string; item: Omit<AttendanceInput['items'][number], 'workerId'> }[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (k: keyof typeof HEADERS) => (col[k] === undefined ? '' : text(row.getCell(col[k]!).value));
    const rawId = get('idNumber');
    if (!rawId && !get('attended')) continue;
    const id = parseIdNumber(normalizeIdNumber(rawId));
    if (!id.ok) {
      problems.push({ row: r, message: `公民身份号码：${id.message}`, messageEn: `ID number: ${id.messageEn}` });
      continue;
    }
    const a = get('attended').toUpperCase();
    const attended = YES.has(a) ? true : NO.has(a) ? false : null;
    if (attended === null) problems.push(problem(r, '“是否参加”应填写“是”或“否”', 'Attended should be 是 or 否'));
    const hours = number(get('hours'));
    const onlineHours = number(get('onlineHours'));
    if (hours === 'bad' || onlineHours === 'bad') problems.push(problem(r, '学时应为 0–1000 之间的数字', 'Hours are a number from 0 to 1000'));
    const result = get('result');
    if (result && result !== '合格' && result !== '不合格') problems.push(problem(r, '结果应填写“合格”或“不合格”，或留空', 'Result should be 合格, 不合格 or empty'));
    if (attended === null || hours === 'bad' || onlineHours === 'bad' || (result && result !== '合格' && result !== '不合格')) continue;
    parsed.push({ row: r, bidx: opts.crypto.blindIndex('id', id.value.idNumber), item: { attended, hours, onlineHours, result: (result || null) as '合格' | '不合格' | null } });
  }

  const bidxs = [...new Set(parsed.map((p) => p.bidx))];
  const found = bidxs.length
    ? await opts.db
        .select({ id: workers.id, bidx: workers.idNumberBidx })
        .from(workers)
        .where(and(inArray(workers.idNumberBidx, bidxs), withinScope(workers.communityCode, opts.actor.scopeCode)))
    : [];
  const byBidx = new Map(found.map((f) => [f.bidx, f.id]));
  const enrolled = await enrolledInScope(opts.db, opts.id, found.map((f) => f.id), opts.actor.scopeCode);
  const seen = new Set<number>();
  const items: AttendanceInput['items'] = [];
  for (const p of parsed) {
    const workerId = byBidx.get(p.bidx);
    if (workerId === undefined || !enrolled.has(workerId)) {
      problems.push(problem(p.row, '该人员未报名本培训，或不在您的数据范围内', 'This person is not enrolled in this programme or is outside your data scope'));
    } else if (seen.has(workerId)) {
      problems.push(problem(p.row, '同一人在表中出现多次', 'The same person appears more than once'));
    } else {
      seen.add(workerId);
      items.push({ workerId, ...p.item });
    }
  }
  const rows = parsed.length + problems.filter((p) => !parsed.some((x) => x.row === p.row)).length;
  problems.sort((a, b) => a.row - b.row);
  if (problems.length || items.length === 0) {
    if (!problems.length) throw new AppError('VALIDATION_FAILED', msg('考勤表中没有数据行', 'The attendance sheet has no data rows'));
    return { rows, written: 0, errors: problems.map((p) => ({ ...p, messageEn: p.messageEn || toEnglish(p.message) })) };
  }
  const { written } = await recordAttendance({ db: opts.db, actor: opts.actor, id: opts.id, input: { items } });
  return { rows, written, errors: [] };
}
