import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendErrorPage } from '../site/errors.js';
import { sendCacheable } from './conditional.js';
import {
  articleEntries,
  articleMonths,
  articleSitemapPath,
  authorEntries,
  newsEntries,
  parseArticleSitemapName,
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlEntries,
  renderUrlset,
  sectionEntries,
  SITEMAP_MAX_URLS,
  splitMonths,
  tagCount,
  tagEntries,
  URLSET_CLOSE,
  urlsetOpen,
  type IndexEntry,
  type UrlEntry,
} from './sitemaps.js';
import { robotsTxt } from './robots.js';

const XML = 'application/xml; charset=utf-8';
/** A publish or unpublish shows in every sitemap within a minute. */
const SITEMAP_CACHE = 'public, max-age=60';

function newest(entries: { lastmod: string | null }[]): string | null {
  return entries.reduce<string | null>((max, e) => (e.lastmod && (!max || e.lastmod > max) ? e.lastmod : max), null);
}

function tagPartPath(part: number): string {
  return part > 1 ? `/sitemaps/tags-${part}.xml` : '/sitemaps/tags.xml';
}

export async function sitemapRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const site = () => ({ siteUrl: app.config.siteUrl, timeZone: app.config.timeZone });
  // ETag only, no Last-Modified: a story taken down leaves a sitemap without making anything in it newer.
  const sendXml = (request: FastifyRequest, reply: FastifyReply, body: string) =>
    sendCacheable(request, reply, { body, contentType: XML, cacheControl: SITEMAP_CACHE });

  app.get('/sitemap.xml', async (request, reply) => {
    const now = new Date().toISOString();
    const [months, sections, authors, tags] = await Promise.all([
      articleMonths(db, app.db.dialect, now),
      sectionEntries(db, now),
      authorEntries(db, now),
      tagCount(db, now),
    ]);
    const files = splitMonths(months);
    const newestArticle = newest(files);
    const entries: IndexEntry[] = [
      { path: '/sitemaps/sections.xml', lastmod: newest(sections) },
      ...Array.from({ length: Math.max(1, Math.ceil(tags / SITEMAP_MAX_URLS)) }, (_v, i) => ({ path: tagPartPath(i + 1), lastmod: newestArticle })),
      { path: '/sitemaps/authors.xml', lastmod: newest(authors) },
      ...files.map((f) => ({ path: articleSitemapPath(f), lastmod: f.lastmod })),
    ];
    return sendXml(request, reply, renderSitemapIndex(site(), entries));
  });

  app.get<{ Params: { name: string } }>('/sitemaps/:name', async (request, reply) => {
    const now = new Date().toISOString();
    const { name } = request.params;
    let entries: UrlEntry[] | null = null;
    if (name === 'sections.xml') entries = await sectionEntries(db, now);
    else if (name === 'authors.xml') entries = await authorEntries(db, now);
    else {
      const tagPart = /^tags(?:-([2-9]|[1-9]\d{1,4}))?\.xml$/.exec(name);
      if (tagPart) entries = await tagEntries(db, now, tagPart[1] ? Number(tagPart[1]) : 1);
    }
    if (entries) return sendXml(request, reply, renderUrlset(site(), entries));
    const file = parseArticleSitemapName(name);
    if (!file) return sendErrorPage(app, request, reply, 404);
    let body = urlsetOpen();
    let count = 0;
    for await (const batch of articleEntries(db, now, file)) {
      body += renderUrlEntries(site(), batch);
      count += batch.length;
    }
    if (count === 0) return sendErrorPage(app, request, reply, 404);
    return sendXml(request, reply, body + URLSET_CLOSE);
  });

  app.get('/sitemap-news.xml', async (request, reply) => {
    const entries = await newsEntries(db, new Date());
    const body = renderNewsSitemap({ ...site(), publicationName: app.siteInfo.name }, entries);
    return sendXml(request, reply, body);
  });

  app.get('/robots.txt', async (request, reply) =>
    sendCacheable(request, reply, {
      body: robotsTxt(app.config.siteUrl, app.config.robotsDisallowAll),
      contentType: 'text/plain; charset=utf-8',
      cacheControl: 'public, max-age=300',
    }),
  );
}
