import type { FastifyInstance } from 'fastify';
import { mayModerate, pendingCommentCount } from '../../comments/moderation.js';
import { listNotifications, markRead, unreadCount } from '../../newsroom/notifications.js';
import { positiveId } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { PendingCommentsPanel } from '../pages/comments-panel.js';
import { NotificationsPage } from '../pages/notifications.js';
import { formBody, ID_PARAMS, type IdParams } from '../schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Unread notifications of the signed-in person, loaded for newsroom pages. */
    notificationCount?: number;
  }
}

/**
 * The count in the menu: loaded before every newsroom page is drawn, for someone signed in.
 * skip-override keeps the hook at the level it is registered on (first in the newsroom plugin's list),
 * so it covers every newsroom route.
 */
async function registerCount(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', async (request) => {
    if (!request.user || request.method !== 'GET' || request.user.role === 'admin') return;
    request.notificationCount = await unreadCount(app.db.kysely, request.user.id);
  });
}

export const notificationCountPlugin = Object.assign(registerCount, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'toasoan-notification-count',
});

/** The list; opening one marks it read and goes to its article; "all read" in one click. */
export async function notificationRoutes(app: FastifyInstance) {
  app.get('/thong-bao', { config: { permission: 'article.view' } }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.status(401).send();
    const comments = mayModerate(user.role) ? <PendingCommentsPanel count={await pendingCommentCount(app.db.kysely)} /> : undefined;
    const rows = await listNotifications(app.db.kysely, user.id);
    return sendAdminPage(reply, <NotificationsPage ctx={adminContext(request, reply)} timeZone={app.config.timeZone} rows={rows} comments={comments} />);
  });

  app.post('/thong-bao/da-doc', { config: { permission: 'article.view' }, schema: { body: formBody() } }, async (request, reply) => {
    if (request.user) await markRead(app.db.kysely, request.user.id);
    return reply.redirect('/admin/thong-bao', 303);
  });

  app.get<{ Params: IdParams }>('/thong-bao/:id', { config: { permission: 'article.view' }, schema: { params: ID_PARAMS } }, async (request, reply) => {
    const id = positiveId(request.params.id);
    const articleId = request.user && id !== null ? await markRead(app.db.kysely, request.user.id, id) : null;
    return reply.redirect(articleId ? `/admin/bai-viet/${articleId}` : '/admin/thong-bao', 303);
  });
}
