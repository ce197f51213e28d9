import { describe, it, expect } from 'vitest';
import { movesToReach, suggestAllocation, type AllocationCommunity } from './allocation.ts';

/** mulberry32: small deterministic PRNG so the property tests are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const c = (code: string, weight: number | null, extra: Partial<AllocationCommunity> = {}): AllocationCommunity => ({
  code,
  weight,
  current: 0,
  ...extra,
});
const suggested = (rows: { suggested: number }[]) => rows.map((r) => r.suggested);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('suggestAllocation', () => {
  it('A3.2 4 communities with 1200/2400/3600/4800 households and 20 workers → 2/4/6/8', () => {
    const rows = suggestAllocation({
      total: 20,
      communities: [
        c('001', 1200, { current: 5 }),
        c('002', 2400, { current: 5 }),
        c('003', 3600, { current: 5 }),
        c('004', 4800, { current: 5 }),
      ],
    });
    expect(rows).toEqual([
      { code: '001', suggested: 2, current: 5, change: -3 },
      { code: '002', suggested: 4, current: 5, change: -1 },
      { code: '003', suggested: 6, current: 5, change: 1 },
      { code: '004', suggested: 8, current: 5, change: 3 },
    ]);
  });
  it('A3.2 largest remainders get the leftover seats', () => {
    // 1000/2000/3000 over 8 → 1.33/2.67/4 → floors 1/2/4, the seat left goes to 2.67
    expect(suggested(suggestAllocation({ total: 8, communities: [c('a', 1000), c('b', 2000), c('c', 3000)] }))).toEqual([
      1, 3, 4,
    ]);
  });
  it('A3.2 the default minimum of 1 is honoured and the rest re-apportioned', () => {
    // 10000/100/100 over 10 → 9.80/0.098/0.098: the two small ones keep 1, the big one gets 8
    expect(suggested(suggestAllocation({ total: 10, communities: [c('a', 10000), c('b', 100), c('c', 100)] }))).toEqual([
      8, 1, 1,
    ]);
  });
  it('A3.2 a custom minimum is honoured; minimum 0 lets a community get none', () => {
    const rows = suggestAllocation({ total: 10, communities: [c('a', 10000), c('b', 100, { minimum: 3 }), c('c', 100, { minimum: 0 })] });
    expect(suggested(rows)).toEqual([7, 3, 0]);
  });
  it('A3.2 a workload factor raises a community’s share', () => {
    expect(suggested(suggestAllocation({ total: 5, communities: [c('a', 1000, { workloadFactor: 1.5 }), c('b', 1000)] }))).toEqual([3, 2]);
    expect(suggested(suggestAllocation({ total: 10, communities: [c('a', 1000, { workloadFactor: 1.2 }), c('b', 1000)] }))).toEqual([5, 5]);
    expect(suggested(suggestAllocation({ total: 11, communities: [c('a', 1000, { workloadFactor: 1.2 }), c('b', 1000)] }))).toEqual([6, 5]);
  });
  it('A3.2 an unknown weight counts as the average of the known ones', () => {
    // average of 1000 and 3000 = 2000 → same as 1000/2000/3000
    expect(suggested(suggestAllocation({ total: 8, communities: [c('a', 1000), c('b', null), c('c', 3000)] }))).toEqual([1, 3, 4]);
  });
  it('A3.2 with no usable weights everyone shares equally; ties go to the lower code', () => {
    const rows = suggestAllocation({ total: 4, communities: [c('c', null), c('a', null), c('b', null)] });
    expect(rows.map((r) => [r.code, r.suggested])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 1],
    ]);
    expect(suggested(suggestAllocation({ total: 4, communities: [c('c', 0), c('a', 0), c('b', 0)] }))).toEqual([1, 2, 1]);
  });
  it('A3.2 when the minimums exceed the total, the heaviest communities are served first', () => {
    const rows = suggestAllocation({ total: 2, communities: [c('a', 100), c('b', 300), c('c', 200)] });
    expect(suggested(rows)).toEqual([0, 1, 1]);
  });
  it('handles an empty street and rejects bad input', () => {
    expect(suggestAllocation({ total: 0, communities: [] })).toEqual([]);
    expect(() => suggestAllocation({ total: 3, communities: [] })).toThrow(RangeError);
    expect(() => suggestAllocation({ total: 2.5, communities: [c('a', 1)] })).toThrow(RangeError);
    expect(() => suggestAllocation({ total: 2, communities: [c('a', 1), c('a', 2)] })).toThrow(RangeError);
    expect(() => suggestAllocation({ total: 2, communities: [c('a', 1, { minimum: -1 })] })).toThrow(RangeError);
    expect(() => suggestAllocation({ total: 2, communities: [c('a', 1, { workloadFactor: -1 })] })).toThrow(RangeError);
  });

  it('A3.2 the suggestions always add up to the total (seeded random inputs)', () => {
    const rnd = seeded(20240328);
    const int = (n: number) => Math.floor(rnd() * n);
    for (let run = 0; run < 2000; run++) {
      const n = 1 + int(15);
      const communities: AllocationCommunity[] = Array.from({ length: n }, (_, i) => ({
        code: String(100 + ((i * 7) % n)).padStart(3, '0') + String(i),
        weight: rnd() < 0.15 ? null : rnd() < 0.05 ? 0 : 1 + int(20000),
        workloadFactor: rnd() < 0.5 ? undefined : [0.8, 1, 1.2, 1.5, 1.35][int(5)],
        minimum: rnd() < 0.5 ? undefined : int(3),
        current: int(12),
      }));
      const total = int(n * 12);
      const rows = suggestAllocation({ total, communities });
      expect(sum(suggested(rows))).toBe(total);
      const minimumSum = sum(communities.map((x) => x.minimum ?? 1));
      rows.forEach((r, i) => {
        expect(Number.isInteger(r.suggested) && r.suggested >= 0).toBe(true);
        expect(r.change).toBe(r.suggested - r.current);
        if (minimumSum <= total) expect(r.suggested).toBeGreaterThanOrEqual(communities[i]?.minimum ?? 1);
      });
      // deterministic: same input, same output, whatever the input order
      const reversed = suggestAllocation({ total, communities: [...communities].reverse() });
      expect(reversed.reverse()).toEqual(rows);
    }
  });
  it('A3.2 without minimums every suggestion is within one of the exact proportional share', () => {
    const rnd = seeded(7);
    for (let run = 0; run < 500; run++) {
      const n = 1 + Math.floor(rnd() * 10);
      const weights = Array.from({ length: n }, () => 1 + Math.floor(rnd() * 5000));
      const total = Math.floor(rnd() * 100);
      const rows = suggestAllocation({ total, communities: weights.map((w, i) => c(`c${i}`, w, { minimum: 0 })) });
      const w = sum(weights);
      rows.forEach((r, i) => expect(Math.abs(r.suggested - (total * (weights[i] ?? 0)) / w)).toBeLessThan(1));
    }
  });
});

describe('movesToReach', () => {
  const apply = (current: { code: string; count: number }[], moves: ReturnType<typeof movesToReach>) => {
    const m = new Map(current.map((x) => [x.code, x.count]));
    for (const mv of moves) {
      m.set(mv.from, (m.get(mv.from) ?? 0) - mv.count);
      m.set(mv.to, (m.get(mv.to) ?? 0) + mv.count);
    }
    return m;
  };

  it('A3.2 moves from the largest surplus to the largest deficit', () => {
    const current = [
      { code: '001', count: 5 },
      { code: '002', count: 5 },
      { code: '003', count: 5 },
      { code: '004', count: 5 },
    ];
    const target = [
      { code: '001', suggested: 2 },
      { code: '002', suggested: 4 },
      { code: '003', suggested: 6 },
      { code: '004', suggested: 8 },
    ];
    const moves = movesToReach(current, target);
    expect(moves).toEqual([
      { from: '001', to: '004', count: 3 },
      { from: '002', to: '003', count: 1 },
    ]);
    expect([...apply(current, moves)]).toEqual(target.map((t) => [t.code, t.suggested]));
  });
  it('A3.2 nothing to do when already balanced', () => {
    expect(movesToReach([{ code: 'a', count: 3 }], [{ code: 'a', suggested: 3 }])).toEqual([]);
  });
  it('A3.2 a code missing on one side counts as 0; unequal totals are balanced only in part', () => {
    expect(movesToReach([{ code: 'a', count: 2 }], [{ code: 'b', suggested: 2 }])).toEqual([{ from: 'a', to: 'b', count: 2 }]);
    expect(movesToReach([{ code: 'a', count: 5 }, { code: 'b', count: 0 }], [{ code: 'a', suggested: 1 }, { code: 'b', suggested: 2 }])).toEqual([
      { from: 'a', to: 'b', count: 2 },
    ]);
  });
  it('A3.2 moves make current equal suggested (seeded random inputs), in at most n − 1 transfers', () => {
    const rnd = seeded(42);
    for (let run = 0; run < 1000; run++) {
      const n = 1 + Math.floor(rnd() * 12);
      const communities = Array.from({ length: n }, (_, i) => c(`c${i}`, 1 + Math.floor(rnd() * 4000), { current: Math.floor(rnd() * 10) }));
      const current = communities.map((x) => ({ code: x.code, count: x.current }));
      const total = sum(current.map((x) => x.count));
      const rows = suggestAllocation({ total, communities: communities.map((x) => ({ ...x, minimum: 0 })) });
      const moves = movesToReach(current, rows);
      expect(moves.length).toBeLessThanOrEqual(Math.max(0, n - 1));
      for (const mv of moves) {
        expect(mv.count).toBeGreaterThan(0);
        expect(mv.from).not.toBe(mv.to);
      }
      const after = apply(current, moves);
      for (const r of rows) expect(after.get(r.code)).toBe(r.suggested);
    }
  });
});
