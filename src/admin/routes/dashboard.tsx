import type { FastifyInstance } from 'fastify';
import { articlePath } from '../../content/urls.js';
import { mayView } from '../../newsroom/permissions.js';
import { dashboardFor, systemCounts, type ArticleRow } from '../../newsroom/queries.js';
import { adminContext, sendAdminPage } from '../context.js';
import { DashboardPage, SystemDashboardPage } from '../pages/dashboard.js';
import { asker, facts } from './article-shared.js';
// Comment moderation: the pending count for those who may moderate.
import { mayModerate, pendingCommentCount } from '../../comments/moderation.js';
import { PendingCommentsPanel } from '../pages/comments-panel.js';

/** GET /admin: each person's desk; the administrator, outside the editorial chain, sees the system. */
export async function dashboardRoutes(app: FastifyInstance) {
  // Only /admin itself: /admin/ is no page of its own.
  app.get('/', { config: { permission: 'signed-in' }, prefixTrailingSlash: 'no-slash' }, async (request, reply) => {
    const who = await asker(request);
    const ctx = adminContext(request, reply);
    if (who.actor.role === 'admin') {
      return sendAdminPage(reply, <SystemDashboardPage ctx={ctx} counts={await systemCounts(app.db.kysely)} />);
    }
    const dashboard = await dashboardFor(app.db.kysely, who.actor);
    const canOpen = (row: ArticleRow) => mayView(who.actor, facts(row));
    const publicPath = (row: ArticleRow) => articlePath(row.section_path, row.slug, row.id);
    // --- Comment moderation (src/comments/moderation.ts): "Bình luận chờ duyệt (N)" with a link to the queue. ---
    const moderation = mayModerate(who.actor.role) ? <PendingCommentsPanel count={await pendingCommentCount(app.db.kysely)} /> : null;
    // --- end of comment moderation ---
    return sendAdminPage(
      reply,
      <DashboardPage ctx={ctx} timeZone={app.config.timeZone} dashboard={dashboard} canOpen={canOpen} publicPath={publicPath} moderation={moderation} />,
    );
  });
}
