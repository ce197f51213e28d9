// The monthly attendance sheet as a workbook (A9.2): one row per worker, one column per day with the status
// code, then the totals; audited before it is returned.
import ExcelJS from 'exceljs';
import { isoWeekday } from '@cwp/domain/attendance';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { attendanceSheet } from './attendance.service.ts';

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];
const TOTALS = [
  ['出勤天数', 'attended'],
  ['迟到', 'late'],
  ['早退', 'early'],
  ['缺卡', 'missing'],
  ['旷工', 'absent'],
  ['请假天数', 'leave'],
] as const;

export async function exportAttendanceSheet(opts: { db: Db; actor: Actor; org: string; month: string }): Promise<{ buffer: Buffer; fileName: string }> {
  const sheet = await attendanceSheet(opts);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`考勤表 ${sheet.month}`);
  ws.addRow([`${sheet.communityName} ${sheet.month} 考勤表`]).font = { bold: true, size: 14 };
  const header = ['序号', '姓名', ...sheet.dates.map((d) => `${Number(d.slice(8))}日(${WEEKDAY[isoWeekday(d)]})`), ...TOTALS.map(([h]) => h)];
  const headRow = ws.addRow(header);
  headRow.font = { bold: true };
  sheet.rows.forEach((r, i) => ws.addRow([i + 1, r.workerName, ...r.codes.map((c) => c ?? ''), ...TOTALS.map(([, k]) => r.totals[k])]));
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 10;
  for (let c = 3; c < 3 + sheet.dates.length; c++) ws.getColumn(c).width = 8;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await auditSuccess(opts.db, opts.actor, 'attendance_export', 'org_unit', sheet.communityCode, { month: sheet.month, rows: sheet.rows.length });
  return { buffer, fileName: `考勤表-${sheet.communityName}-${sheet.month}.xlsx` };
}
