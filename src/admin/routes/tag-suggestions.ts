import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { currentUser } from '../../newsroom/auth.js';
import { suggestTags, TAG_QUERY_MAX } from '../../newsroom/tag-suggestions.js';
import { routeOf } from '../paths.js';

export const TAG_SUGGESTIONS_PATH = '/admin/chu-de/goi-y';
const SUGGEST_QUERY = Type.Object({ q: Type.String({ maxLength: TAG_QUERY_MAX }) }, { additionalProperties: false });

/** The editor's tag field asks here as the person types: a few tags, as JSON, never cached. */
export async function tagSuggestionRoutes(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof SUGGEST_QUERY> }>(
    routeOf(TAG_SUGGESTIONS_PATH),
    { config: { permission: 'article.edit' }, schema: { querystring: SUGGEST_QUERY } },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return suggestTags(app.db.kysely, currentUser(request).id, request.query.q);
    },
  );
}
