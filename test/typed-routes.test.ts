import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { formFromBody } from '../src/admin/article-input.js';
import { articleFromParams } from '../src/admin/routes/article-shared.js';
import { ARTICLE_BODY, formBody, ID_PARAMS, pathParams, type IdParams } from '../src/admin/schemas.js';
import type { Database } from '../src/db/schema.js';
import { bodyFields, queryFields } from '../src/request-fields.js';
import { parseSearchParams } from '../src/search/params.js';
import { searchJson } from '../src/search/routes.js';

/**
 * Route handlers read their body, query and params typed by the schema their route declares, so a
 * handler that reads a field its schema does not declare does not compile. The checks below are
 * compiled by `tsc --noEmit` (tsconfig includes test/) and never run: each `@ts-expect-error` line
 * must fail to compile, or tsc reports the directive as unused.
 */
export function compileTimeChecks(app: FastifyInstance, db: Kysely<Database>, untyped: FastifyRequest) {
  const TRANSITION = formBody('name', 'note');
  app.post<{ Params: IdParams; Body: Static<typeof TRANSITION> }>('/x/:id', { schema: { params: ID_PARAMS, body: TRANSITION } }, async (request) => {
    const declared = [request.params.id, request.body?.name, request.body?.note, request.body?._csrf];
    // @ts-expect-error the route declares no `publish_at`
    const undeclared = request.body?.publish_at;
    // @ts-expect-error the params declare `id` only
    const version = request.params.version;
    return { declared, undeclared, version };
  });

  const LIST = queryFields('trang');
  app.get<{ Querystring: Static<typeof LIST> }>('/y', { schema: { querystring: LIST } }, async (request) => {
    // @ts-expect-error the query declares `trang` only
    return [request.query.trang, request.query.q];
  });

  // A handler given no schema type reads nothing: its body, query and params are unknown.
  // @ts-expect-error body is unknown
  void untyped.body.title;
  // @ts-expect-error query is unknown
  void untyped.query.trang;

  // The shared pieces take requests typed by the schemas of the routes that use them.
  // @ts-expect-error a request without `:id` params cannot name an article
  void articleFromParams(untyped);
  void articleFromParams(untyped as FastifyRequest<{ Params: IdParams }>);
  // @ts-expect-error the versioned params are not what the article routes declare
  void articleFromParams(untyped as FastifyRequest<{ Params: Static<ReturnType<typeof pathParams<'version'>>> }>);
  // @ts-expect-error the editor form reads the article fields, not any record
  void formFromBody({ password: 'x' });
  void formFromBody({ title: 'x', tags: ['a', 'b'] } satisfies Static<typeof ARTICLE_BODY>);
  // @ts-expect-error the search page declares no `secret` parameter
  void parseSearchParams(db, { secret: '1' });
  // @ts-expect-error nor does the API's search
  void searchJson(app, { q: 'x', admin: '1' });
}

test('the field schemas name exactly the fields their static type lets a handler read', () => {
  const names = (schema: unknown) => Object.keys((schema as { properties: Record<string, unknown> }).properties);
  assert.deepEqual(names(formBody('name', 'note')), ['name', 'note', '_csrf']);
  assert.deepEqual(names(bodyFields('article_id', 'body')), ['article_id', 'body']);
  assert.deepEqual(names(queryFields('q', 'trang')), ['q', 'trang']);
  assert.deepEqual(names(ID_PARAMS), ['id']);
});
