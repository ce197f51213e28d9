/**
 * Calls per key (a client address, an API key) in fixed one-minute windows, in process memory. For logins it
 * is the cheap first line in front of the database-backed lockout (modules/auth/login-guard.ts), so a flood
 * of guesses never reaches argon2 or the database; for the open data API it keeps one consuming system from
 * starving the rest. Several API processes each count their own share.
 */
export class PerMinuteLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /**
   * Counts one call. `allowed` is false when the key is over its budget for the current minute;
   * `firstRefusal` marks the one refusal per window worth an audit row (a flood would otherwise fill the log).
   * The budget is passed each time because the security administrator may change it.
   */
  hit(key: string, perMinute: number, now = Date.now()): { allowed: boolean; firstRefusal: boolean } {
    const w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size >= 10_000) this.prune(now);
      this.windows.set(key, { start: now, count: 1 });
      return { allowed: 1 <= perMinute, firstRefusal: false };
    }
    w.count += 1;
    return { allowed: w.count <= perMinute, firstRefusal: w.count === perMinute + 1 };
  }

  /** Whether the key has used its budget for the current minute, without counting a call. */
  exhausted(key: string, perMinute: number, now = Date.now()): boolean {
    const w = this.windows.get(key);
    return !!w && now - w.start < 60_000 && w.count >= perMinute;
  }

  /** Seconds until the key's window ends (for Retry-After). */
  retryAfter(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    return w ? Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000)) : 1;
  }

  private prune(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(k);
  }
}
