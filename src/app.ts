import { createServer } from 'node:http';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { adminBodyLimits } from './admin/body-limits.js';
import { NEWSROOM_PREFIX } from './admin/paths.js';
import { newsroomPlugin } from './admin/plugin.js';
import { PUBLIC_DIR, versionedAsset } from './assets.js';
import { pageCachePlugin, type EarlyAnswer } from './cache/plugin.js';
import { commentRoutes } from './comments/routes.js';
import type { Config } from './config.js';
import { sharedSecret } from './content/settings.js';
import { SiteSettingsCache } from './content/site-settings.js';
import { ViewCounter } from './content/views.js';
import { openDatabase, type Db } from './db/connection.js';
import { apiRoutes, API_PREFIX } from './api/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { sitemapRoutes } from './feeds/sitemap-routes.js';
import { WebhookWorker } from './webhooks/worker.js';
import { HttpError } from './http-error.js';
import { inputGuard } from './input-guard.js';
import { decorateNewsroomServices } from './newsroom/auth.js';
import { installOperations, operationsServerOptions } from './server/operations.js';
import { unavailableMessage } from './server/unavailable.js';
import { setPasswordCost } from './newsroom/passwords.js';
import { startScheduler } from './newsroom/scheduler.js';
import { createSearchEngine, type SearchTuning } from './search/engine.js';
import { searchRoutes } from './search/routes.js';
import type { SearchEngine } from './search/types.js';
import { errorPageHtml } from './site/errors.js';
import { siteRoutes } from './site/routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    views: ViewCounter;
    secrets: { form: string };
    /** Read live from siteSettings: a saved name shows on the next page without a restart. */
    siteInfo: { readonly name: string; readonly description: string };
    siteSettings: SiteSettingsCache;
    assets: { css: string; script: string };
    adminAssets: { css: string };
    /** Not `search`: Fastify already has app.search() for the HTTP SEARCH method. */
    searchEngine: SearchEngine;
  }
}

export const DEFAULT_SITE_NAME = 'Báo Sơn Lâm';
export const DEFAULT_SITE_DESCRIPTION = 'Tin tức, đời sống và văn hóa tỉnh Sơn Lâm';

