// The audit administrator's search as .xlsx: every matching record, newest first, streamed in pages.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { msg } from '@cwp/contracts/messages';
import type { AuditFilter } from '@cwp/contracts/audit.contract';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditPageBefore, auditSuccess, listAudit } from './audit.queries.ts';

/** Well under a worksheet's 1,048,576 rows; a bigger search is narrowed by time range instead. */
export const MAX_EXPORT_ROWS = 500_000;
const PAGE = 5000;

const fmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * Counts first (refusing a search too big for one sheet) and writes the export's own audit record, then
 * streams the workbook page by page so memory stays flat whatever the size.
 */
export async function exportAudit(opts: { db: Db; actor: Actor; filter: AuditFilter }): Promise<{ stream: Readable; rows: number }> {
  const { db, actor, filter } = opts;
  const { total } = await listAudit(db, { ...filter, limit: 1, offset: 0 });
  if (total > MAX_EXPORT_ROWS) {
    throw new AppError('VALIDATION_FAILED', msg(`检索结果超过 ${MAX_EXPORT_ROWS} 条，请缩小时间范围后分批导出`, `More than ${MAX_EXPORT_ROWS} records match; narrow the time range and export in parts`));
  }
  await auditSuccess(db, actor, 'audit_export', 'audit_log', 'search', { rows: total, filter });
  const out = new PassThrough();
  void writeWorkbook(db, filter, out).catch((err: unknown) => out.destroy(err as Error));
  return { stream: out, rows: total };
}

async function writeWorkbook(db: Db, filter: AuditFilter, out: PassThrough): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('审计日志');
  sheet.columns = [
    { header: '编号', width: 10 },
    { header: '时间（北京时间）', width: 20 },
    { header: '操作人', width: 14 },
    { header: '来源地址', width: 16 },
    { header: '操作', width: 20 },
    { header: '对象类型', width: 14 },
    { header: '对象编号', width: 12 },
    { header: '结果', width: 8 },
    { header: '详情', width: 60 },
    { header: '链哈希（SM3）', width: 66 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let before: number | null = null;
  for (;;) {
    const page = await auditPageBefore(db, filter, before, PAGE);
    for (const a of page) {
      sheet
        .addRow([a.id, fmt.format(a.at), a.actorName ?? '', a.ip ?? '', a.action, a.objectType ?? '', a.objectId ?? '', a.outcome === 'success' ? '成功' : '失败', a.detail ? JSON.stringify(a.detail) : '', a.hash ?? ''])
        .commit();
    }
    if (page.length < PAGE) break;
    before = page[page.length - 1]!.id;
  }
  sheet.commit();
  await book.commit();
}
