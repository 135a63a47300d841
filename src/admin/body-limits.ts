import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Request size limits of the newsroom. Forms are limited to 64 KB elsewhere, but an article may
 * hold 500,000 characters: form-encoded, a Vietnamese letter with its marks takes up to 9 bytes
 * (`%E1%BB%B1`), so the article routes (form saves and the editor's JSON autosave alike) accept
 * what the longest allowed article needs, and no more. The content's own limits are checked
 * before any costly work (see BODY_BOUNDS in src/content/sanitize.ts). A larger request gets the
 * newsroom's 413 page (src/admin/plugin.ts).
 */
export const ARTICLE_BODY_LIMIT = 5 * 1024 * 1024;

const ARTICLE_ROUTE = /^\/admin\/bai-viet(?:\/|$)/;

function isArticleWrite(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.includes('POST') && ARTICLE_ROUTE.test(route.url);
}

async function registerBodyLimits(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.bodyLimit === undefined && isArticleWrite(route)) route.bodyLimit = ARTICLE_BODY_LIMIT;
  });
}

/** Registered before the routes, at the root, so its onRoute hook sees every newsroom route. */
export const adminBodyLimits = Object.assign(registerBodyLimits, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'toasoan-admin-body-limits',
});
