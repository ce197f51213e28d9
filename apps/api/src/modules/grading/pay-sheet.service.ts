// Monthly pay sheet of a street or county (A12.1): everyone in post, each paid under the pack that applies
// to their community at its approved grade (or, before the first advancement, the computed one), plus
// the front-line allowances recorded for the month (A12.3).
import ExcelJS from 'exceljs';
import { msg } from '@cwp/contracts/messages';
import type { PaySheet } from '@cwp/contracts/grading.contract';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import { monthEnd, specialForMonth } from './special-allowances.service.ts';
import { gradesUnder, passingYearsOf } from './worker-grades.ts';

const SHEET_LEVELS = new Set(['street', 'county']);
const cents = (x: number) => Math.round(x * 100) / 100;

export async function getPaySheet(opts: { db: Db; actor: Actor; code: string; month: string }): Promise<PaySheet> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  if (!SHEET_LEVELS.has(node.level)) throw new AppError('VALIDATION_FAILED', msg('工资表按街道或县（市、区）编制', 'Pay sheets are made for a street or a county'));
  // The unit is in the caller's scope (loadStatsNode), so everything under it is too.
  const special = await specialForMonth(opts.db, node.code, opts.month);
  const columns: string[] = [];
  const totals = { workers: 0, items: {} as Record<string, number>, monthlyPay: 0, socialInsurance: 0, housingFund: 0, employerTotal: 0 };
  const lines = (await gradesUnder(opts.db, node.code, monthEnd(opts.month))).map((c) => {
    const { worker: w, pack, grade } = c;
    const approved = w.grade !== null;
    const g = approved ? w.grade! : grade.grade;
    const pay = computePay(pack.pay, { postClass: w.postClass as PostClass, grade: g, postRange: grade.post, positions: w.positions, certLevel: w.swQualification, passingYears: passingYearsOf(c), lastResult: c.lastResult, special: special.get(w.id) });
    const items: Record<string, number> = {};
    for (const i of pay.items) {
      if (!columns.includes(i.name)) columns.push(i.name);
      items[i.name] = cents((items[i.name] ?? 0) + i.amount);
      totals.items[i.name] = cents((totals.items[i.name] ?? 0) + i.amount);
    }
    totals.workers++;
    totals.monthlyPay = cents(totals.monthlyPay + pay.monthlyPay);
    totals.socialInsurance = cents(totals.socialInsurance + pay.employer.socialInsurance);
    totals.housingFund = cents(totals.housingFund + pay.employer.housingFund);
    return {
      workerId: w.id,
      name: w.name,
      communityName: w.communityName,
      postClass: w.postClass,
      grade: g,
      gradeSource: approved ? ('approved' as const) : ('computed' as const),
      packId: pack.id,
      items,
      monthlyPay: pay.monthlyPay,
      socialInsurance: pay.employer.socialInsurance,
      housingFund: pay.employer.housingFund,
    };
  });
  totals.employerTotal = cents(totals.socialInsurance + totals.housingFund);
  return { code: node.code, name: node.name, month: opts.month, columns, lines, totals };
}

/** The same sheet as a workbook with a totals row; the export is audited. */
export async function exportPaySheet(opts: { db: Db; actor: Actor; code: string; month: string }): Promise<Buffer> {
  const sheet = await getPaySheet(opts);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工资表');
  ws.addRow([`${sheet.name} 社区工作者工资表（${sheet.month}）`]).font = { bold: true, size: 14 };
  ws.addRow(['姓名', '所在社区', '岗位类别', '岗位等级', '等级来源', ...sheet.columns, '应发合计', '单位社会保险', '单位住房公积金']).font = { bold: true };
  for (const l of sheet.lines) {
    ws.addRow([l.name, l.communityName, l.postClass, l.grade, l.gradeSource === 'approved' ? '年度晋级审批' : '按规则测算', ...sheet.columns.map((c) => l.items[c] ?? 0), l.monthlyPay, l.socialInsurance, l.housingFund]);
  }
  ws.addRow(['合计', `${sheet.totals.workers} 人`, '', '', '', ...sheet.columns.map((c) => sheet.totals.items[c] ?? 0), sheet.totals.monthlyPay, sheet.totals.socialInsurance, sheet.totals.housingFund]).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 24 : 12));
  await insertAudit(opts.db, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'paysheet_export', objectType: 'org_unit', objectId: sheet.code, outcome: 'success', detail: { month: sheet.month, workers: sheet.totals.workers } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
