import type { Registry } from 'prom-client';

/**
 * The per-request counter and latency histogram, kept in plain arrays and handed to prom-client's
 * registry only when /metrics is scraped. prom-client hashes a label object on every `inc` and
 * `observe` (about 1.5 µs a request in a loop, more among a server's other work), and a cached page
 * is answered in about 30 µs: with prom-client's series the metrics were a third of what the
 * app adds to bare Node per cached answer. The exposition is prom-client's own, line for line.
 */

interface Series {
  method: string;
  route: string;
  status: string;
  count: number;
  sum: number;
  /** Observations per bucket, not cumulative; the last slot is above the largest bound. */
  buckets: number[];
}

interface Sample {
  metricName?: string;
  labels: Record<string, string | number>;
  value: number;
}

/** What prom-client's registry reads of a metric (`Registry.getMetricsAsString`). */
interface ExportedMetric {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  get(): Promise<{ name: string; help: string; type: string; values: Sample[]; aggregator: 'sum' }>;
  reset(): void;
}

export class RequestSeries {
  /** One entry per method, route pattern and status: bounded, since routes are patterns, never paths. */
  private readonly series = new Map<string, Series>();

  constructor(private readonly bounds: readonly number[]) {}

  record(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let entry = this.series.get(key);
    if (entry === undefined) {
      entry = { method, route, status: String(status), count: 0, sum: 0, buckets: new Array<number>(this.bounds.length + 1).fill(0) };
      this.series.set(key, entry);
    }
    entry.count++;
    entry.sum += seconds;
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > this.bounds[bucket]!) bucket++;
    entry.buckets[bucket]!++;
  }

  /** Registers the counter (by method, route and status) and the histogram (by method and route). */
  register(registry: Registry, counter: { name: string; help: string }, histogram: { name: string; help: string }): void {
    const exported = (name: string, help: string, type: ExportedMetric['type'], values: () => Sample[]): ExportedMetric => ({
      name,
      help,
      type,
      aggregator: 'sum',
      get: async () => ({ name, help, type, values: values(), aggregator: 'sum' }),
      reset: () => this.series.clear(),
    });
    // The registry formats any object of this shape; its type names only prom-client's own classes.
    const add = (metric: ExportedMetric) => registry.registerMetric(metric as unknown as Parameters<Registry['registerMetric']>[0]);
    add(exported(counter.name, counter.help, 'counter', () => this.counterSamples()));
    add(exported(histogram.name, histogram.help, 'histogram', () => this.histogramSamples(histogram.name)));
  }

  private counterSamples(): Sample[] {
    return [...this.series.values()].map(({ method, route, status, count }) => ({ labels: { method, route, status }, value: count }));
  }

  private histogramSamples(name: string): Sample[] {
    const byRoute = new Map<string, { method: string; route: string; count: number; sum: number; buckets: number[] }>();
    for (const entry of this.series.values()) {
      const key = `${entry.method} ${entry.route}`;
      const total = byRoute.get(key) ?? {
        method: entry.method,
        route: entry.route,
        count: 0,
        sum: 0,
        buckets: new Array<number>(entry.buckets.length).fill(0),
      };
      total.count += entry.count;
      total.sum += entry.sum;
      entry.buckets.forEach((n, i) => (total.buckets[i]! += n));
      byRoute.set(key, total);
    }
    const samples: Sample[] = [];
    for (const { method, route, count, sum, buckets } of byRoute.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += buckets[i]!;
        samples.push({ metricName: `${name}_bucket`, labels: { le, method, route }, value: cumulative });
      });
      samples.push({ metricName: `${name}_bucket`, labels: { le: '+Inf', method, route }, value: count });
      samples.push({ metricName: `${name}_sum`, labels: { method, route }, value: sum });
      samples.push({ metricName: `${name}_count`, labels: { method, route }, value: count });
    }
    return samples;
  }
}
