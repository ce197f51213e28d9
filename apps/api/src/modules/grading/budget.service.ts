// Next year's personnel budget of a county, city or province (A15.1): everyone in post at their grade on
// 1 January of that year under the pack that applies to them, twelve months of pay plus employer
// contributions, and the cost of filling the gap to the standard quota with new entry-level staff.
import { msg } from '@cwp/contracts/messages';
import type { Budget, RulePack } from '@cwp/contracts/grading.contract';
import { resolveNearest } from '@cwp/domain/effective-dated';
import { computeGrade } from '@cwp/domain/grading';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { NO_PUBLISHED_PACK } from './grading.service.ts';
import type { Actor } from '../../security/actor.ts';
import { getStaffing } from '../staffing/staffing.service.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import { publishedPacks } from './grading.queries.ts';
import { payTotalsSql } from './grading-sql.ts';
import { resultRows } from '../stats/stats.queries.ts';

const BUDGET_LEVELS = new Set(['province', 'city', 'county']);
const cents = (x: number) => Math.round(x * 100) / 100;
const yuan = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Who fills a vacancy: a new 社区专职工作人员 without community years, college education, no qualification. */
const NEW_HIRE = { postClass: '其他' as PostClass, communityYears: 0, failedYears: 0, education: '大学专科', certLevel: '无' };

export async function getBudget(opts: { db: Db; actor: Actor; code: string; year: number }): Promise<Budget> {
  const node = await loadStatsNode(opts.db, opts.actor, opts.code);
  if (!BUDGET_LEVELS.has(node.level)) throw new AppError('VALIDATION_FAILED', msg('预算按省、市或县（市、区）编制', 'Budgets are made for a province, city or county'));
  const asOf = `${opts.year}-01-01`;
  const packs = (await publishedPacks(opts.db)).map((r) => ({ orgCode: r.orgCode, effectiveFrom: r.effectiveFrom, value: r.body as RulePack }));
  // The workforce is summed in SQL (grading-sql.ts, the set-based twin of the domain formulas): a province
  // has hundreds of thousands of workers.
  const rows = resultRows<{ workers: number; pay: string; social_insurance: string; housing_fund: string; items: Record<string, string | number | null> }>(
    await opts.db.execute(payTotalsSql(packs.map((p) => ({ orgCode: p.orgCode, effectiveFrom: p.effectiveFrom, pack: p.value })), asOf, node.code)),
  );
  const items = new Map<string, number>();
  let workers = 0;
  let pay = 0;
  let si = 0;
  let hf = 0;
  for (const r of rows) {
    workers += Number(r.workers);
    pay += Number(r.pay) * 12;
    si += Number(r.social_insurance) * 12;
    hf += Number(r.housing_fund) * 12;
    for (const [name, v] of Object.entries(r.items)) items.set(name, (items.get(name) ?? 0) + Number(v ?? 0) * 12);
  }

  const staffing = await getStaffing({ db: opts.db, actor: opts.actor, code: node.code });
  const vacancies = staffing.standardQuota === null ? 0 : Math.max(0, staffing.standardQuota - staffing.headcount);
  const unitPack = resolveNearest(packs, node.code, asOf)?.item.value;
  if (!unitPack) throw new AppError('INVALID_STATE', NO_PUBLISHED_PACK);
  const hireGrade = computeGrade(unitPack.grading, NEW_HIRE);
  const hirePay = computePay(unitPack.pay, { postClass: NEW_HIRE.postClass, grade: hireGrade.grade, postRange: hireGrade.post, certLevel: NEW_HIRE.certLevel, lastResult: null });
  const perHireAnnual = cents((hirePay.monthlyPay + hirePay.employer.total) * 12);
  const gapAnnual = cents(perHireAnnual * vacancies);
  const total = cents(pay + si + hf + gapAnnual);
  const assumption = `按新招录社区专职工作人员（其他岗位、${hireGrade.grade} 级、大专、无社工资格）在“${unitPack.name}”下的月工资 ${yuan(hirePay.monthlyPay)} 元及单位缴费 ${yuan(hirePay.employer.total)} 元测算`;
  return {
    code: node.code,
    name: node.name,
    year: opts.year,
    workers,
    items: [...items].map(([name, annual]) => ({ name, annual: cents(annual) })),
    pay: cents(pay),
    employer: { socialInsurance: cents(si), housingFund: cents(hf) },
    gap: { standardQuota: staffing.standardQuota, headcount: staffing.headcount, vacancies, perHireAnnual, annual: gapAnnual, assumption },
    total,
    explanation: [
      `在岗 ${workers} 人，按 ${asOf} 的社区工作年限、学历和社工资格定级，各自适用所在地区已发布的规则包`,
      `工资 ${yuan(cents(pay))} 元 = 各人月工资 × 12 之和；单位社会保险 ${yuan(cents(si))} 元、住房公积金 ${yuan(cents(hf))} 元`,
      staffing.standardQuota === null
        ? '标准配备数未知（人口数据缺失），不测算缺口'
        : `标准配备 ${staffing.standardQuota} 人，现有 ${staffing.headcount} 人，缺口 ${vacancies} 人 × 每人每年 ${yuan(perHireAnnual)} 元 = ${yuan(gapAnnual)} 元`,
      `合计 ${yuan(total)} 元`,
      '重大任务、抢险救灾、应急处突一线津贴（A12.3）按实际任务随当月工资发放，无法事先按人测算，未列入本预算',
    ],
  };
}
