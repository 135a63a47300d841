import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findAuthorBySlug, findLiveArticle, findTagBySlug, type ListFilter } from '../content/articles.js';
import { findSectionByPath, listSections, sectionAndDescendantIds } from '../content/sections.js';
import { sharedSecret } from '../content/settings.js';
import { entityTag } from '../feeds/conditional.js';
import { HttpError } from '../http-error.js';
import { SEARCH_CACHE, searchJson, suggestJson } from '../search/routes.js';
import { articleBody, authorListBody, listArticles, sectionTreeBody, tagListBody, type ArticlePosition } from './content.js';
import { CursorError, decodeCursor, encodeCursor } from './cursor.js';
import { openApiDocument, type DocumentedRoute, type RouteDoc } from './openapi.js';
import { RateLimiter } from './rate-limit.js';
import { sendReference } from './reference.js';
import {
  Article,
  ArticleList,
  ArticleListQuery,
  AuthorList,
  ErrorBody,
  errorResponses,
  IdParams,
  SearchQuery,
  SearchResults,
  SectionTree,
  SuggestQuery,
  Suggestions,
  TagList,
  TagListQuery,
} from './schemas.js';
import { createApiAjv, ParameterError, parameterError } from './validation.js';

/**
 * The read-only content API under /api/v1: live content only, stable shapes (the schemas in
 * ./schemas.ts), absolute URLs, ETag/304, CORS as configured, a per-address rate limit, and JSON
 * errors that name the parameter at fault.
 */

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';
const API_CACHE = 'public, max-age=60';
const NOT_FOUND: ErrorBody = { error: 'Không tìm thấy.', code: 'not_found' };
/** The header search box's own helper: readers behind one carrier address must not share a limit on it. */
const UNLIMITED = new Set([`${API_PREFIX}/search/suggest`, `${API_PREFIX}/openapi.json`, `${API_PREFIX}/docs`]);

function errorBody(error: FastifyError | HttpError): { status: number; body: ErrorBody } {
  if (error instanceof ParameterError) return { status: 400, body: { error: error.message, code: 'invalid_parameter', parameter: error.parameter } };
  if ('validation' in error && error.validation) {
    const refused = parameterError(error.validation as Parameters<typeof parameterError>[0]);
    return { status: 400, body: { error: refused.message, code: 'invalid_parameter', parameter: refused.parameter } };
  }
  if (error instanceof HttpError) {
    return { status: error.statusCode, body: { error: error.message, code: error.statusCode === 404 ? 'not_found' : 'invalid_parameter' } };
  }
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  return status === 500
    ? { status, body: { error: 'Máy chủ gặp lỗi, vui lòng thử lại sau.', code: 'internal' } }
    : { status, body: { error: 'Yêu cầu không hợp lệ.', code: 'invalid_request' } };
}

function allowOrigin(origins: string[], origin: string | undefined): string | null {
  if (origins.includes('*')) return '*';
  return origin && origins.includes(origin) ? origin : null;
}

/** Resolves the list's filters by name; an unknown section, tag or author is a refused parameter. */
async function resolveFilter(app: FastifyInstance, query: ArticleListQuery): Promise<ListFilter> {
  const db = app.db.kysely;
  const filter: ListFilter = {};
  if (query.section !== undefined) {
    const section = await findSectionByPath(db, query.section);
    if (!section) throw new ParameterError('section', `Chuyên mục "${query.section}" không tồn tại.`);
    filter.sectionIds = sectionAndDescendantIds(await listSections(db), section.id);
  }
  if (query.tag !== undefined) {
    const tag = await findTagBySlug(db, query.tag);
    if (!tag) throw new ParameterError('tag', `Chủ đề "${query.tag}" không tồn tại.`);
    filter.tagId = tag.id;
  }
  if (query.author !== undefined) {
    const author = await findAuthorBySlug(db, query.author);
    if (!author) throw new ParameterError('author', `Tác giả "${query.author}" không tồn tại.`);
    filter.authorId = author.id;
  }
  return filter;
}

