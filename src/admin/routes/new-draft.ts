import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ContentError, createDraft } from '../../newsroom/articles.js';
import { contentFromForm, fieldErrors, formFromBody } from '../article-input.js';
import { NEW_DRAFT_AUTOSAVE_PATH } from '../article-fields.js';
import { articleAdminPath } from '../pages/article-parts.js';
import { routeOf } from '../paths.js';
import { ARTICLE_BODY } from '../schemas.js';
import { asker } from './article-shared.js';

/**
 * The first autosave of a new article: it creates the draft (the same checks as "Tạo bản nháp"),
 * and tells the editor where the article now lives, so the next autosaves, the save button, the
 * address bar and the picture dialog all work on it without a page load.
 */

/** What the editor needs to go on with the draft it just created. */
export interface CreatedDraft {
  id: number;
  /** The article's editor page; also where its form is posted. */
  editUrl: string;
  autosaveUrl: string;
}

async function postNewDraft(request: FastifyRequest<{ Body: Static<typeof ARTICLE_BODY> }>, reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store');
  const who = await asker(request);
  const { content, errors } = contentFromForm(formFromBody(request.body));
  let problems = errors;
  if (Object.keys(problems).length === 0) {
    try {
      const article = await createDraft(request.server.db.kysely, who.actor, content, who.policy);
      const created: CreatedDraft = { id: article.id, editUrl: articleAdminPath(article.id), autosaveUrl: articleAdminPath(article.id, '/autosave') };
      return reply.send({ version: article.version, savedAt: article.updated_at, unpublished: false, created });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = fieldErrors(error.errors);
    }
  }
  return reply.status(400).send({ error: Object.values(problems)[0] ?? 'Dữ liệu không hợp lệ.', fields: problems });
}

export async function newDraftRoutes(app: FastifyInstance) {
  app.post(routeOf(NEW_DRAFT_AUTOSAVE_PATH), { config: { permission: 'article.create' }, schema: { body: ARTICLE_BODY } }, postNewDraft);
}
