import type { StatsNode, StatsTrendPoint } from '@cwp/contracts/stats.contract';
import { EDUCATION_LEVEL_LABELS, isCollegeOrAbove, isCpcMember, POLITICAL_STATUS_LABELS, WORKER_GENDERS } from '@cwp/domain/code-tables';
import { AGE_BAND_KEYS } from '@cwp/domain/age';
import { POST_CLASSES, SOURCE_CHANNELS, SW_QUALIFICATIONS, WORKER_CATEGORIES, ACTIVE_WORKER_STATUSES } from '@cwp/domain/worker-enums';
import { daysSinceEpoch } from './stats-dimensions.ts';

export type CounterMap = Map<string, number>;

export function counterMap(rows: { dim: string; value: string; n: number }[]): CounterMap {
  const m = new Map<string, number>();
  for (const r of rows) m.set(`${r.dim}:${r.value}`, (m.get(`${r.dim}:${r.value}`) ?? 0) + Number(r.n));
  return m;
}

const get = (m: CounterMap, dim: string, value = '') => m.get(`${dim}:${value}`) ?? 0;
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null);

function byDim(m: CounterMap, dim: string, labels: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of labels) out[l] = get(m, dim, l);
  // Values outside the known list (older data) still show rather than vanish from the totals.
  for (const [key, n] of m) {
    const [d, v] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (d === dim && !(v in out) && n !== 0) out[v] = n;
  }
  return out;
}

/** Turns a node's counters into the dashboard numbers; the same maths serves snapshots and live data. */
export function presentStats(node: { code: string; name: string; level: string }, m: CounterMap, asOf: string): StatsNode {
  const total = get(m, 'total');
  const education = byDim(m, 'education', EDUCATION_LEVEL_LABELS);
  const political = byDim(m, 'politicalStatus', POLITICAL_STATUS_LABELS);
  const sw = byDim(m, 'swQualification', SW_QUALIFICATIONS);
  const source = byDim(m, 'sourceChannel', SOURCE_CHANNELS);
  const ageBand = byDim(m, 'ageBand', AGE_BAND_KEYS);
  const communities = get(m, 'communities');
  const oneShoulder = get(m, 'oneShoulder', 'yes');
  const sumOf = (rec: Record<string, number>, pick: (k: string) => boolean) => Object.entries(rec).reduce((s, [k, n]) => s + (pick(k) ? n : 0), 0);
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    asOf,
    total,
    byCategory: byDim(m, 'category', WORKER_CATEGORIES),
    byPostClass: byDim(m, 'postClass', POST_CLASSES),
    byGender: byDim(m, 'gender', WORKER_GENDERS),
    byAgeBand: ageBand,
    byEducation: education,
    byPoliticalStatus: political,
    bySwQualification: sw,
    bySourceChannel: source,
    byStatus: byDim(m, 'status', ACTIVE_WORKER_STATUSES),
    averageAge: total > 0 ? Math.round(((daysSinceEpoch(asOf) - get(m, 'birthDaysSum') / total) / 365.2425) * 10) / 10 : null,
    under35Share: share(ageBand['under35'] ?? 0, total),
    collegeOrAboveShare: share(sumOf(education, isCollegeOrAbove), total),
    partyMemberShare: share(sumOf(political, isCpcMember), total),
    certifiedShare: share(total - (sw['无'] ?? 0), total),
    graduatesShare: share(source['高校毕业生'] ?? 0, total),
    veteransShare: share(source['退役军人'] ?? 0, total),
    swProfessionalsShare: share(source['社会工作专业人才'] ?? 0, total),
    convertedGridShare: share(source['网格员转聘'] ?? 0, total),
    communities,
    oneShoulderCommunities: oneShoulder,
    oneShoulderShare: share(oneShoulder, communities),
  };
}

export function presentTrendPoint(p: { period: string; kind: string; takenOn: string; data: unknown }): StatsTrendPoint {
  const m: CounterMap = new Map(Object.entries((p.data ?? {}) as Record<string, number>).map(([k, v]) => [k, Number(v)]));
  const s = presentStats({ code: '', name: '', level: '' }, m, p.takenOn);
  return {
    period: p.period,
    kind: p.kind as StatsTrendPoint['kind'],
    takenOn: p.takenOn,
    total: s.total,
    averageAge: s.averageAge,
    under35Share: s.under35Share,
    collegeOrAboveShare: s.collegeOrAboveShare,
    certifiedShare: s.certifiedShare,
    oneShoulderShare: s.oneShoulderShare,
  };
}
