// What a registered worker's grade is computed from: service periods across transfers (A4.3) and the
// education that counts. Shared by a worker's grade page and the annual advancement batch.
import { EDUCATION_LEVELS, codeOf } from '@cwp/domain/code-tables';
import type { CommunityPeriod } from '@cwp/domain/grading';

/** Full-time or in-service, whichever is higher (lower GB/T 4658 code), is the education the grade counts. */
export function higherEducation(fullTime: string, inService: string | null): string {
  if (!inService) return fullTime;
  const a = codeOf(EDUCATION_LEVELS, fullTime) ?? '99';
  const b = codeOf(EDUCATION_LEVELS, inService) ?? '99';
  return b < a ? inService : fullTime;
}

export type Moved = { occurredOn: string; changes: { field: string; before: unknown; after: unknown }[] };

/** Community service periods from the registry: the start date, then each transfer in the archive (A4.3). */
export function servicePeriods(w: { communityCode: string; communityStartDate: string; exitDate: string | null }, moves: Moved[]): CommunityPeriod[] {
  const transfers = moves
    .map((m) => ({ on: m.occurredOn, change: m.changes.find((c) => c.field === 'communityCode') }))
    .filter((t): t is { on: string; change: { field: string; before: unknown; after: unknown } } => !!t.change && t.on > w.communityStartDate)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const codeOfSide = (v: unknown) => (v && typeof v === 'object' && 'code' in v ? String((v as { code: unknown }).code) : String(v ?? ''));
  const periods: CommunityPeriod[] = [];
  let from = w.communityStartDate;
  let community = transfers.length ? codeOfSide(transfers[0]!.change.before) : w.communityCode;
  for (const t of transfers) {
    periods.push({ from, to: t.on, province: community.slice(0, 2) });
    from = t.on;
    community = codeOfSide(t.change.after);
  }
  periods.push({ from, to: w.exitDate, province: w.communityCode.slice(0, 2) });
  return periods;
}

