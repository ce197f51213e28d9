import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ListWorkersQuery } from '@cwp/contracts/workers.contract';
import { ageOn } from '@cwp/domain/age';
import { todayIso } from '@cwp/domain/dates';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../../security/actor.ts';
import * as q from './workers.queries.ts';
import { resolveFilter, type WorkerDeps } from './workers.service.ts';

const COLUMNS: { header: string; width: number; value: (r: q.WorkerRow, names: { street: string; community: string }) => string | number | null }[] = [
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

/**
 * Streams the roster (花名册) as .xlsx through the same scope filter as the list, in keyset pages, and
 * audits the export with its row count. Personal numbers stay masked in exports.
 */
export async function exportWorkers(opts: WorkerDeps & { actor: Actor; query: ListWorkersQuery }): Promise<PassThrough> {
  const { db, crypto, actor, query } = opts;
  const filter = resolveFilter(crypto, actor, query);
  // Audited before the first byte leaves, so an export can never go unrecorded.
  const rows = await q.countWorkers(db, actor, filter);
  await insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_export', objectType: 'worker', outcome: 'success', detail: { rows, org: query.org ?? actor.scopeCode } });
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('花名册');
  ws.columns = [{ header: '序号', width: 6 }, ...COLUMNS.map((c) => ({ header: c.header, width: c.width }))];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();

  void (async () => {
    let after = 0;
    let n = 0;
    for (;;) {
      const page = await q.listWorkersAfter(db, actor, filter, after, 2000);
      for (const r of page) {
        n += 1;
        ws.addRow([n, ...COLUMNS.map((c) => c.value(r.worker, { street: r.streetName, community: r.communityName }))]).commit();
      }
      if (page.length < 2000) break;
      after = page[page.length - 1]!.worker.id;
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}
