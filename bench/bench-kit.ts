// Shared by the benchmark parts: timing, number formatting, and the machine/code lines of a report.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const t0 = performance.now();
export const log = (s: string) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${s}\n`);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
export const int = (n: number) => n.toLocaleString('en-US');

let measuredCode: string | undefined;
/**
 * The code measured: commit, and uncommitted changes outside bench/ and package.json (if any). Remembered
 * from the first call — run.ts calls it at start-up, before anything is loaded — so a commit landing during
 * a long run is not reported as the code that was measured.
 */
export function codeVersion(repoRoot: string): string {
  measuredCode ??= readCodeVersion(repoRoot);
  return measuredCode;
}

function readCodeVersion(repoRoot: string): string {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', '.', ':!bench', ':!package.json').split('\n').filter(Boolean).length;
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted file(s)` : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

export function machineLine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${mb(totalmem())} RAM, Node ${process.version}`;
}

export interface Timing {
  median: number;
  p95: number;
  samples: number[];
}
/** A baseline whose first warm-up run takes longer than this is timed with 1 warm-up and 5 runs. */
export const SLOW_BASELINE_MS = 1000;
export const SLOW_BASELINE_RUNS = 5;
export const WARMUP = 3;
/**
 * Warm-up runs, then `iterations` timed runs; median and p95 by nearest rank. With `adaptive` (baselines
 * only), a GROUP BY that needs seconds per run is timed with fewer runs so the national run stays in minutes;
 * the table shows the number of runs.
 */
export async function timeIt<T>(fn: () => Promise<T>, opts: { iterations: number; adaptive?: boolean }): Promise<{ timing: Timing; last: T }> {
  let s = performance.now();
  let last = await fn();
  const slow = opts.adaptive === true && performance.now() - s > SLOW_BASELINE_MS;
  for (let i = 1; i < (slow ? 1 : WARMUP); i++) last = await fn();
  const samples: number[] = [];
  const runs = slow ? Math.min(opts.iterations, SLOW_BASELINE_RUNS) : opts.iterations;
  for (let i = 0; i < runs; i++) {
    s = performance.now();
    last = await fn();
    samples.push(performance.now() - s);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { timing: { median: at(0.5), p95: at(0.95), samples }, last };
}

/** Key-order-independent JSON, for comparing API payloads with locally presented numbers. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

