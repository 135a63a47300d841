import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from './pages/error.js';
import { renderDocument } from './render.js';
import { loadSiteContext } from './site-context.js';
import type { SiteContext } from './context.js';

/** When even the database is unreachable, the error page must still render. */
function fallbackContext(app: FastifyInstance): SiteContext {
  return {
    siteName: app.siteInfo.name,
    siteDescription: app.siteInfo.description,
    siteUrl: app.config.siteUrl,
    timeZone: app.config.timeZone,
    now: new Date(),
    menu: [],
    cssUrl: app.assets.css,
    scriptUrl: app.assets.script,
  };
}

export async function errorPageHtml(app: FastifyInstance, status: number, path: string, message?: string): Promise<string> {
  let site: SiteContext;
  try {
    site = (await loadSiteContext(app)).site;
  } catch {
    site = fallbackContext(app);
  }
  return renderDocument(<ErrorPage site={site} status={status} message={message} path={path} />);
}

export async function sendErrorPage(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, status: number, message?: string) {
  const path = request.raw.url?.split('?')[0] ?? '/';
  const html = await errorPageHtml(app, status, path.startsWith('/') ? path : '/', message);
  return reply.status(status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(html);
}
