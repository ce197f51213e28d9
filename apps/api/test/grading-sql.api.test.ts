// The set-based SQL twin must give, worker by worker, the grade and pay the domain gives (A4.1, A12.1).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { communityYears, computeGrade } from '@cwp/domain/grading';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import { workersForAdvancement } from '../src/modules/grading/advancement.queries.ts';
import { higherEducation } from '../src/modules/grading/grade-inputs.ts';
import { readShippedPacks } from '../src/modules/grading/grading-packs.ts';
import { gradeAndPaySql } from '../src/modules/grading/grading-sql.ts';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const year = Number(todayIso().slice(0, 4));
/** Published results for a spread of workers: two 不称职 years for some, a latest 不称职 or 优秀 for others. */
const seeded = new Map<number, { failed: number; last: string }>();
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await db.execute(sql`insert into assessment_schemes (id, org_code, year, name, body, status, survey_opens, survey_closes, created_by) values
    (9001, '370902', ${year - 2}, 't', '{}'::jsonb, 'results_published', '2000-01-01', '2000-01-02', 't'),
    (9002, '370902', ${year - 1}, 't', '{}'::jsonb, 'results_published', '2000-01-01', '2000-01-02', 't')`);
  const ids = resultRows<{ id: number }>(await db.execute(sql`select id from workers where status <> '已退出' and id % 3 = 0 order by id`)).map((r) => r.id);
  const rows: string[] = [];
  for (const id of ids) {
    const older = id % 2 === 0 ? '不称职' : '称职';
    const latest = id % 5 === 0 ? '不称职' : id % 7 === 0 ? '优秀' : '称职';
    rows.push(`(9001, ${id}, ${year - 2}, '${older}', ${older === '不称职'}, false, '[]')`, `(9002, ${id}, ${year - 1}, '${latest}', ${latest === '不称职'}, false, '[]')`);
    seeded.set(id, { failed: Number(older === '不称职') + Number(latest === '不称职'), last: latest });
  }
  await db.execute(sql.raw(`insert into assessment_results (scheme_id, worker_id, year, grade, failing, capped, explanation) values ${rows.join(', ')}`));
});
afterAll(() => t.close());

describe('grade and pay in set-based SQL', () => {
  it.each(readShippedPacks().map((p) => [p.id, p] as const))('A4.1 A12.1 A10.2 equals the domain for every demo worker under %s, published assessment results included', async (_id, pack) => {
    const asOf = todayIso();
    const rows = resultRows<{ worker_id: number; grade: number; monthly_pay: string }>(
      await t.database.db.execute(gradeAndPaySql([{ orgCode: '', effectiveFrom: '2000-01-01', pack }], asOf)),
    );
    const bySql = new Map(rows.map((r) => [Number(r.worker_id), { grade: Number(r.grade), pay: Number(r.monthly_pay) }]));
    const workers = await workersForAdvancement(t.database.db, '');
    expect(bySql.size).toBe(workers.length);
    let checked = 0;
    for (const w of workers) {
      const years = communityYears([{ from: w.communityStartDate, to: null, province: w.communityCode.slice(0, 2) }], { asOf, currentProvince: w.communityCode.slice(0, 2), acrossProvinces: false }).years;
      const assessed = seeded.get(w.id);
      const failedYears = assessed?.failed ?? 0;
      const grade = computeGrade(pack.grading, { postClass: w.postClass as PostClass, communityYears: years, failedYears, education: higherEducation(w.education, w.inServiceEducation), certLevel: w.swQualification });
      const pay = computePay(pack.pay, { postClass: w.postClass as PostClass, grade: grade.grade, postRange: grade.post, positions: w.positions, certLevel: w.swQualification, passingYears: Math.max(0, years - failedYears), lastResult: assessed?.last ?? null });
      expect(bySql.get(w.id), `worker ${w.id}`).toEqual({ grade: grade.grade, pay: pay.monthlyPay });
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
