import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Article } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { liveChanges, WORKING_COPY_STEPS, workingCopyRefusal, workingCopyStep, type WorkingCopyStep } from '../../newsroom/working-copy.js';
import { positiveId, textOf } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { LiveChangesPage } from '../pages/live-changes.js';
import { formBody, ID_PARAMS, type IdParams } from '../schemas.js';
import { articleFromParams, asker, requireView, type Asker } from './article-shared.js';

/** A live article's unpublished changes: see them, then publish, send for approval or drop them. */

const STEPS = Object.keys(WORKING_COPY_STEPS) as WorkingCopyStep[];

async function sendChanges(
  request: FastifyRequest,
  reply: FastifyReply,
  who: Asker,
  article: Article,
  status = 200,
  notice?: { kind: 'ok' | 'error'; text: string },
) {
  const changes = await liveChanges(request.server.db.kysely, article);
  const steps = STEPS.filter((step) => workingCopyRefusal(who.actor, article, step, who.policy) === null);
  const page = (
    <LiveChangesPage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      article={article}
      changes={changes}
      steps={steps}
      notice={notice}
    />
  );
  return sendAdminPage(reply, page, status);
}

const STEP_BODY = formBody('name', 'version', 'note');

async function postStep(request: FastifyRequest<{ Params: IdParams; Body: Static<typeof STEP_BODY> }>, reply: FastifyReply) {
  const who = await asker(request);
  const article = await articleFromParams(request);
  requireView(who.actor, article);
  const body = request.body ?? {};
  const requested = textOf(body.name);
  const step = Object.hasOwn(WORKING_COPY_STEPS, requested) ? (requested as WorkingCopyStep) : null;
  if (!step) throw new HttpError(400, 'Thao tác không hợp lệ.');
  const note = textOf(body.note).slice(0, 500);
  try {
    await workingCopyStep(request.server.db.kysely, who.actor, article.id, { step, baseVersion: positiveId(body.version) ?? 0, note }, who.policy);
  } catch (error) {
    if (!(error instanceof HttpError) || error.statusCode === 404) throw error;
    return sendChanges(request, reply, who, await articleFromParams(request), error.statusCode, { kind: 'error', text: error.message });
  }
  return reply.redirect(`/admin/bai-viet/${article.id}?thay-doi=${step}`, 303);
}

export async function workingCopyRoutes(app: FastifyInstance) {
  // Any editorial role reaches the screen; what each may do is decided per article by workingCopyRefusal.
  const permission = 'article.workflow';
  app.get<{ Params: IdParams }>('/bai-viet/:id/thay-doi', { config: { permission }, schema: { params: ID_PARAMS } }, async (request, reply) => {
    const who = await asker(request);
    const article = await articleFromParams(request);
    requireView(who.actor, article);
    return sendChanges(request, reply, who, article);
  });
  app.post('/bai-viet/:id/thay-doi', { config: { permission }, schema: { params: ID_PARAMS, body: STEP_BODY } }, postStep);
}
