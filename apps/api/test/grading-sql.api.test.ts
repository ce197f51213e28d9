// The set-based SQL twin must give, worker by worker, the grade and pay the domain gives (A4.1, A12.1).
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
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('grade and pay in set-based SQL', () => {
  it.each(readShippedPacks().map((p) => [p.id, p] as const))('A4.1 A12.1 equals the domain for every demo worker under %s', async (_id, pack) => {
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
      const grade = computeGrade(pack.grading, { postClass: w.postClass as PostClass, communityYears: years, failedYears: 0, education: higherEducation(w.education, w.inServiceEducation), certLevel: w.swQualification });
      const pay = computePay(pack.pay, { postClass: w.postClass as PostClass, grade: grade.grade, postRange: grade.post, positions: w.positions, certLevel: w.swQualification, passingYears: grade.countedYears, lastResult: null });
      expect(bySql.get(w.id), `worker ${w.id}`).toEqual({ grade: grade.grade, pay: pay.monthlyPay });
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
