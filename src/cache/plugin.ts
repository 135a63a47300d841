import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { recordAnswer, requestIdOf } from '../server/operations.js';
import { LocalBus, PostgresBus, RedisBus, type InvalidationBus } from './bus.js';
import { onContentChanged } from './changes.js';
import { COMPRESSIBLE, compressForStore, compressingStream, compressOnce, MIN_COMPRESS_BYTES, negotiate } from './compression.js';
import { PageCache, type StoredPage } from './page-cache.js';

/**
 * The page cache on the public side of the app. A route opts a page in with one line,
 * `return reply.sendPage(html, tags)` (or `{ tags, type }` for a feed), instead of `reply.send(html)`:
 * the page is answered compressed with an ETag and CDN headers, and stored for the next readers
 * until one of its tags changes (src/cache/changes.ts). Pages are looked up by path and query string
 * (tracking parameters ignored), for GET and HEAD outside /admin: first by the HTTP server itself,
 * before Fastify sees the request (`EarlyAnswer`), then in an onRequest hook for what that passes on.
 */

declare module 'fastify' {
  interface FastifyInstance {
    pageCache: PageCacheService;
  }
  interface FastifyReply {
    sendPage(body: string, options: readonly string[] | PageOptions): Promise<FastifyReply>;
  }
}

export interface PageOptions {
  tags: readonly string[];
  /** Default: HTML. */
  type?: string;
  /** The newest change the page shows: sent as Last-Modified, and If-Modified-Since is answered. */
  lastModified?: Date | null;
}

export type CacheState = 'on' | 'off' | 'bypassed';

/**
 * Answers a request from the cache on the HTTP server's own objects and returns true, or returns
 * false and leaves it to Fastify. A stored page needs none of what Fastify's routing and hooks do per
 * request (they ran when it was rendered, and their headers were kept with it); skipping them
 * almost halves the server's CPU per cached answer (0.12 to 0.066 ms, README "Answered before routing").
 */
export type EarlyAnswer = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface PageCacheService {
  readonly cache: PageCache;
  /** 'bypassed': the invalidation channel is lost, pages are rendered for every request. */
  readonly state: CacheState;
  readonly reason: string;
  readonly bus: InvalidationBus['kind'];
}

const HTML = 'text/html; charset=utf-8';
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|zarsrc|_ga)$/i;
const MAX_KEY = 2048;
const NEWSROOM = /^\/admin(?:[/?]|$)/;
/** Headers of one answer, not of the page. */
const PER_REQUEST = new Set(['content-length', 'content-encoding', 'x-request-id', 'set-cookie', 'connection']);

/** Path and query, minus parameters that only trackers read; null when not cacheable. */
export function cacheKey(url: string): string | null {
  if (url.length > MAX_KEY) return null;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const kept = url
    .slice(q + 1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0] ?? ''));
  return kept.length === 0 ? url.slice(0, q) : `${url.slice(0, q)}?${kept.join('&')}`;
}

function etagOf(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** If-Modified-Since counts only without If-None-Match (RFC 9110), at one-second precision. */
function unmodifiedSince(header: string | undefined, lastModified: Date | undefined): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

function nextMinute(now: number): number {
  return Math.floor(now / 60_000) * 60_000 + 60_000;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.slice(2);
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === etag || value === bare || value.replace(/^W\//, '') === bare;
  });
}

function createBus(config: Config, app: FastifyInstance): InvalidationBus {
  if (config.redisUrl) return new RedisBus(config.redisUrl, config.redisPrefix);
  if (app.db.dialect === 'postgres') return new PostgresBus(config.databaseUrl, app.db.kysely);
  return new LocalBus();
}

/** Calls the operator's purge hook (a CDN) with the keys that changed; a failure is logged, never thrown. */
async function callPurgeHook(app: FastifyInstance, url: string, tags: readonly string[]): Promise<void> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keys: tags }),
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) app.log.warn({ status: response.status, keys: tags.length }, 'CDN purge hook refused');
  } catch (error) {
    app.log.warn({ err: error }, 'CDN purge hook failed');
  }
}

interface Pending {
  key: string;
  generation: number;
}

const kPending = Symbol('page-cache-pending');
type CacheRequest = FastifyRequest & { [kPending]?: Pending };

