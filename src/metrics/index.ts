import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/connection.js';
import { RequestSeries } from './request-series.js';

/**
 * The node's Prometheus metrics. One registry per app (tests build many apps in one process), reached
 * as `app.metrics`. Domain code records through the small methods below; a new module that needs its
 * own series asks `counter()` / `histogram()`, which return the existing series on a second call.
 */

export type PageCacheResult = 'hit' | 'miss' | 'stale' | 'bypass';
export type Outcome = 'accepted' | 'refused';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new RequestSeries(LATENCY_BUCKETS);
  private readonly queries: Histogram<'outcome'>;
  private readonly dbErrors: Counter;
  private readonly schedulerRuns: Counter<'outcome'>;
  private readonly comments: Counter<'outcome'>;
  private readonly logins: Counter<'outcome'>;
  private readonly pageCacheRequests: Counter<'result'>;

  /** `process`: also the process's own series (event-loop lag, memory, CPU); only where /metrics is served. */
  constructor(options: { process: boolean }) {
    if (options.process) collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.requests.register(
      this.registry,
      { name: 'toasoan_http_requests_total', help: 'HTTP requests answered, by route pattern and status' },
      { name: 'toasoan_http_request_duration_seconds', help: 'Time to answer an HTTP request' },
    );
    this.queries = this.histogram('toasoan_db_query_duration_seconds', 'Database query time', ['outcome'], LATENCY_BUCKETS);
    this.dbErrors = this.counter('toasoan_db_connection_errors_total', 'Database connections lost outside a query (restarts, terminated backends)');
    this.schedulerRuns = this.counter('toasoan_scheduler_runs_total', 'Scheduled-publishing checks, by outcome', ['outcome']);
    this.comments = this.counter('toasoan_comments_total', 'Reader comments received, accepted or refused', ['outcome']);
    this.logins = this.counter('toasoan_logins_total', 'Newsroom logins, accepted or refused', ['outcome']);
    this.pageCacheRequests = this.counter('toasoan_page_cache_requests_total', 'Public pages answered by the page cache, by result', ['result']);
  }

  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return (this.registry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter<L>({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string = never>(name: string, help: string, labelNames: readonly L[] = [], buckets = LATENCY_BUCKETS): Histogram<L> {
    return (
      (this.registry.getSingleMetric(name) as Histogram<L> | undefined) ?? new Histogram<L>({ name, help, labelNames, buckets, registers: [this.registry] })
    );
  }

  request(method: string, route: string, status: number, seconds: number): void {
    this.requests.record(method, route, status, seconds);
  }

  schedulerRun(outcome: 'ok' | 'failed'): void {
    this.schedulerRuns.inc({ outcome });
  }

  comment(outcome: Outcome): void {
    this.comments.inc({ outcome });
  }

  login(outcome: Outcome): void {
    this.logins.inc({ outcome });
  }

  /** For the page cache: one call per public page it answers or passes on. */
  pageCache(result: PageCacheResult): void {
    this.pageCacheRequests.inc({ result });
  }

  /** Query times and pool counts of the app's database. */
  watchDatabase(db: Db): void {
    db.observers.push({
      query: (ms, failed) => this.queries.observe({ outcome: failed ? 'error' : 'ok' }, ms / 1000),
      connectionError: () => this.dbErrors.inc(),
    });
    const stats = db.poolStats;
    if (!stats) return;
    new Gauge({
      name: 'toasoan_db_pool_connections',
      help: 'PostgreSQL pool connections by state',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const { total, idle, waiting } = stats();
        this.set({ state: 'total' }, total);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'waiting' }, waiting);
      },
    });
  }
}
