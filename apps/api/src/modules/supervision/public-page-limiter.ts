// The public community page is open to anyone, so each client address gets a bounded number of reads per
// window (like the survey's per-client code limit), answered 429 beyond it. Kept in memory: a page read
// leaves no row to count, and a restart forgetting the counts only ever loosens the limit briefly.
export interface PublicPageLimits {
  perClientPerMinute: number;
}
export const PUBLIC_PAGE_LIMITS: PublicPageLimits = { perClientPerMinute: 60 };

/** Sliding one-minute window per client key; old keys are swept so the map cannot grow without bound. */
export class ClientRateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when this hit is allowed (and counts it). */
  allow(key: string): boolean {
    const t = this.now();
    const since = t - 60_000;
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if ((v.at(-1) ?? 0) < since) this.hits.delete(k);
    const recent = (this.hits.get(key) ?? []).filter((x) => x > since);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    return true;
  }
}
