import type { StatsNode } from '@cwp/contracts/stats.contract';
import { AGE_BANDS } from '@cwp/domain/age';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { enumText } from '../../../i18n/enum-labels.ts';
import type { Lang } from '../../../i18n/i18n-context.tsx';
import { formatCount, formatDecimal, formatShare } from '../../../lib/format.ts';

type IndicatorKey = 'total' | 'averageAge' | 'under35Share' | 'collegeOrAboveShare' | 'partyMemberShare' | 'certifiedShare' | 'oneShoulderShare' | 'communities';

export interface Indicator {
  key: IndicatorKey;
  label: MessageKey;
  format: 'count' | 'age' | 'share';
}

/** The key figures (A16.1), in the order of the KPI cards and of the drill-down table's columns. */
export const INDICATORS: readonly Indicator[] = [
  { key: 'total', label: 'stats.total', format: 'count' },
  { key: 'averageAge', label: 'stats.averageAge', format: 'age' },
  { key: 'under35Share', label: 'stats.under35Share', format: 'share' },
  { key: 'collegeOrAboveShare', label: 'stats.collegeOrAboveShare', format: 'share' },
  { key: 'partyMemberShare', label: 'stats.partyMemberShare', format: 'share' },
  { key: 'certifiedShare', label: 'stats.certifiedShare', format: 'share' },
  { key: 'oneShoulderShare', label: 'stats.oneShoulderShare', format: 'share' },
  { key: 'communities', label: 'stats.communities', format: 'count' },
];

export function indicatorText(node: StatsNode, ind: Indicator): string {
  const v = node[ind.key];
  if (ind.format === 'share') return formatShare(v);
  if (ind.format === 'age') return formatDecimal(v);
  return formatCount(v);
}

type DistributionKey = 'byCategory' | 'byPostClass' | 'byGender' | 'byAgeBand' | 'byEducation' | 'byPoliticalStatus' | 'bySwQualification' | 'bySourceChannel' | 'byStatus';

export interface Distribution {
  key: DistributionKey;
  title: MessageKey;
  chart: 'pie' | 'bar' | 'hbar';
}

/** Which breakdown is drawn how: few parts as pies, long ordered scales as bars. */
export const DISTRIBUTIONS: readonly Distribution[] = [
  { key: 'byCategory', title: 'stats.byCategory', chart: 'pie' },
  { key: 'byPostClass', title: 'stats.byPostClass', chart: 'pie' },
  { key: 'byGender', title: 'stats.byGender', chart: 'pie' },
  { key: 'byAgeBand', title: 'stats.byAgeBand', chart: 'bar' },
  { key: 'byEducation', title: 'stats.byEducation', chart: 'hbar' },
  { key: 'byPoliticalStatus', title: 'stats.byPoliticalStatus', chart: 'hbar' },
  { key: 'bySwQualification', title: 'stats.bySwQualification', chart: 'bar' },
  { key: 'bySourceChannel', title: 'stats.bySourceChannel', chart: 'hbar' },
  { key: 'byStatus', title: 'stats.byStatus', chart: 'pie' },
];

export interface Slice {
  key: string;
  label: string;
  value: number;
}

function sliceLabel(dim: DistributionKey, key: string, lang: Lang): string {
  if (dim === 'byAgeBand') {
    const band = AGE_BANDS.find((b) => b.key === key);
    if (band) return lang === 'en' ? band.en : band.label;
  }
  return enumText(lang, key);
}

/**
 * The API sends every category in canonical order, zeros included. Age bands keep their zeros (a gap
 * in the scale is information); the long code tables (13 political statuses, 11 education levels)
 * would be mostly empty bars, so their zero entries are left out.
 */
export function slicesOf(node: StatsNode, dim: DistributionKey, lang: Lang): Slice[] {
  return Object.entries(node[dim])
    .filter(([, v]) => dim === 'byAgeBand' || v > 0)
    .map(([key, value]) => ({ key, label: sliceLabel(dim, key, lang), value }));
}
