import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { ArticleDetail } from '../../content/articles.js';
import type { Article, Database, Tag } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { contentColumns } from '../../newsroom/articles.js';
import { latestContent } from '../../newsroom/working-copy.js';
import { renderArticle } from '../../site/article-view.js';
import { normalizeText, slugify } from '../../vi/index.js';
import { adminContext, sendAdminPage } from '../context.js';
import { ArticlePreviewPage, PREVIEW_WIDTHS, type PreviewWidth } from '../pages/article-preview.js';
import { ID_PARAMS, queryFields, type IdParams } from '../schemas.js';
import { articleFromParams, asker, requireView } from './article-shared.js';

/**
 * "Xem trước": the article as readers will see it, drawn by the reading site's own article template,
 * from the newest saved text (a live article's working copy included). Never public: newsroom
 * permission to see the article, never through the page cache, `private, no-store`, noindex; framed
 * only by the newsroom's own page, which switches between a desktop and a 390 px phone width.
 */

/** The article as it would be with its newest text: the row with the saved content laid over it. */
async function previewDetail(db: Kysely<Database>, row: Article): Promise<ArticleDetail> {
  const content = await latestContent(db, row);
  const article: Article = {
    ...row,
    ...contentColumns(content),
    slug: content.slug || row.slug,
    // Not yet published: dated as if it went out now.
    published_at: row.published_at ?? new Date().toISOString(),
    // The stored excerpts and date are of the row as saved: the page computes those of this text.
    derived_zone: '',
  };
  const [section, image, author] = await Promise.all([
    db.selectFrom('sections').selectAll().where('id', '=', article.section_id).executeTakeFirst(),
    article.featured_image_id === null ? undefined : db.selectFrom('images').selectAll().where('id', '=', article.featured_image_id).executeTakeFirst(),
    article.author_id === null ? undefined : db.selectFrom('users').select(['display_name', 'slug']).where('id', '=', article.author_id).executeTakeFirst(),
  ]);
  if (!section) throw new HttpError(409, 'Chuyên mục của bài không còn nữa: hãy chọn lại chuyên mục rồi lưu.');
  // Tags not created yet (a working copy's new ones) are shown by name with the slug they will get.
  const named = content.tags.map((name) => ({ name, slug: slugify(name) }));
  const slugs = named.map((t) => t.slug);
  const existing = slugs.length === 0 ? [] : await db.selectFrom('tags').selectAll().where('slug', 'in', slugs).execute();
  const tags: Tag[] = named.map(({ name, slug }) => existing.find((t) => t.slug === slug) ?? { id: 0, name: normalizeText(name), slug });
  return { article, section, image: image ?? null, author: author ?? null, tags };
}

/** The CSP of the reading site forbids framing; the preview is framed by the newsroom's own page. */
function allowSameOriginFrame(reply: FastifyReply): void {
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  reply.header('x-frame-options', 'SAMEORIGIN');
}

const PREVIEW_QUERY = queryFields('kho');

function widthOf(query: Static<typeof PREVIEW_QUERY>): PreviewWidth {
  const value = query.kho;
  return typeof value === 'string' && Object.hasOwn(PREVIEW_WIDTHS, value) ? (value as PreviewWidth) : 'may-tinh';
}

export async function articlePreviewRoutes(app: FastifyInstance) {
  app.get<{ Params: IdParams; Querystring: Static<typeof PREVIEW_QUERY> }>(
    '/bai-viet/:id/xem-truoc',
    { config: { permission: 'article.view' }, schema: { params: ID_PARAMS, querystring: PREVIEW_QUERY } },
    async (request, reply) => {
      const who = await asker(request);
      const article = await articleFromParams(request);
      requireView(who.actor, article);
      return sendAdminPage(reply, <ArticlePreviewPage ctx={adminContext(request, reply)} article={article} width={widthOf(request.query)} />);
    },
  );

  app.get<{ Params: IdParams }>(
    '/bai-viet/:id/xem-truoc/trang',
    { config: { permission: 'article.view' }, schema: { params: ID_PARAMS } },
    async (request, reply) => {
      const who = await asker(request);
      const article = await articleFromParams(request);
      requireView(who.actor, article);
      const { html } = await renderArticle(app, await previewDetail(app.db.kysely, article), { preview: true });
      allowSameOriginFrame(reply);
      return reply.header('Cache-Control', 'private, no-store').header('X-Robots-Tag', 'noindex, nofollow').type('text/html; charset=utf-8').send(html);
    },
  );
}
