// 劳动合同 as .xlsx (A12.2): the same scope, unit and filter as the list, every page, for the street's files.
import ExcelJS from 'exceljs';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { CONTRACT_WARNING_DAYS, contractStanding, daysUntil, INSURANCE_ITEMS, INSURANCE_LABELS, type ContractKind } from '@cwp/domain/employment';
import type { Db } from '../../db/database.ts';
import { AppError, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as q from './employment.queries.ts';

const STANDING_LABELS = { not_applicable: '不适用', none: '未签合同', upcoming: '尚未生效', open_ended: '无固定期限', active: '履行中', expiring: '即将到期', expired: '已过期' } as const;
const PAGE = 2000;

/** Builds the workbook in memory: a county has a few thousand serving workers, one row each. */
export async function exportContracts(opts: { db: Db; actor: Actor; org: string; filter?: q.ContractFilter }): Promise<Buffer> {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  const base = { scopeCode: actor.scopeCode, org: opts.org, filter: opts.filter, today, warnUntil: addDaysIso(today, CONTRACT_WARNING_DAYS) };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('劳动合同');
  sheet.columns = [
    { header: '姓名', width: 10 },
    { header: '所在社区', width: 22 },
    { header: '人员类别', width: 16 },
    { header: '用人单位', width: 14 },
    { header: '合同编号', width: 16 },
    { header: '合同类型', width: 12 },
    { header: '开始日期', width: 12 },
    { header: '截止日期', width: 12 },
    { header: '签订日期', width: 12 },
    { header: '剩余天数', width: 9 },
    { header: '合同状态', width: 10 },
    ...INSURANCE_ITEMS.map((k) => ({ header: INSURANCE_LABELS[k], width: 9 })),
    { header: '缴费基数起始月', width: 12 },
    { header: '不适用原因', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  let rows = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await q.listContractStanding(db, { ...base, limit: PAGE, offset });
    for (const r of page) {
      const c = r.contract;
      const standing = contractStanding(c ? { id: c.id, kind: c.kind as ContractKind, startDate: c.startDate, endDate: c.endDate, previousId: c.previousId } : null, today, { applicable: r.terms?.applicable ?? true });
      const applicable = standing !== 'not_applicable';
      sheet.addRow([
        r.w.name,
        r.communityName,
        r.w.category,
        r.employerName ?? '',
        c?.contractNo ?? '',
        c?.kind ?? '',
        c?.startDate ?? '',
        c ? (c.endDate ?? '无固定期限') : '',
        c?.signedOn ?? '',
        c?.endDate ? daysUntil(today, c.endDate) : '',
        STANDING_LABELS[standing],
        ...INSURANCE_ITEMS.map((k) => (!applicable ? '—' : !r.terms ? '未登记' : r.terms[k] ? '已缴' : '未缴')),
        r.terms?.baseMonth ?? '',
        r.terms?.notApplicableReason ?? '',
      ]);
    }
    rows += page.length;
    if (page.length < PAGE) break;
  }
  await auditSuccess(db, actor, 'contracts_export', 'org', opts.org, { rows, filter: opts.filter ?? null });
  return Buffer.from(await book.xlsx.writeBuffer());
}