export async function pageCachePlugin(app: FastifyInstance, config: Config): Promise<EarlyAnswer> {
  const cache = new PageCache(config.pageCacheBytes);
  const bus = createBus(config, app);
  const publicControl = `public, max-age=0, must-revalidate, s-maxage=${config.cacheSharedMaxAge}`;
  const service = {
    cache,
    state: (config.pageCacheBytes > 0 ? 'bypassed' : 'off') as CacheState,
    reason: config.pageCacheBytes > 0 ? 'starting' : 'PAGE_CACHE_MB=0',
    bus: bus.kind,
  };
  app.decorate('pageCache', service);
  /** Requests waiting for another request that renders the same page. */
  const rendering = new Map<string, Promise<void>>();
  const finished = new Map<string, () => void>();

  const purge = async (tags: readonly string[], remote: boolean) => {
    // Pages read settings from memory: reload them before anything is rendered again.
    if (tags.includes('settings')) await app.siteSettings.refresh().catch((error: unknown) => app.log.error({ err: error }, 'settings reload failed'));
    // The search dictionary may have changed on another node: read it again with the next search.
    if (tags.includes('search')) app.searchEngine.forgetEquivalents();
    cache.purge(tags);
    if (remote) return;
    const hook = config.cachePurgeUrl ? callPurgeHook(app, config.cachePurgeUrl, tags) : Promise.resolve();
    const published = bus.publish(tags).catch((error: unknown) => app.log.error({ err: error, tags: tags.length }, 'page cache: could not tell other nodes'));
    await Promise.all([hook, published]);
  };
  onContentChanged(app.db.kysely, (tags) => purge(tags, false));

  app.addHook('onReady', async () => {
    if (config.pageCacheBytes <= 0) return;
    await bus.start({
      onMessage: (tags) => purge(tags, true),
      onHealth: (healthy, reason) => {
        cache.clear();
        service.state = healthy ? 'on' : 'bypassed';
        service.reason = reason;
        if (healthy) app.log.info({ bus: bus.kind }, `page cache on: ${reason}`);
        else app.log.error({ bus: bus.kind }, `page cache bypassed, every page is rendered: ${reason}`);
      },
    });
  });
  app.addHook('onClose', async () => {
    await bus.close();
    cache.clear();
  });

  const pageHeaders = (reply: FastifyReply, page: StoredPage) => {
    reply.header('Cache-Control', publicControl).header('ETag', page.etag).header('Vary', 'Accept-Encoding');
    reply.header('Surrogate-Key', page.surrogateKey).header('Cache-Tag', page.cacheTag);
    if (page.lastModified) reply.header('Last-Modified', page.lastModified.toUTCString());
  };
  const notModified = (headers: IncomingMessage['headers'], page: StoredPage) => {
    const ifNoneMatch = headers['if-none-match'];
    return ifNoneMatch ? matches(ifNoneMatch, page.etag) : unmodifiedSince(headers['if-modified-since'], page.lastModified);
  };
  const send = (request: FastifyRequest, reply: FastifyReply, page: StoredPage) => {
    pageHeaders(reply, page);
    if (notModified(request.headers, page)) {
      cache.counters.notModified++;
      return reply.code(304).send();
    }
    const encoding = negotiate(request.headers['accept-encoding']);
    reply.type(page.type);
    if (encoding) reply.header('Content-Encoding', encoding);
    return reply.send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity);
  };

  /** The headers of a full answer of this page, as Fastify's hooks and `send` have set them by now, Content-Type last. */
  const keptHeaders = (reply: FastifyReply, page: StoredPage): string[] => {
    pageHeaders(reply, page);
    reply.type(page.type);
    const kept: string[] = [];
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && name !== 'content-type' && !PER_REQUEST.has(name)) kept.push(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    kept.push('content-type', String(reply.getHeader('content-type')));
    return kept;
  };

  const answerEarly: EarlyAnswer = (request, response) => {
    const { method, url = '' } = request;
    if (service.state !== 'on' || app.lifecycle.draining || (method !== 'GET' && method !== 'HEAD') || NEWSROOM.test(url)) return false;
    const key = cacheKey(url);
    const page = key === null ? undefined : cache.peek(key);
    const raw = page?.rawHeaders;
    if (!raw) return false;
    const started = performance.now();
    const id = requestIdOf(request);
    cache.counters.hits++;
    let status = 200;
    let headers: string[];
    let body: Buffer | undefined;
    if (notModified(request.headers, page)) {
      cache.counters.notModified++;
      status = 304;
      headers = raw.slice(0, -2);
      headers.push('x-request-id', id);
    } else {
      const encoding = negotiate(request.headers['accept-encoding']);
      body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
      // A copy and pushes: concat with strings for arguments takes V8's generic path.
      headers = raw.slice();
      headers.push('x-request-id', id, 'content-length', String(body.length));
      if (encoding) headers.push('content-encoding', encoding);
    }
    response.writeHead(status, headers);
    response.end(method === 'HEAD' ? undefined : body);
    recordAnswer(app, { id, method, url, route: page.route ?? 'unmatched', status, ms: performance.now() - started });
    return true;
  };

  app.addHook('onRequest', async (request: CacheRequest, reply) => {
    if (service.state !== 'on' || (request.method !== 'GET' && request.method !== 'HEAD') || NEWSROOM.test(request.url)) return;
    const key = cacheKey(request.url);
    if (key === null) return;
    let found = cache.get(key);
    if (!found && rendering.has(key)) {
      await rendering.get(key);
      found = cache.get(key);
    }
    if (found) {
      cache.counters.hits++;
      return send(request, reply, found.page);
    }
    request[kPending] = { key, generation: cache.currentGeneration };
    if (!rendering.has(key)) {
      rendering.set(key, new Promise((resolve) => finished.set(key, resolve)));
    }
  });

  const release = async (request: CacheRequest) => {
    const key = request[kPending]?.key;
    if (key === undefined) return;
    finished.get(key)?.();
    finished.delete(key);
    rendering.delete(key);
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  app.decorateReply('sendPage', async function sendPage(this: FastifyReply, body: string, options: readonly string[] | PageOptions) {
    const { tags, type = HTML, lastModified } = Array.isArray(options) ? { tags: options as readonly string[] } : (options as PageOptions);
    const request = this.request as CacheRequest;
    const pending = request[kPending];
    const identity = Buffer.from(body);
    const unique = [...new Set(tags)];
    const page: StoredPage = {
      etag: etagOf(identity),
      type,
      identity,
      br: identity,
      gzip: identity,
      tags: unique,
      surrogateKey: unique.join(' '),
      cacheTag: unique.join(','),
      freshUntil: nextMinute(Date.now()),
      ...(lastModified ? { lastModified } : {}),
    };
    cache.counters.misses++;
    if (pending && service.state === 'on' && !this.hasHeader('set-cookie')) {
      Object.assign(page, await compressForStore(identity));
      page.rawHeaders = keptHeaders(this, page);
      page.route = request.routeOptions.url ?? 'unmatched';
      cache.store(pending.key, page, pending.generation);
      await release(request);
    } else {
      // Rendered for this request only: compress just the encoding it asked for, and lightly.
      cache.counters.skipped++;
      const encoding = negotiate(request.headers['accept-encoding']);
      if (encoding) page[encoding] = await compressOnce(identity, encoding);
    }
    return send(request, this, page);
  });

  // Every other text answer of some size is compressed on the way out (search, errors, the API, files).
  app.addHook('onSend', async (request, reply, payload) => {
    // The newsroom, and any answer that sets a cookie, is for one person only; no cache may keep it.
    if ((NEWSROOM.test(request.url) || reply.hasHeader('set-cookie')) && !String(reply.getHeader('cache-control') ?? '').includes('no-store')) {
      reply.header('Cache-Control', 'private, no-store');
    }
    if (reply.hasHeader('content-encoding') || reply.statusCode === 304 || reply.statusCode === 206) return payload;
    const stream = payload instanceof Readable;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload) && !stream) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const size =
      typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : Number(reply.getHeader('content-length') ?? 0);
    if (size < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type)) return payload;
    const encoding = negotiate(request.headers['accept-encoding']);
    reply.header('Vary', 'Accept-Encoding');
    if (!encoding) return payload;
    reply.header('Content-Encoding', encoding);
    reply.removeHeader('content-length');
    // A file (/static/): compressed as it is read. Browsers and CDNs keep it a year, so this is rare.
    if (stream) return payload.pipe(compressingStream(encoding, size));
    return compressOnce(typeof payload === 'string' ? Buffer.from(payload) : payload, encoding);
  });
  return answerEarly;
}
