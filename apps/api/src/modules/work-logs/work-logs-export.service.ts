// The current ledger list (same filters as the page) as a workbook. Residents appear as on screen: name,
// address and the masked phone only. Each export is audited, since it carries residents' addresses.
import ExcelJS from 'exceljs';
import type { LedgerQuery } from '@cwp/contracts/work-logs.contract';
import { msg } from '@cwp/contracts/messages';
import type { ProxyStatus } from '@cwp/domain/work-logs';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as ledger from './ledger.service.ts';

export const LEDGER_KINDS = ['visits', 'pairs', 'proxy-services', 'first-inquiries'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A street's year of visits is a few thousand rows; beyond this the filters should be narrowed. */
const MAX_ROWS = 50_000;

type Col<T> = [header: string, value: (r: T) => string | number | null, width?: number];
const yesNo = (b: boolean) => (b ? '是' : '否');

async function sheetOf(db: Db, actor: Actor, kind: LedgerKind, query: LedgerQuery & { status?: ProxyStatus; overdue?: '0' | '1'; open?: '0' | '1' }) {
  const all = { ...query, page: 1, pageSize: MAX_ROWS + 1 };
  const worker: Col<{ workerName: string; communityName: string }>[] = [
    ['工作者', (r) => r.workerName, 10],
    ['社区', (r) => r.communityName, 18],
  ];
  switch (kind) {
    case 'visits': {
      const r = await ledger.listVisits({ db, actor, query: all });
      const cols: Col<(typeof r.items)[number]>[] = [['走访日期', (x) => x.visitedOn, 12], ...worker, ['网格', (x) => x.gridName, 10], ['住址', (x) => x.address, 28], ['住户', (x) => x.residentName, 10], ['电话（打码）', (x) => x.residentPhone, 14], ['事项', (x) => x.category, 10], ['走访情况', (x) => x.notes, 40], ['需跟进', (x) => yesNo(x.followUp), 8], ['结对走访', (x) => yesNo(x.pairId !== null), 8], ['登记人', (x) => x.recordedBy, 12]];
      return { title: '上门走访', rows: r.items, total: r.total, cols };
    }
    case 'pairs': {
      const r = await ledger.listPairs({ db, actor, query: all });
      const cols: Col<(typeof r.items)[number]>[] = [...worker, ['帮扶对象', (x) => x.personName, 10], ['住址', (x) => x.address, 28], ['类型', (x) => x.needType, 10], ['开始', (x) => x.startedOn, 12], ['结束', (x) => x.endedOn, 12], ['走访次数', (x) => x.visits, 10], ['最近走访', (x) => x.lastVisitOn, 12], ['帮扶内容', (x) => x.notes, 30]];
      return { title: '结对帮扶', rows: r.items, total: r.total, cols };
    }
    case 'proxy-services': {
      const r = await ledger.listProxies({ db, actor, query: all });
      const cols: Col<(typeof r.items)[number]>[] = [['受理日期', (x) => x.acceptedOn, 12], ...worker, ['类别', (x) => x.category, 12], ['代办事项', (x) => x.matter, 30], ['申请人', (x) => x.requesterName, 10], ['住址', (x) => x.requesterAddress, 28], ['状态', (x) => x.status, 8], ['应办结', (x) => x.dueOn, 12], ['超期', (x) => yesNo(x.overdue), 6], ['办结/退回日期', (x) => x.completedOn, 14], ['办理结果', (x) => x.outcome, 30]];
      return { title: '代办服务', rows: r.items, total: r.total, cols };
    }
    case 'first-inquiries': {
      const r = await ledger.listInquiries({ db, actor, query: all });
      const cols: Col<(typeof r.items)[number]>[] = [['接待日期', (x) => x.receivedOn, 12], ['首问责任人', (x) => x.workerName, 10], ['社区', (x) => x.communityName, 18], ['来访人', (x) => x.inquirerName, 10], ['事项', (x) => x.matter, 36], ['办理结果', (x) => x.resolution, 30], ['转交', (x) => x.referredTo, 16], ['办结日期', (x) => x.closedOn, 12]];
      return { title: '首问负责', rows: r.items, total: r.total, cols };
    }
  }
}

export async function exportLedger(opts: { db: Db; actor: Actor; kind: LedgerKind; query: LedgerQuery & { status?: ProxyStatus; overdue?: '0' | '1'; open?: '0' | '1' } }): Promise<{ buffer: Buffer; title: string }> {
  const { db, actor, kind, query } = opts;
  const sheet = await sheetOf(db, actor, kind, query);
  if (sheet.total > MAX_ROWS) throw new AppError('VALIDATION_FAILED', msg('记录超过 5 万条，请缩小单位或日期范围后再导出', 'More than 50,000 rows; narrow the unit or the dates and export again'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.title);
  const period = query.from || query.to ? `（${query.from ?? '…'} 至 ${query.to ?? '…'}）` : '';
  ws.addRow([`${sheet.title}台账 ${query.org}${period}`]).font = { bold: true, size: 14 };
  const cols = sheet.cols as Col<unknown>[];
  ws.addRow(cols.map((c) => c[0])).font = { bold: true };
  for (const r of sheet.rows) ws.addRow(cols.map((c) => c[1](r)));
  cols.forEach((c, i) => (ws.getColumn(i + 1).width = c[2] ?? 12));
  await insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'work_log_export', objectType: 'org_unit', objectId: query.org, outcome: 'success', detail: { kind, rows: sheet.rows.length, from: query.from ?? null, to: query.to ?? null } });
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), title: sheet.title };
}
