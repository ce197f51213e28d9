// Grades of everyone in post under a unit on a date, computed in one pass: shared by the annual
// advancement (which proposes them) and the pay sheet (which pays the approved ones).
import type { RulePack } from '@cwp/contracts/grading.contract';
import { nearestResolverOn } from '@cwp/domain/effective-dated';
import { communityYears, computeGrade, type GradeResult } from '@cwp/domain/grading';
import type { PostClass } from '@cwp/domain/worker-enums';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { NO_PUBLISHED_PACK } from './grading.service.ts';
import { transfersUnder, workersForAdvancement } from './advancement.queries.ts';
import { higherEducation, servicePeriods, type Moved } from './grade-inputs.ts';
import { publishedPacks } from './grading.queries.ts';

export type InPostWorker = Awaited<ReturnType<typeof workersForAdvancement>>[number];

export interface ComputedGrade {
  worker: InPostWorker;
  pack: RulePack;
  years: number;
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
  return (await workersForAdvancement(db, orgCode)).map((w) => {
    const resolved = packFor(w.communityCode);
    if (!resolved) throw new AppError('INVALID_STATE', NO_PUBLISHED_PACK);
    const pack = resolved.item.value;
    const years = communityYears(servicePeriods(w, moves.get(w.id) ?? []), { asOf, currentProvince: w.communityCode.slice(0, 2), acrossProvinces: pack.grading.yearsAcrossProvinces }).years;
    // Assessments are not recorded yet, so no year is excluded as 不称职.
    const grade = computeGrade(pack.grading, { postClass: w.postClass as PostClass, communityYears: years, failedYears: 0, education: higherEducation(w.education, w.inServiceEducation), certLevel: w.swQualification });
    return { worker: w, pack, years, grade };
  });
}
