import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { viewsRetentionDays } from '../../royalties/settings.js';
import { addDays, daysBetween } from '../../stats/days.js';
import { articleViews, pruneDailyViews } from '../../stats/queries.js';
import { CSV_TABLES, PERIODS, reportCsv, statsReport, type CsvTable, type Period } from '../../stats/report.js';
import { localDateKey } from '../../vi/index.js';
import { adminContext, sendAdminPage } from '../context.js';
import { textOf } from '../../request-fields.js';
import { sendNotice } from '../pages/notice.js';
import { ArticleViewsPage, StatsPage } from '../pages/stats.js';
import { routeOf } from '../paths.js';
import { ID_PARAMS, queryFields, type IdParams } from '../schemas.js';
import { articleFromParams, asker, requireView } from './article-shared.js';

/** /admin/thong-ke (editors and up), its CSV tables, and an article's own views per day (whoever may see the article). */

/** Longest history an article's chart draws, whatever the retention keeps. */
const ARTICLE_DAYS_MAX = 366;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

const STATS_QUERY = queryFields('ngay', 'bang');

function period(value: string): Period | null {
  if (!value) return 30;
  const n = Number(value);
  return (PERIODS as readonly number[]).includes(n) && /^\d+$/.test(value) ? (n as Period) : null;
}

export async function statsRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const viewers = { config: { permission: 'stats.view' }, schema: { querystring: STATS_QUERY } } as const;
  type Viewers = { Querystring: Static<typeof STATS_QUERY> };

  app.get<Viewers>(routeOf('/admin/thong-ke'), viewers, async (request, reply) => {
    const p = period(textOf(request.query.ngay));
    if (p === null)
      return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Khoảng thời gian là 7, 30 hoặc 90 ngày.', [
        { href: '/admin/thong-ke', label: 'Về thống kê' },
      ]);
    const report = await statsReport(db, p, app.config.timeZone);
    return sendAdminPage(reply, <StatsPage ctx={adminContext(request, reply)} report={report} period={p} />);
  });

  app.get<Viewers>(routeOf('/admin/thong-ke/xuat.csv'), viewers, async (request, reply) => {
    const p = period(textOf(request.query.ngay));
    const table = textOf(request.query.bang);
    if (p === null || !Object.hasOwn(CSV_TABLES, table))
      return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Không có bảng số liệu này.', [{ href: '/admin/thong-ke', label: 'Về thống kê' }]);
    const report = await statsReport(db, p, app.config.timeZone);
    return reply
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', `attachment; filename="thong-ke-${table}-${p}-ngay.csv"`)
      .type('text/csv; charset=utf-8')
      .send(reportCsv(report, table as CsvTable));
  });

  app.get<{ Params: IdParams }>(
    routeOf('/admin/bai-viet/:id/luot-xem'),
    { config: { permission: 'article.view' }, schema: { params: ID_PARAMS } },
    async (request, reply) => {
      const who = await asker(request);
      const article = await articleFromParams(request);
      requireView(who.actor, article);
      const today = localDateKey(new Date(), app.config.timeZone);
      const published = article.published_at ? localDateKey(new Date(article.published_at), app.config.timeZone) : null;
      const first =
        published && published <= today ? (published < addDays(today, -ARTICLE_DAYS_MAX + 1) ? addDays(today, -ARTICLE_DAYS_MAX + 1) : published) : null;
      const days = first ? daysBetween(first, today) : [];
      const views = days.length ? await articleViews(db, article.id, days) : [];
      return sendAdminPage(reply, <ArticleViewsPage ctx={adminContext(request, reply)} article={article} days={days} views={views} />);
    },
  );

  // Old daily rows go after the retention the administrator set; the totals on the articles stay.
  const prune = () =>
    viewsRetentionDays(db)
      .then((days) => pruneDailyViews(db, days, app.config.timeZone))
      .catch((error: unknown) => app.log.warn({ err: error }, 'pruning daily views failed'));
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    void prune();
    timer = setInterval(() => void prune(), PRUNE_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
