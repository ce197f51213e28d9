/**
 * Login attempts per client address in fixed one-minute windows, in process memory: the cheap first line
 * in front of the database-backed lockout (modules/auth/login-guard.ts), so a flood of guesses never reaches
 * argon2 or the database. Several API processes each count their own share; the lockout is shared.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /**
   * Counts one attempt. `allowed` is false when the address is over its budget for the current minute;
   * `firstRefusal` marks the one refusal per window worth an audit row (a flood would otherwise fill the log).
   * The budget is passed each time because the security administrator may change it.
   */
  hit(address: string, perMinute: number, now = Date.now()): { allowed: boolean; firstRefusal: boolean } {
    const w = this.windows.get(address);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size >= 10_000) this.prune(now);
      this.windows.set(address, { start: now, count: 1 });
      return { allowed: 1 <= perMinute, firstRefusal: false };
    }
    w.count += 1;
    return { allowed: w.count <= perMinute, firstRefusal: w.count === perMinute + 1 };
  }

  /** Seconds until the address's window ends (for Retry-After). */
  retryAfter(address: string, now = Date.now()): number {
    const w = this.windows.get(address);
    return w ? Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000)) : 1;
  }

  private prune(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(k);
  }
}
