/**
 * A fixed-window request counter per client address, in this process's memory. The map holds at
 * most `maxClients` addresses: when full, windows that have ended go first, then the oldest, so a
 * flood of spoofed or rotating addresses cannot grow memory without bound.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (for Retry-After). */
  resetSeconds: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    readonly maxClients = 50_000,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  hit(client: string, now = Date.now()): RateDecision {
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(client);
      if (this.windows.size >= this.maxClients) this.evict(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { allowed: window.count <= this.limit, limit: this.limit, remaining: Math.max(0, this.limit - window.count), resetSeconds };
  }

  private evict(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
    // Still full: drop the oldest tenth (a Map iterates in insertion order).
    if (this.windows.size >= this.maxClients) {
      let drop = Math.ceil(this.maxClients / 10);
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}