function readCursor<T>(secret: string, scope: string, cursor: string | undefined, shape: (position: (string | number)[]) => T | null): T | null {
  if (cursor === undefined) return null;
  try {
    const position = shape(decodeCursor(secret, scope, cursor));
    if (position !== null) return position;
  } catch (error) {
    if (!(error instanceof CursorError)) throw error;
  }
  throw new ParameterError('cursor', 'Tham số "cursor" không hợp lệ: hãy dùng next_cursor của trang trước với cùng bộ lọc.');
}

function doc(schema: RouteDoc & Record<string, unknown>) {
  return { schema };
}

export async function apiRoutes(app: FastifyInstance) {
  const documented: DocumentedRoute[] = [];
  const secret = await sharedSecret(app.db.kysely, 'api_cursor_secret');
  const limiter = app.config.apiRateLimit > 0 ? new RateLimiter(app.config.apiRateLimit) : null;
  const ajv = createApiAjv();
  app.setValidatorCompiler(({ schema }) => ajv.compile(schema));
  // Answers are built as the schemas' static types (TypeScript checks every field), and the tests
  // check real answers against the schemas; compiling a serialiser per route would only slow start-up.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.schema?.response && methods.includes('GET')) documented.push({ method: 'GET', url: route.url, schema: route.schema as RouteDoc });
  });

  app.addHook('onRequest', async (request, reply) => {
    const origin = allowOrigin(app.config.apiCorsOrigins, request.headers.origin);
    if (origin) {
      reply
        .header('Access-Control-Allow-Origin', origin)
        .header('Access-Control-Expose-Headers', 'ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining');
      reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
      if (origin !== '*') reply.header('Vary', 'Origin');
    }
    if (!limiter || request.method === 'OPTIONS' || UNLIMITED.has(request.url.split('?')[0] ?? request.url)) return;
    const decision = limiter.hit(request.ip);
    reply.header('X-RateLimit-Limit', decision.limit).header('X-RateLimit-Remaining', decision.remaining);
    if (!decision.allowed) {
      const body: ErrorBody = { error: `Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau ${decision.resetSeconds} giây.`, code: 'rate_limited' };
      return reply.status(429).header('Retry-After', decision.resetSeconds).header('Cache-Control', 'no-store').send(body);
    }
  });

  // Answers are pure functions of the data: an ETag from the bytes, and 304 when the client has them.
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const etag = entityTag(payload);
    reply.header('ETag', etag);
    const ifNoneMatch = request.headers['if-none-match'];
    if (typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      reply.status(304);
      reply.removeHeader('Content-Type');
      reply.removeHeader('Content-Length');
      return '';
    }
    return payload;
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const { status, body } = errorBody(error);
    if (status >= 500) request.log.error({ err: error }, 'API request failed');
    return reply.status(status).header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(body);
  });
  // The reading site's catch-all GET route would answer unknown API paths with an HTML page.
  const notFound = async (_request: FastifyRequest, reply: FastifyReply) => reply.status(404).header('Cache-Control', 'no-store').send(NOT_FOUND);
  app.setNotFoundHandler(notFound);
  app.get('/*', notFound);

  app.options('/*', async (request, reply) => {
    reply
      .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      .header('Access-Control-Allow-Headers', 'If-None-Match, Content-Type')
      .header('Access-Control-Max-Age', 86400);
    return reply.status(204).send();
  });

  const siteUrl = () => app.config.siteUrl;

  app.get<{ Querystring: ArticleListQuery }>(
    '/articles',
    doc({
      operationId: 'listArticles',
      summary: 'Live articles, newest first',
      description:
        'Filters combine. Pages follow `next_cursor`: the cursor is a position in publication order, so stories published while a client pages through appear on the first page and never shift, repeat or hide later ones.',
      tags: ['articles'],
      querystring: ArticleListQuery,
      response: { 200: ArticleList },
    }),
    async (request, reply) => {
      const query = request.query;
      const filter = await resolveFilter(app, query);
      const publishedAfter = query.published_after ? new Date(query.published_after).toISOString() : undefined;
      const updatedAfter = query.updated_after ? new Date(query.updated_after).toISOString() : undefined;
      const scope = JSON.stringify(['articles', query.section ?? '', query.tag ?? '', query.author ?? '', publishedAfter ?? '', updatedAfter ?? '']);
      const after = readCursor<ArticlePosition>(secret, scope, query.cursor, ([publishedAt, id]) =>
        typeof publishedAt === 'string' && typeof id === 'number' && Number.isSafeInteger(id) ? { publishedAt, id } : null,
      );
      const now = new Date().toISOString();
      const page = await listArticles(app.db.kysely, siteUrl(), now, { ...filter, publishedAfter, updatedAfter }, after, query.limit ?? 20);
      reply.header('Cache-Control', API_CACHE);
      return { data: page.articles, next_cursor: page.more && page.last ? encodeCursor(secret, scope, [page.last.publishedAt, page.last.id]) : null };
    },
  );

  app.get<{ Params: IdParams }>(
    '/articles/:id',
    doc({
      operationId: 'getArticle',
      summary: 'One live article with its body, images, section, tags and authors',
      tags: ['articles'],
      params: IdParams,
      response: { 200: Article },
    }),
    async (request, reply) => {
      const detail = await findLiveArticle(app.db.kysely, request.params.id, new Date().toISOString());
      if (!detail) throw new HttpError(404, 'Không có bài viết đang đăng với mã số này.');
      reply.header('Cache-Control', API_CACHE);
      return articleBody(siteUrl(), detail);
    },
  );

  app.get(
    '/sections',
    doc({ operationId: 'listSections', summary: 'Sections as a tree, in menu order', tags: ['sections'], response: { 200: SectionTree } }),
    async (_request, reply) => {
      reply.header('Cache-Control', API_CACHE);
      return sectionTreeBody(app.db.kysely, siteUrl());
    },
  );

  app.get<{ Querystring: TagListQuery }>(
    '/tags',
    doc({
      operationId: 'listTags',
      summary: 'Tags by slug, with their live article counts',
      tags: ['tags'],
      querystring: TagListQuery,
      response: { 200: TagList },
    }),
    async (request, reply) => {
      const after = readCursor<string>(secret, 'tags', request.query.cursor, ([slug]) => (typeof slug === 'string' ? slug : null));
      const page = await tagListBody(app.db.kysely, siteUrl(), new Date().toISOString(), after, request.query.limit ?? 100);
      reply.header('Cache-Control', API_CACHE);
      return { ...page.body, next_cursor: page.more && page.last !== null ? encodeCursor(secret, 'tags', [page.last]) : null };
    },
  );

  app.get(
    '/authors',
    doc({ operationId: 'listAuthors', summary: 'Authors with at least one live article', tags: ['authors'], response: { 200: AuthorList } }),
    async (_request, reply) => {
      reply.header('Cache-Control', API_CACHE);
      return authorListBody(app.db.kysely, siteUrl(), new Date().toISOString());
    },
  );

  app.get<{ Querystring: SearchQuery }>(
    '/search',
    doc({
      operationId: 'search',
      summary: 'Search live articles as the reading site does',
      description: 'The same engine and parameters as /tim-kiem: diacritics and tone-mark placement are forgiven, 20 results a page.',
      tags: ['search'],
      querystring: SearchQuery,
      response: { 200: SearchResults },
    }),
    async (request, reply) => {
      reply.header('Cache-Control', SEARCH_CACHE);
      return searchJson(app, request.query);
    },
  );

  app.get<{ Querystring: SuggestQuery }>(
    '/search/suggest',
    doc({
      operationId: 'suggest',
      summary: 'Up to eight article titles for a search box',
      tags: ['search'],
      querystring: SuggestQuery,
      response: { 200: Suggestions },
    }),
    async (request, reply) => {
      reply.header('Cache-Control', SEARCH_CACHE);
      return suggestJson(app, request.query.q);
    },
  );

  const openApi = () =>
    openApiDocument(
      {
        title: `${app.siteInfo.name} content API`,
        version: API_VERSION,
        description: 'Read-only access to the live content of the paper. Reference: /api/v1/docs.',
        serverUrl: siteUrl(),
      },
      documented,
      // Every route may refuse a parameter or a busy client; these are serialised by the error
      // handler, not per route, so Fastify compiles them once.
      { ...errorResponses, 404: { ...ErrorBody, description: 'Nothing live at this address or id.' } },
    );

  app.get('/openapi.json', async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=300');
    return openApi();
  });

  app.get('/docs', async (request, reply) => sendReference(app, reply, openApi()));
}
