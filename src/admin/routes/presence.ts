import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser } from '../../newsroom/auth.js';
import { markAbsent, markPresent, othersPresent, presenceMessage } from '../../newsroom/presence.js';
import { formBody, ID_PARAMS, type IdParams } from '../schemas.js';
import { articleFromParams, asker, requireView } from './article-shared.js';

/** The editor's heartbeat: "I still have this article open", answered with who else has. */

const HEARTBEAT_BODY = formBody('roi-di');

async function postHeartbeat(request: FastifyRequest<{ Params: IdParams; Body: Static<typeof HEARTBEAT_BODY> }>, reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store');
  const who = await asker(request);
  const article = await articleFromParams(request);
  // Only those who may read the article are recorded, and only they learn who else is on it.
  requireView(who.actor, article);
  const db = request.server.db.kysely;
  const userId = currentUser(request).id;
  const leaving = request.body?.['roi-di'];
  if (leaving !== undefined && leaving !== '1') return reply.status(400).send({ error: 'Giá trị roi-di chỉ có thể là 1.' });
  if (leaving === '1') {
    await markAbsent(db, article.id, userId);
    return reply.status(204).send();
  }
  await markPresent(db, article.id, userId);
  const names = await othersPresent(db, article.id, userId);
  return reply.send({ names, message: presenceMessage(names) });
}

/** A heartbeat carries a CSRF token and at most "roi-di=1": not the article routes' 5 MB. */
const HEARTBEAT_BODY_LIMIT = 1024;

export async function presenceRoutes(app: FastifyInstance) {
  app.post(
    '/bai-viet/:id/dang-sua',
    { bodyLimit: HEARTBEAT_BODY_LIMIT, config: { permission: 'article.view' }, schema: { params: ID_PARAMS, body: HEARTBEAT_BODY } },
    postHeartbeat,
  );
}
