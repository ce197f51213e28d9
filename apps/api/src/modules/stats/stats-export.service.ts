import ExcelJS from 'exceljs';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { AGE_BANDS } from '@cwp/domain/age';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { getChildStats, getStats, getTrend } from './stats.service.ts';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const bandLabel = new Map<string, string>(AGE_BANDS.map((b) => [b.key, b.label]));

/** The columns of the dashboard table, shared by the node row and every child row so both match the screen. */
export function statsColumns(sample: StatsNode): { header: string; value: (s: StatsNode) => string | number | null }[] {
  const cols: { header: string; value: (s: StatsNode) => string | number | null }[] = [
    { header: '单位', value: (s) => s.name },
    { header: '区划代码', value: (s) => s.code || '全国' },
    { header: '人数', value: (s) => s.total },
    { header: '平均年龄', value: (s) => s.averageAge },
    { header: '35岁以下占比(%)', value: (s) => pct(s.under35Share) },
    { header: '大专以上占比(%)', value: (s) => pct(s.collegeOrAboveShare) },
    { header: '党员占比(%)', value: (s) => pct(s.partyMemberShare) },
    { header: '持证率(%)', value: (s) => pct(s.certifiedShare) },
    { header: '社区数', value: (s) => s.communities },
    { header: '一肩挑比例(%)', value: (s) => pct(s.oneShoulderShare) },
    { header: '高校毕业生占比(%)', value: (s) => pct(s.graduatesShare) },
    { header: '退役军人占比(%)', value: (s) => pct(s.veteransShare) },
    { header: '社工专业人才占比(%)', value: (s) => pct(s.swProfessionalsShare) },
    { header: '网格员转聘占比(%)', value: (s) => pct(s.convertedGridShare) },
  ];
  const groups: (keyof StatsNode)[] = ['byCategory', 'byPostClass', 'byGender', 'byAgeBand', 'byEducation', 'byPoliticalStatus', 'bySwQualification', 'bySourceChannel', 'byStatus'];
  for (const key of groups) {
    for (const label of Object.keys(sample[key] as Record<string, number>)) {
      cols.push({ header: bandLabel.get(label) ?? label, value: (s) => (s[key] as Record<string, number>)[label] ?? 0 });
    }
  }
  return cols;
}

/** The dashboard as a workbook: the node and its children with the same columns, and the trend. */
export async function exportStats(opts: { db: Db; actor: Actor; code: string }): Promise<Buffer> {
  const node = await getStats(opts);
  const children = await getChildStats(opts);
  const trend = await getTrend({ ...opts, months: 24 });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('队伍结构');
  const cols = statsColumns(node);
  ws.addRow([`${node.name} 社区工作者队伍结构统计（截至 ${node.asOf}）`]).font = { bold: true, size: 14 };
  ws.addRow(cols.map((c) => c.header)).font = { bold: true };
  ws.addRow(cols.map((c) => c.value(node))).font = { bold: true };
  for (const child of children) ws.addRow(cols.map((c) => c.value(child)));
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 22 : 12));

  const ts = wb.addWorksheet('月度趋势');
  ts.addRow(['期间', '类型', '生成日期', '人数', '平均年龄', '35岁以下占比(%)', '大专以上占比(%)', '持证率(%)', '一肩挑比例(%)']).font = { bold: true };
  for (const p of trend) {
    ts.addRow([p.period, p.kind === 'month_end' ? '月末' : '即时', p.takenOn, p.total, p.averageAge, pct(p.under35Share), pct(p.collegeOrAboveShare), pct(p.certifiedShare), pct(p.oneShoulderShare)]);
  }
  await insertAudit(opts.db, { actorUserId: opts.actor.userId, actorName: opts.actor.username, ip: opts.actor.ip, action: 'stats_export', objectType: 'org_unit', objectId: node.code || 'root', outcome: 'success', detail: { children: children.length } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
