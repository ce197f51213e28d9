// Street re-allocation of full-time staff among its communities — opinion.md A3.2
// (街道统筹调配: by size, population structure and workload, within the quota).
// This only *suggests*; the street decides.

export interface AllocationCommunity {
  code: string;
  /** Households or urban population (use one measure for all communities); null = unknown. */
  weight: number | null;
  /** Multiplies the weight, e.g. 1.2 for a heavy workload. Default 1. */
  workloadFactor?: number;
  /** Workers in post now. */
  current: number;
  /** Every community keeps at least this many. Default 1. */
  minimum?: number;
}

export interface AllocationInput {
  /** Workers to distribute (the street's quota or headcount). */
  total: number;
  communities: readonly AllocationCommunity[];
}

export interface AllocationRow {
  code: string;
  suggested: number;
  current: number;
  /** suggested − current: positive = receives, negative = gives. */
  change: number;
}

export const DEFAULT_ALLOCATION_MINIMUM = 1;

const TIE_EPSILON = 1e-9;

function denoise(x: number): number {
  return Number(x.toPrecision(12));
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

interface Prepared {
  index: number;
  code: string;
  effective: number;
  minimum: number;
}

function prepare(input: AllocationInput): Prepared[] {
  const { total, communities } = input;
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer: ${total}`);
  const seen = new Set<string>();
  for (const c of communities) {
    if (seen.has(c.code)) throw new RangeError(`duplicate community code: ${c.code}`);
    seen.add(c.code);
  }
  const valid = (w: number | null): w is number => w !== null && Number.isFinite(w) && w >= 0;
  const known = communities.map((c) => c.weight).filter(valid);
  const average = known.length > 0 ? known.reduce((s, w) => s + w, 0) / known.length : 1;
  return communities.map((c, index) => {
    const factor = c.workloadFactor ?? 1;
    if (!Number.isFinite(factor) || factor < 0) {
      throw new RangeError(`workloadFactor must be a non-negative number: ${c.code}`);
    }
    const minimum = c.minimum ?? DEFAULT_ALLOCATION_MINIMUM;
    if (!Number.isInteger(minimum) || minimum < 0) {
      throw new RangeError(`minimum must be a non-negative integer: ${c.code}`);
    }
    const weight = valid(c.weight) ? c.weight : average;
    return { index, code: c.code, effective: weight * factor, minimum };
  });
}

/** Not enough workers for every minimum: hand them out one round at a time, biggest communities first. */
function allocateScarce(items: readonly Prepared[], total: number): number[] {
  const alloc = items.map(() => 0);
  const order = [...items].sort((a, b) => b.effective - a.effective || byCode(a, b));
  let left = total;
  while (left > 0) {
    for (const p of order) {
      if (left === 0) break;
      if ((alloc[p.index] ?? 0) < p.minimum) {
        alloc[p.index] = (alloc[p.index] ?? 0) + 1;
        left--;
      }
    }
  }
  return alloc;
}

/** Largest-remainder (Hamilton) apportionment with minimums; sum of the result = total. */
function allocateHamilton(items: readonly Prepared[], total: number): number[] {
  const alloc = items.map(() => 0);
  let active = [...items];
  let seats = total;
  let quotas = new Map<number, number>();
  for (;;) {
    const weightSum = active.reduce((s, p) => s + p.effective, 0);
    const weightOf = (p: Prepared): number => (weightSum > 0 ? p.effective : 1);
    const denominator = weightSum > 0 ? weightSum : active.length;
    quotas = new Map(active.map((p) => [p.index, denoise((seats * weightOf(p)) / denominator)]));
    const bound = active.filter((p) => (quotas.get(p.index) ?? 0) < p.minimum);
    if (bound.length === 0) break;
    for (const p of bound) {
      alloc[p.index] = p.minimum;
      seats -= p.minimum;
    }
    active = active.filter((p) => !bound.includes(p));
  }
  let given = 0;
  const remainders: { p: Prepared; frac: number }[] = [];
  for (const p of active) {
    const q = quotas.get(p.index) ?? 0;
    const floor = Math.floor(q);
    alloc[p.index] = floor;
    given += floor;
    remainders.push({ p, frac: q - floor });
  }
  remainders.sort((a, b) => (Math.abs(a.frac - b.frac) > TIE_EPSILON ? b.frac - a.frac : byCode(a.p, b.p)));
  for (let i = 0; i < seats - given; i++) {
    const r = remainders[i % remainders.length];
    if (r !== undefined) alloc[r.p.index] = (alloc[r.p.index] ?? 0) + 1;
  }
  // Guard against float rounding pushing the floors above `seats`: take back from the smallest remainders.
  for (let i = remainders.length - 1; given > seats && i >= 0; i--) {
    const r = remainders[i];
    if (r !== undefined && (alloc[r.p.index] ?? 0) > r.p.minimum) {
      alloc[r.p.index] = (alloc[r.p.index] ?? 0) - 1;
      given--;
    }
  }
  return alloc;
}

/**
 * Suggests how to spread `total` workers over a street's communities in
 * proportion to weight × workloadFactor, by the largest-remainder (Hamilton)
 * method, ties broken by code.
 *
 * - An unknown (null, negative or non-finite) weight counts as the average of
 *   the known weights; with none known, all weigh the same. All-zero weights
 *   also share equally.
 * - Minimums are honoured: a community whose proportional share is below its
 *   minimum is fixed at the minimum and the rest is re-apportioned among the
 *   others. If the minimums add up to more than `total`, they cannot all be
 *   met: workers go one per round to the heaviest communities first.
 * - The suggestions always add up to `total`. Rows come back in input order.
 */
export function suggestAllocation(input: AllocationInput): AllocationRow[] {
  const items = prepare(input);
  if (items.length === 0) {
    if (input.total === 0) return [];
    throw new RangeError('cannot allocate workers to a street without communities');
  }
  const minimumSum = items.reduce((s, p) => s + p.minimum, 0);
  const alloc = minimumSum > input.total ? allocateScarce(items, input.total) : allocateHamilton(items, input.total);
  return input.communities.map((c, i) => {
    const suggested = alloc[i] ?? 0;
    return { code: c.code, suggested, current: c.current, change: suggested - c.current };
  });
}

export interface Transfer {
  from: string;
  to: string;
  count: number;
}

/**
 * Transfers that turn `current` into `suggested`: repeatedly the largest surplus
 * gives to the largest deficit (ties by code), as much as both allow. This needs
 * at most (communities − 1) transfers and each worker moves at most once.
 * A code missing on one side counts as 0 there. If the two totals differ, only
 * the common part is balanced; the rest is hiring or departure, not a transfer.
 */
export function movesToReach(
  current: readonly { code: string; count: number }[],
  suggested: readonly { code: string; suggested: number }[],
): Transfer[] {
  const diff = new Map<string, number>();
  for (const c of current) diff.set(c.code, (diff.get(c.code) ?? 0) + c.count);
  for (const s of suggested) diff.set(s.code, (diff.get(s.code) ?? 0) - s.suggested);
  const surplus = [...diff].filter(([, d]) => d > 0).map(([code, d]) => ({ code, left: d }));
  const deficit = [...diff].filter(([, d]) => d < 0).map(([code, d]) => ({ code, left: -d }));
  const largest = (list: { code: string; left: number }[]) => {
    let best: { code: string; left: number } | undefined;
    for (const x of list) {
      if (x.left > 0 && (best === undefined || x.left > best.left || (x.left === best.left && x.code < best.code))) {
        best = x;
      }
    }
    return best;
  };
  const moves: Transfer[] = [];
  for (;;) {
    const from = largest(surplus);
    const to = largest(deficit);
    if (from === undefined || to === undefined) break;
    const count = Math.min(from.left, to.left);
    moves.push({ from: from.code, to: to.code, count });
    from.left -= count;
    to.left -= count;
  }
  return moves;
}
