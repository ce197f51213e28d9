// Effective-dated configuration (staffing rules, pay schemes, grade sequences…).
// A setting belongs to one org (division short code; '' = national default) and
// applies from `effectiveFrom` (inclusive) until `effectiveTo` (exclusive; null
// or absent = still in force). Dates are 'YYYY-MM-DD' strings; callers pass the
// day to evaluate, so nothing here reads the clock.
import { ancestorCodesOf, shortenCode } from './division-code.ts';
import { compareIsoDates, isValidIsoDate } from './dates.ts';

export interface EffectiveDated<T> {
  /** Division short code (a 12-digit padded code is accepted too); '' = national default. */
  orgCode: string;
  /** Inclusive, 'YYYY-MM-DD'. */
  effectiveFrom: string;
  /** Exclusive, 'YYYY-MM-DD'; null/undefined = open-ended. */
  effectiveTo?: string | null;
  value: T;
  /** Database id; breaks ties between items with the same effectiveFrom (highest wins). */
  id?: number;
}

export interface ResolvedEffective<T> {
  item: EffectiveDated<T>;
  /** The org whose rule applies: the code itself, one of its ancestors, or '' (national). */
  inheritedFrom: string;
}

function assertDate(onDate: string): void {
  if (!isValidIsoDate(onDate)) throw new RangeError(`Invalid ISO date: ${onDate}`);
}

/** Whether the item is in force on `onDate` (from ≤ onDate < to). */
export function isActiveOn(item: EffectiveDated<unknown>, onDate: string): boolean {
  if (compareIsoDates(item.effectiveFrom, onDate) > 0) return false;
  const to = item.effectiveTo ?? null;
  return to === null || compareIsoDates(onDate, to) < 0;
}

/** Positive when `a` should win over `b`: later effectiveFrom, then higher id (a missing id loses). */
function precedence(a: EffectiveDated<unknown>, b: EffectiveDated<unknown>): number {
  const byFrom = compareIsoDates(a.effectiveFrom, b.effectiveFrom);
  if (byFrom !== 0) return byFrom;
  const ia = a.id ?? Number.NEGATIVE_INFINITY;
  const ib = b.id ?? Number.NEGATIVE_INFINITY;
  return ia === ib ? 0 : ia > ib ? 1 : -1;
}

/**
 * The item of exactly `orgCode` (no inheritance) in force on `onDate`. When
 * several overlap, the latest effectiveFrom wins, then the highest id; on a
 * complete tie the later item in the array wins (so appending an edit takes over).
 */
export function activeOn<T>(
  items: readonly EffectiveDated<T>[],
  orgCode: string,
  onDate: string,
): EffectiveDated<T> | null {
  assertDate(onDate);
  const org = shortenCode(orgCode);
  let best: EffectiveDated<T> | null = null;
  for (const item of items) {
    if (shortenCode(item.orgCode) !== org || !isActiveOn(item, onDate)) continue;
    if (best === null || precedence(item, best) >= 0) best = item;
  }
  return best;
}

/** The code itself, then its ancestors nearest first, then '' (national). */
export function inheritanceChainOf(code: string): string[] {
  const self = shortenCode(code);
  if (self === '') return [''];
  return [self, ...ancestorCodesOf(self).reverse(), ''];
}

/**
 * Nearest-ancestor resolution: the first org along `inheritanceChainOf(code)`
 * that has an item in force on `onDate`. A rule not yet effective, or already
 * ended, does not block inheritance from further up.
 */
export function resolveNearest<T>(
  items: readonly EffectiveDated<T>[],
  code: string,
  onDate: string,
): ResolvedEffective<T> | null {
  for (const org of inheritanceChainOf(code)) {
    const item = activeOn(items, org, onDate);
    if (item !== null) return { item, inheritedFrom: org };
  }
  return null;
}

/**
 * `resolveNearest` for many codes on one date: the items are filtered and ranked once, each code's answer
 * is remembered, so resolving a whole tree costs one pass over the items plus one map lookup per code.
 * Answers equal `resolveNearest(items, code, onDate)` for every code.
 */
export function nearestResolverOn<T>(
  items: readonly EffectiveDated<T>[],
  onDate: string,
): (code: string) => ResolvedEffective<T> | null {
  assertDate(onDate);
  const winners = new Map<string, EffectiveDated<T>>();
  for (const item of items) {
    if (!isActiveOn(item, onDate)) continue;
    const org = shortenCode(item.orgCode);
    const best = winners.get(org);
    if (best === undefined || precedence(item, best) >= 0) winners.set(org, item);
  }
  const memo = new Map<string, ResolvedEffective<T> | null>();
  return (code: string) => {
    const cached = memo.get(code);
    if (cached !== undefined) return cached;
    let found: ResolvedEffective<T> | null = null;
    for (const org of inheritanceChainOf(code)) {
      const item = winners.get(org);
      if (item !== undefined) {
        found = { item, inheritedFrom: org };
        break;
      }
    }
    memo.set(code, found);
    return found;
  };
}
