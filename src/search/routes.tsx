import type { FastifyInstance } from 'fastify';
import { articlePath } from '../content/urls.js';
import { HttpError } from '../http-error.js';
import { PageTags } from '../cache/changes.js';
import { SITE_TAGS } from '../site/page-tags.js';
import { loadSiteContext } from '../site/site-context.js';
import { pageCount } from '../content/pagination.js';
import { renderDocument } from '../site/render.js';
import { SEARCH_PATH, SearchPage } from '../site/pages/search.js';
import { parseSearchParams, SEARCH_QUERY, searchOptions, type SearchQuery } from './params.js';
import { segmentsToHtml, segmentsToText } from './snippet.js';
import type { SearchResults } from './types.js';

/** Results change with every publish; a short shared cache still absorbs a burst on one query. */
export const SEARCH_CACHE = 'public, max-age=30';
const EMPTY: SearchResults = { query: '', total: 0, hits: [], corrected: false, capped: false, partial: false, rewritten: null };

async function run(app: FastifyInstance, query: SearchQuery) {
  const params = await parseSearchParams(app.db.kysely, query);
  const options = await searchOptions(app.db.kysely, params, app.config.timeZone);
  const results = params.q ? await app.searchEngine.search(params.q, options) : EMPTY;
  return { params, results };
}

/** /api/v1/search (served by src/api with its schema): the same search as the page, as data. */
export async function searchJson(app: FastifyInstance, query: SearchQuery) {
  const { params, results } = await run(app, query);
  return {
    query: results.query,
    total: results.total,
    total_capped: results.capped,
    page: params.page,
    page_count: pageCount(results.total),
    corrected: results.corrected,
    partial: results.partial,
    searched_as: results.rewritten,
    results: results.hits.map((h) => ({
      id: h.id,
      title: h.title,
      url: `${app.config.siteUrl}${articlePath(h.section_path, h.slug, h.id)}`,
      section: { path: h.section_path, name: h.section_name },
      published_at: h.published_at,
      snippet: segmentsToHtml(h.snippet),
      snippet_text: segmentsToText(h.snippet),
    })),
  };
}

/** /api/v1/search/suggest: titles for the header search box, at most eight. */
export async function suggestJson(app: FastifyInstance, q: string | undefined) {
  return { query: q ?? '', suggestions: q ? await app.searchEngine.suggest(q, 8) : [] };
}

export async function searchRoutes(app: FastifyInstance) {
  app.get<{ Querystring: SearchQuery }>(SEARCH_PATH, { schema: { querystring: SEARCH_QUERY } }, async (request, reply) => {
    const { params, results } = await run(app, request.query);
    const pages = pageCount(results.total);
    if (params.q && results.total > 0 && params.page > pages) throw new HttpError(404, 'Trang kết quả này không tồn tại.');
    const { site, sections } = await loadSiteContext(app);
    const html = renderDocument(<SearchPage site={site} sections={sections} params={params} results={results} pageCount={pages} />);
    // Results change with any live article: the page is purged with the `search` tag.
    return reply.sendPage(html, [...SITE_TAGS, PageTags.search]);
  });
}
