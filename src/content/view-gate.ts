import { isIPv6 } from 'node:net';

/**
 * Which view-counter hits count. Without it, one client in a loop could buy a place in "most read".
 * A client (an IPv4 address, or an IPv6 /64, which one household gets whole) counts once per
 * article and at most `perClient` articles per window. Memory stays bounded: two generations of
 * tables (this window and the last) of at most `maxClients` clients each; past that, unknown
 * clients share one overflow allowance, so a flood of addresses cannot grow memory or the counts.
 */
export interface ViewGateOptions {
  windowMs: number;
  perClient: number;
  maxClients: number;
  /** Views a window accepts from clients that no longer fit in the table. */
  overflowViews: number;
}

export const VIEW_GATE_DEFAULTS: ViewGateOptions = { windowMs: 10 * 60_000, perClient: 30, maxClients: 50_000, overflowViews: 2_000 };

interface ClientViews {
  articles: Set<number>;
}

export function clientKey(address: string): string {
  if (!isIPv6(address)) return address;
  if (address.startsWith('::ffff:')) return address.slice(7);
  // The first four groups of the expanded address: the /64 prefix.
  const [head, tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export class ViewGate {
  private current = new Map<string, ClientViews>();
  private previous = new Map<string, ClientViews>();
  private windowStart: number;
  private overflowLeft: number;

  constructor(
    private readonly options: ViewGateOptions = VIEW_GATE_DEFAULTS,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
    this.overflowLeft = options.overflowViews;
  }

  /** Whether this hit counts as a view; remembers it either way. */
  admit(address: string, articleId: number): boolean {
    this.rotate();
    const key = clientKey(address);
    if (this.previous.get(key)?.articles.has(articleId)) return false;
    let entry = this.current.get(key);
    if (!entry) {
      if (this.current.size >= this.options.maxClients) return this.admitOverflow();
      entry = { articles: new Set() };
      this.current.set(key, entry);
    }
    if (entry.articles.has(articleId) || entry.articles.size >= this.options.perClient) return false;
    entry.articles.add(articleId);
    return true;
  }

  /** Clients remembered now (both windows), for tests and metrics. */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  private admitOverflow(): boolean {
    if (this.overflowLeft <= 0) return false;
    this.overflowLeft--;
    return true;
  }

  private rotate(): void {
    const elapsed = this.now() - this.windowStart;
    if (elapsed < this.options.windowMs) return;
    this.previous = elapsed < 2 * this.options.windowMs ? this.current : new Map();
    this.current = new Map();
    this.windowStart = this.now();
    this.overflowLeft = this.options.overflowViews;
  }
}
