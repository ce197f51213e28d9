/** Figures in tables and cards: one formatting rule for the whole app, '—' for unknown. */

const DASH = '—';

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? DASH : n.toLocaleString('zh-CN');
}

/** A share 0..1 as a percentage with one decimal (0.2809 → 28.1%). */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? DASH : `${(share * 100).toFixed(1)}%`;
}

export function formatDecimal(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined ? DASH : n.toFixed(digits);
}

/** Table sorters treat unknown (null) as lowest so known figures stay together. */
export function compareNullable(a: number | null | undefined, b: number | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a - b;
}
