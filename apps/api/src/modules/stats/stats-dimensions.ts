import { ageBandOf, ageOn, birthDateRangeForBand } from '@cwp/domain/age';
import { isOneShoulder } from '@cwp/domain/worker-enums';

/** The facts a worker contributes to the counters; only workers who have not left are counted. */
export interface StatSubject {
  communityCode: string;
  status: string;
  category: string;
  postClass: string;
  gender: string;
  birthDate: string;
  education: string;
  politicalStatus: string;
  swQualification: string;
  sourceChannel: string;
  positions: string[];
}

export interface CounterDelta {
  orgCode: string;
  dim: string;
  value: string;
  n: number;
}

const EPOCH = Date.UTC(1900, 0, 1);
export const EPOCH_SQL = '1900-01-01';
export const daysSinceEpoch = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / 86_400_000);

/** Every node a community counts towards: itself, street, county, city, province, nation (''). */
export function rollupCodes(communityCode: string): string[] {
  return [communityCode, communityCode.slice(0, 9), communityCode.slice(0, 6), communityCode.slice(0, 4), communityCode.slice(0, 2), ''];
}

/** For each age band, the band above it and the latest birth date that already belongs there on `asOf`. */
export function ageBandBoundaries(asOf: string): { band: string; next: string; latestBirth: string }[] {
  const steps = [
    ['under35', '35to44'],
    ['35to44', '45to54'],
    ['45to54', '55plus'],
  ] as const;
  return steps.map(([band, next]) => ({ band, next, latestBirth: birthDateRangeForBand(next, asOf).to! }));
}

export function statPairs(s: StatSubject, asOf: string): [string, string, number][] {
  const band = ageBandOf(ageOn(s.birthDate, asOf))?.key ?? 'under35';
  const pairs: [string, string, number][] = [
    ['total', '', 1],
    ['category', s.category, 1],
    ['postClass', s.postClass, 1],
    ['gender', s.gender, 1],
    ['ageBand', band, 1],
    ['education', s.education, 1],
    ['politicalStatus', s.politicalStatus, 1],
    ['swQualification', s.swQualification, 1],
    ['sourceChannel', s.sourceChannel, 1],
    ['status', s.status, 1],
    ['birthDaysSum', '', daysSinceEpoch(s.birthDate)],
  ];
  if (isOneShoulder(s.positions)) pairs.push(['oneShoulder', 'yes', 1]);
  return pairs;
}

const counted = (s: StatSubject | null): s is StatSubject => !!s && s.status !== '已退出';

/**
 * Net counter changes when a worker goes from `before` to `after` (either may be null): the old facts
 * are subtracted and the new ones added at every level, and pairs that cancel are dropped.
 */
export function workerDeltas(before: StatSubject | null, after: StatSubject | null, asOf: string): CounterDelta[] {
  const deltas: CounterDelta[] = [];
  const add = (s: StatSubject, sign: 1 | -1) => {
    for (const orgCode of rollupCodes(s.communityCode)) {
      for (const [dim, value, n] of statPairs(s, asOf)) deltas.push({ orgCode, dim, value, n: sign * n });
    }
  };
  if (counted(before)) add(before, -1);
  if (counted(after)) add(after, 1);
  return mergeDeltas(deltas);
}

/** Sums deltas of the same (node, dim, value) and drops the ones that cancel out. */
export function mergeDeltas(deltas: CounterDelta[]): CounterDelta[] {
  const acc = new Map<string, CounterDelta>();
  for (const d of deltas) {
    const key = `${d.orgCode}\u0000${d.dim}\u0000${d.value}`;
    const cur = acc.get(key);
    if (cur) cur.n += d.n;
    else acc.set(key, { ...d });
  }
  return [...acc.values()].filter((d) => d.n !== 0);
}
