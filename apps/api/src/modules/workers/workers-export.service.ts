import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { msg } from '@cwp/contracts/messages';
import type { ExportWorkersQuery } from '@cwp/contracts/workers.contract';
import { AppError } from '../../errors.ts';
import { ageOn } from '@cwp/domain/age';
import { todayIso } from '@cwp/domain/dates';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../../security/actor.ts';
import * as q from './workers.queries.ts';
import { resolveFilter, type WorkerDeps } from './workers.service.ts';

type ExportColumn = { header: string; width: number; value: (r: q.WorkerRow, names: { street: string; community: string }) => string | number | null };

const COLUMNS: ExportColumn[] = [
  { header: '姓名', width: 10, value: (w) => w.name },
  { header: '公民身份号码', width: 22, value: (w) => w.idNumberMasked },
  { header: '性别', width: 6, value: (w) => w.gender },
  { header: '性别代码', width: 8, value: (w) => w.genderCode },
  { header: '出生日期', width: 12, value: (w) => w.birthDate },
  { header: '年龄', width: 6, value: (w) => ageOn(w.birthDate, todayIso()) },
  { header: '民族', width: 8, value: (w) => w.ethnicity },
  { header: '民族代码', width: 8, value: (w) => w.ethnicityCode },
  { header: '政治面貌', width: 12, value: (w) => w.politicalStatus },
  { header: '政治面貌代码', width: 8, value: (w) => w.politicalStatusCode },
  { header: '全日制学历', width: 10, value: (w) => w.education },
  { header: '学历代码', width: 8, value: (w) => w.educationCode },
  { header: '社会工作职业资格', width: 14, value: (w) => w.swQualification },
  { header: '人员类别', width: 16, value: (w) => w.category },
  { header: '岗位类别', width: 8, value: (w) => w.postClass },
  { header: '职务', width: 22, value: (w) => w.positions.join('、') },
  { header: '所属街道', width: 14, value: (_, n) => n.street },
  { header: '所在社区', width: 20, value: (_, n) => n.community },
  { header: '社区代码', width: 14, value: (w) => w.communityCode },
  { header: '来源渠道', width: 12, value: (w) => w.sourceChannel },
  { header: '参加工作时间', width: 12, value: (w) => w.workStartDate },
  { header: '进入社区工作时间', width: 14, value: (w) => w.communityStartDate },
  { header: '状态', width: 8, value: (w) => w.status },
];

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Streams the roster (花名册) as .xlsx or .csv (UTF-8 with BOM, which Excel and WPS open correctly) through
 * the same scope filter as the list, in keyset pages. Personal numbers are masked unless the role may
 * reveal them and asked to; the export is audited, with its row count, before the first byte leaves.
 */
export async function exportWorkers(opts: WorkerDeps & { actor: Actor; query: ExportWorkersQuery; format: 'xlsx' | 'csv' }): Promise<PassThrough> {
  const { db, crypto, actor, query, format } = opts;
  const full = query.full === '1';
  if (full && !actor.permissions.includes('workers:reveal')) {
    throw new AppError('FORBIDDEN', msg('您的角色无权导出完整的身份证号和电话', 'Your role may not export full ID and phone numbers'));
  }
  const filter = resolveFilter(crypto, actor, query);
  const rows = await q.countWorkers(db, actor, filter);
  await insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_export', objectType: 'worker', outcome: 'success', detail: { rows, org: query.org ?? actor.scopeCode, format, full } });
  const columns = full ? withFullNumbers(crypto) : COLUMNS;
  const header = ['序号', ...columns.map((c) => c.header)];
  const out = new PassThrough();
  const wb = format === 'xlsx' ? new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true }) : null;
  const ws = wb?.addWorksheet('花名册');
  if (ws) {
    ws.columns = header.map((h, i) => ({ header: h, width: i === 0 ? 6 : (columns[i - 1]?.width ?? 12) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
  } else out.write('\ufeff' + header.map(csvCell).join(',') + '\r\n');

  void (async () => {
    let after = 0;
    let n = 0;
    for (;;) {
      const page = await q.listWorkersAfter(db, actor, filter, after, 2000);
      for (const r of page) {
        n += 1;
        const values = [n, ...columns.map((c) => c.value(r.worker, { street: r.streetName, community: r.communityName }))];
        if (ws) ws.addRow(values).commit();
        else out.write(values.map(csvCell).join(',') + '\r\n');
      }
      if (page.length < 2000) break;
      after = page[page.length - 1]!.worker.id;
    }
    if (ws && wb) {
      ws.commit();
      await wb.commit();
    } else out.end();
  })().catch((err) => out.destroy(err as Error));
  return out;
}

function withFullNumbers(crypto: WorkerDeps['crypto']): ExportColumn[] {
  return COLUMNS.map((c) =>
    c.header === '公民身份号码'
      ? { ...c, value: (w: q.WorkerRow) => crypto.decrypt(w.idNumberCipher, w.idNumberKeyId) }
      : c,
  ).concat([{ header: '联系电话', width: 14, value: (w: q.WorkerRow) => (w.phoneCipher && w.phoneKeyId ? crypto.decrypt(w.phoneCipher, w.phoneKeyId) : null) }]);
}
