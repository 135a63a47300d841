import type { FastifyInstance } from 'fastify';
import { currentUser } from '../../newsroom/auth.js';
import { suggestTags, TAG_QUERY_MAX } from '../../newsroom/tag-suggestions.js';
import { routeOf } from '../paths.js';

export const TAG_SUGGESTIONS_PATH = '/admin/chu-de/goi-y';

/** The editor's tag field asks here as the person types: a few tags, as JSON, never cached. */
export async function tagSuggestionRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { q: string } }>(
    routeOf(TAG_SUGGESTIONS_PATH),
    {
      config: { permission: 'article.edit' },
      schema: {
        querystring: { type: 'object', required: ['q'], additionalProperties: false, properties: { q: { type: 'string', maxLength: TAG_QUERY_MAX } } },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return suggestTags(app.db.kysely, currentUser(request).id, request.query.q);
    },
  );
}
