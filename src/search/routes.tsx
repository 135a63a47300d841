import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath } from '../content/urls.js';
import { HttpError } from '../http-error.js';
import { loadSiteContext } from '../site/site-context.js';
import { pageCount } from '../content/pagination.js';
import { renderDocument } from '../site/render.js';
import { SEARCH_PATH, SearchPage } from '../site/pages/search.js';
import { parseSearchParams, searchOptions } from './params.js';
import { segmentsToHtml, segmentsToText } from './snippet.js';
import type { SearchResults } from './types.js';

/** Results change with every publish; a short shared cache still absorbs a burst on one query. */
const SEARCH_CACHE = 'public, max-age=30';
const EMPTY: SearchResults = { query: '', total: 0, hits: [], corrected: false, capped: false, partial: false, rewritten: null };

async function run(app: FastifyInstance, request: FastifyRequest) {
  const params = await parseSearchParams(app.db.kysely, request.query as Record<string, unknown>);
  const options = await searchOptions(app.db.kysely, params, app.config.timeZone);
  const results = params.q ? await app.searchEngine.search(params.q, options) : EMPTY;
  return { params, results };
}

/** The JSON API answers errors in JSON, with the same Vietnamese message the page would show. */
function sendJsonError(reply: FastifyReply, error: unknown) {
  if (error instanceof HttpError) return reply.status(error.statusCode).header('Cache-Control', 'no-store').send({ error: error.message });
  throw error;
}

export async function searchRoutes(app: FastifyInstance) {
  app.get(SEARCH_PATH, async (request, reply) => {
    const { params, results } = await run(app, request);
    const pages = pageCount(results.total);
    if (params.q && results.total > 0 && params.page > pages) throw new HttpError(404, 'Trang kết quả này không tồn tại.');
    const { site, sections } = await loadSiteContext(app);
    const html = renderDocument(<SearchPage site={site} sections={sections} params={params} results={results} pageCount={pages} />);
    return reply.header('Cache-Control', SEARCH_CACHE).type('text/html; charset=utf-8').send(html);
  });

  app.get('/api/v1/search', async (request, reply) => {
    try {
      const { params, results } = await run(app, request);
      return reply.header('Cache-Control', SEARCH_CACHE).send({
        query: results.query,
        total: results.total,
        /** True when counting stopped at `total`: there are more. */
        total_capped: results.capped,
        page: params.page,
        page_count: pageCount(results.total),
        corrected: results.corrected,
        /** No article has every word: these cover most of the query. */
        partial: results.partial,
        /** The query actually searched, when the words were converted (input-method keystrokes); else null. */
        searched_as: results.rewritten,
        results: results.hits.map((h) => ({
          id: h.id,
          title: h.title,
          url: articlePath(h.section_path, h.slug, h.id),
          section: { path: h.section_path, name: h.section_name },
          published_at: h.published_at,
          /** HTML: every character escaped, matched words in <mark>. */
          snippet: segmentsToHtml(h.snippet),
          snippet_text: segmentsToText(h.snippet),
        })),
      });
    } catch (error) {
      return sendJsonError(reply, error);
    }
  });

  app.get('/api/v1/search/suggest', async (request, reply) => {
    const raw = (request.query as Record<string, unknown>).q;
    const q = Array.isArray(raw) ? raw[0] : raw;
    if (q !== undefined && typeof q !== 'string') return sendJsonError(reply, new HttpError(400, 'Từ khóa không hợp lệ.'));
    const suggestions = q ? await app.searchEngine.suggest(q, 8) : [];
    return reply.header('Cache-Control', SEARCH_CACHE).send({ query: q ?? '', suggestions });
  });
}