function contentSecurityPolicy(https: boolean) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      ...(https ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/** A hop count as a function: the first `n` hops (our own proxies) are trusted, nothing a reader adds. */
function trustProxyOption(setting: Config['trustProxy']): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

export interface BuildOptions {
  /** An open database to use instead of opening config.databaseUrl; the caller closes it. */
  db?: Db;
  logger?: FastifyServerOptions['logger'];
  /** Called for every route as it is registered (a test lists the newsroom's routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** Smaller search pools and count caps let tests reach their edges with a few articles. */
  searchTuning?: Partial<SearchTuning>;
  /** The scheduler's clock: tests move time by hand instead of waiting for it. */
  clock?: () => Date;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  // Stored pages are answered by the HTTP server before Fastify sees the request (src/cache/plugin.ts).
  let answerEarly: EarlyAnswer = () => false;
  const app = Fastify({
    // As Fastify makes its own server (fastify/lib/server.js), with the page cache in front.
    serverFactory: (handler, serverOptions) => {
      const timeouts = serverOptions as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number };
      const server = createServer((request, response) => {
        if (!answerEarly(request, response)) handler(request, response);
      });
      server.keepAliveTimeout = timeouts.keepAliveTimeout ?? server.keepAliveTimeout;
      server.requestTimeout = timeouts.requestTimeout ?? server.requestTimeout;
      server.setTimeout(timeouts.connectionTimeout ?? 0);
      return server;
    },
    ...operationsServerOptions(config),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 1024 * 1024,
    // One line per request is noise for a newspaper's traffic; errors are still logged.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
    frameworkErrors: (error, request, reply) => {
      request.log.info({ err: error }, 'rejected malformed request');
      void errorPageHtml(app, 400, '/').then((html) => (reply as FastifyReply).status(400).type('text/html; charset=utf-8').send(html));
    },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  setPasswordCost(config.passwordHashCost);
  const db = options.db ?? openDatabase(config.databaseUrl, { queryTimeoutMs: config.databaseQueryTimeoutMs });
  const settings = new SiteSettingsCache(db.kysely, { name: DEFAULT_SITE_NAME, description: DEFAULT_SITE_DESCRIPTION, timeZone: config.timeZone });
  await settings.refresh();
  const views = new ViewCounter(
    db.kysely,
    () => settings.current.timeZone,
    undefined,
    (error) => app.log.error({ err: error }, 'page views not written; kept for the next batch'),
  );
  // The time zone is an administrator's setting (SITE_TIMEZONE only its default): every
  // `app.config.timeZone` read goes through the settings cache, so a change applies without a restart.
  app.decorate('config', {
    ...config,
    get timeZone() {
      return settings.current.timeZone;
    },
  });
  app.decorate('siteSettings', settings);
  app.decorate('db', db);
  app.decorate('views', views);
  app.decorate('searchEngine', createSearchEngine(db, options.searchTuning));
  app.decorate('secrets', { form: await sharedSecret(db.kysely, 'form_secret') });
  app.decorate('siteInfo', {
    get name() {
      return settings.current.name;
    },
    get description() {
      return settings.current.description;
    },
  });
  installOperations(app, db, settings);
  app.decorate('assets', {
    css: versionedAsset('site.css', '/static/site.css') ?? '/static/site.css',
    script: versionedAsset('assets/site.js', '/static/assets/site.js') ?? '/static/assets/site.js',
  });
  app.decorate('adminAssets', { css: versionedAsset('admin.css', '/static/admin.css') ?? '/static/admin.css' });
  await decorateNewsroomServices(app);
  views.start();
  if (config.schedulerIntervalMs > 0) {
    let stopScheduler = () => {};
    app.addHook('onReady', async () => {
      stopScheduler = startScheduler(app, config.schedulerIntervalMs, options.clock);
    });
    app.addHook('onClose', async () => stopScheduler());
  }
  if (config.webhookIntervalMs > 0) {
    const webhooks = new WebhookWorker(db, { siteUrl: () => config.siteUrl, allowPrivate: config.webhookAllowPrivate, log: app.log });
    app.addHook('onReady', async () => webhooks.start(config.webhookIntervalMs));
    app.addHook('onClose', async () => webhooks.stop());
  }
  app.addHook('onClose', async () => {
    await views.stop();
    if (!options.db) await db.close();
  });

  const https = config.siteUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy(https),
    hsts: https ? { maxAge: 31536000 } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  answerEarly = await pageCachePlugin(app, config);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/static/',
    maxAge: '365d',
    immutable: true,
    index: false,
  });
  await app.register(fastifyStatic, {
    root: config.mediaDir,
    prefix: '/media/',
    decorateReply: false,
    maxAge: '365d',
    immutable: true,
    index: false,
  });

  app.setNotFoundHandler(async (request, reply) => {
    const html = await errorPageHtml(app, 404, request.raw.url?.split('?')[0] ?? '/');
    return reply.status(404).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  });
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const unavailable = unavailableMessage(error);
    const status = unavailable ? 503 : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ err: error }, 'request refused');
    if (unavailable) reply.header('Retry-After', '30');
    // Only our own errors carry a message for readers: others are English at best, a stack trace at worst.
    const message = error instanceof HttpError ? error.message : (unavailable ?? undefined);
    const html = await errorPageHtml(app, status, request.raw.url?.split('?')[0] ?? '/', message);
    return reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
  });

  await app.register(inputGuard);
  // Cookies for the whole site: the newsroom's session and CSRF, the comment form's reader nonce.
  await app.register(cookie);
  // Its onRoute hook sets the article routes' body limit, inside the newsroom plugin too.
  await app.register(adminBodyLimits);
  // The newsroom: its own login, CSRF, permissions and error pages, for its routes only.
  await app.register(newsroomPlugin, { prefix: NEWSROOM_PREFIX });
  await app.register(searchRoutes);
  await app.register(apiRoutes, { prefix: API_PREFIX });
  await app.register(feedRoutes);
  await app.register(sitemapRoutes);
  await app.register(siteRoutes);
  await app.register(commentRoutes);
  return app;
}
