// Grades of everyone in post under a unit on a date, computed in one pass: shared by the annual
// advancement (which proposes them), the pay sheet (which pays the approved ones) and the what-if. Published
// assessment results feed them (A10.2): 不称职 years and the latest grade for the performance share.

/** Years assessed 合格/称职 or better: every counted year except the failed ones (北京 年限补贴). */
export const passingYearsOf = (c: { years: number; failedYears: number }) => Math.max(0, c.years - c.failedYears);
import type { RulePack } from '@cwp/contracts/grading.contract';
import { nearestResolverOn } from '@cwp/domain/effective-dated';
import { communityYears, computeGrade, type GradeResult } from '@cwp/domain/grading';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { NO_PUBLISHED_PACK } from './grading.service.ts';
import { transfersUnder, workersForAdvancement } from './advancement.queries.ts';
import { higherEducation, servicePeriods, type Moved } from './grade-inputs.ts';
import { assessmentInputs, assessmentRecords, publishedPacks } from './grading.queries.ts';

export type InPostWorker = Awaited<ReturnType<typeof workersForAdvancement>>[number];

export interface ComputedGrade {
  worker: InPostWorker;
  pack: RulePack;
  /** Community years before any exclusion. */
  years: number;
  /** From published assessment results (A10.2). */
  failedYears: number;
  lastResult: string | null;
  grade: GradeResult;
}

export async function gradesUnder(db: Db, orgCode: string, asOf: string): Promise<ComputedGrade[]> {
  const packs = (await publishedPacks(db)).map((p) => ({ orgCode: p.orgCode, effectiveFrom: p.effectiveFrom, value: p.body as RulePack }));
  const packFor = nearestResolverOn(packs, asOf);
  const moves = new Map<number, Moved[]>();
  for (const t of await transfersUnder(db, orgCode)) {
    const list = moves.get(t.workerId) ?? [];
    list.push({ occurredOn: t.occurredOn, changes: t.changes as Moved['changes'] });
    moves.set(t.workerId, list);
  }
  const results = await assessmentRecords(db, { orgCode }, Number(asOf.slice(0, 4)));
  return (await workersForAdvancement(db, orgCode)).map((w) => {
    const resolved = packFor(w.communityCode);
    if (!resolved) throw new AppError('INVALID_STATE', NO_PUBLISHED_PACK);
    const pack = resolved.item.value;
    const years = communityYears(servicePeriods(w, moves.get(w.id) ?? []), { asOf, currentProvince: w.communityCode.slice(0, 2), acrossProvinces: pack.grading.yearsAcrossProvinces }).years;
    const { failedYears, lastResult } = assessmentInputs(results.get(w.id));
    const grade = computeGrade(pack.grading, { postClass: w.postClass as PostClass, communityYears: years, failedYears, education: higherEducation(w.education, w.inServiceEducation), certLevel: w.swQualification });
    return { worker: w, pack, years, failedYears, lastResult, grade };
  });
}
