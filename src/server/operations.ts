import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../config.js';
import type { SiteSettingsCache } from '../content/site-settings.js';
import type { Db } from '../db/connection.js';
import { Metrics } from '../metrics/index.js';
import { TurnGate } from './turn-gate.js';

/**
 * The operations surface of a node: request ids and one log line per request, health and readiness
 * for the load balancer, /metrics, and the draining state a graceful shutdown sets.
 */

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
    /** Set on SIGTERM: /readyz answers 503 and responses close their connection. */
    lifecycle: { draining: boolean };
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Query parameters whose values never reach a log line. */
const SECRET_PARAM = /pass|token|secret|key|email|mail|session|csrf|code/i;
/** Settings are reloaded before a request at most this long; a database that does not answer must not hold requests. */
export const SETTINGS_WAIT_MS = 1_000;
const OPERATIONS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** Log levels at which the one line per request (at info) is written. */
const LOGS_REQUESTS = new Set(['trace', 'debug', 'info']);

/** Logger and request-id options for Fastify(): the load balancer's X-Request-Id is kept when sane. */
export function operationsServerOptions(config: Config): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader' | 'return503OnClosing'> {
  return {
    // While closing, a request that still arrives on a kept-alive connection is answered, not refused.
    return503OnClosing: false,
    logger: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.email', '*.token', '*.cookie'],
        censor: '[ẩn]',
      },
    },
    requestIdHeader: false,
    genReqId: requestIdOf,
  };
}

/** The load balancer's X-Request-Id when sane, else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export interface Answer {
  id: string;
  method: string;
  url: string;
  /** The route pattern, never the path: one series per route. */
  route: string;
  status: number;
  ms: number;
}

/**
 * The metrics and the log line of one answered request, however it was answered. `log` is the
 * request's logger (with its reqId and the route's level), or the app's for an early answer.
 */
export function recordAnswer(app: FastifyInstance, answer: Answer, log: FastifyBaseLogger = app.log): void {
  app.metrics.request(answer.method, answer.route, answer.status, answer.ms / 1000);
  // The line is built only when it is written: the query's redaction costs more than the rest.
  if (!LOGS_REQUESTS.has(log.level)) return;
  const { id, method, url, route, status, ms } = answer;
  const line = { method, url: loggableUrl(url), route, status, ms: Math.round(ms * 10) / 10 };
  if (log === app.log) log.child({ reqId: id }).info(line, 'request');
  else log.info(line, 'request');
}

/** The path and query for a log line, values of secret-looking parameters replaced. */
export function loggableUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const key of [...params.keys()]) if (SECRET_PARAM.test(key)) params.set(key, '[ẩn]');
  return `${url.slice(0, at)}?${params.toString()}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function installOperations(app: FastifyInstance, db: Db, settings: SiteSettingsCache): void {
  const metrics = new Metrics({ process: app.config.metricsToken !== null });
  metrics.watchDatabase(db);
  app.decorate('metrics', metrics);
  app.decorate('lifecycle', { draining: false });

  // Under load, one request starts per turn of the event loop, so new connections are accepted
  // between them (turn-gate.ts); health checks and metrics never wait behind pages.
  const gate = new TurnGate();
  app.addHook('onRequest', async (request) => {
    if (!OPERATIONS_PATHS.has(request.url)) await gate.enter();
  });
  // Another node may have saved the settings: reload them when older than a few seconds. A database
  // hiccup keeps the last values rather than failing the request (and never /healthz) for it.
  app.addHook('onRequest', async (request) => {
    if (OPERATIONS_PATHS.has(request.url)) return;
    const reload = settings.fresh().catch((error: unknown) => request.log.warn({ err: error }, 'settings reload failed'));
    await withTimeout(reload, SETTINGS_WAIT_MS);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    // Keep-alive clients must not send another request on a connection about to close.
    if (app.lifecycle.draining) reply.header('Connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? (reply.statusCode === 404 ? 'not_found' : 'unmatched');
    recordAnswer(app, { id: request.id, method: request.method, url: request.url, route, status: reply.statusCode, ms: reply.elapsedTime }, request.log);
  });

  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (app.lifecycle.draining) return reply.status(503).send({ status: 'draining' });
    try {
      await within(db.kysely.selectFrom('settings').select('key').limit(1).execute(), 2_000);
      return { status: 'ok', pageCache: { state: app.pageCache.state, reason: app.pageCache.reason } };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
  app.get('/metrics', async (request, reply) => {
    const token = app.config.metricsToken;
    if (token === null || !tokenMatches(request.headers.authorization, token)) {
      // Off, or the wrong token: answered as an unknown address, so its existence is not advertised.
      return reply.callNotFound();
    }
    return reply
      .header('Cache-Control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  });
}

/** The promise's value, or an error when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  const result = await withTimeout(
    promise.then((value) => ({ value })),
    ms,
  );
  if (!result) throw new Error(`no answer within ${ms} ms`);
  return result.value;
}
