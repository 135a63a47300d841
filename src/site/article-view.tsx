import type { FastifyInstance } from 'fastify';
import { approvedThreads, type CommentErrors, type PublicComment } from '../comments/comments.js';
import { issueFormToken } from '../comments/form-token.js';
import { listLatest, type ArticleDetail } from '../content/articles.js';
import { renderBodyPictures } from '../media/body-pictures.js';
import { ArticlePage } from './pages/article.js';
import { PageTags } from '../cache/changes.js';
import { SITE_TAGS, summaryTags } from './page-tags.js';
import { renderDocument } from './render.js';
import { loadSiteContext } from './site-context.js';

export interface ArticleViewOptions {
  /** The reader's own input, kept when the form comes back with errors. */
  form?: { name: string; email: string; body: string };
  errors?: CommentErrors;
  replyToId?: number | null;
  pendingNotice?: boolean;
  /** The reader's own, still valid form token, when the form comes back only to be sent again. */
  token?: string;
  /** The newsroom's preview of an article readers do not see (yet): see ArticlePage. */
  preview?: boolean;
}

/** The article page's HTML and the tags of everything it shows (src/cache/changes.ts). */
export async function renderArticle(app: FastifyInstance, detail: ArticleDetail, options: ArticleViewOptions = {}): Promise<{ html: string; tags: string[] }> {
  const db = app.db.kysely;
  const now = new Date().toISOString();
  const [{ site, sections }, related, comments, body] = await Promise.all([
    loadSiteContext(app),
    listLatest(db, now, { sectionIds: [detail.section.id], excludeIds: [detail.article.id] }, { limit: 5, offset: 0 }),
    approvedThreads(db, detail.article.id),
    renderBodyPictures(db, detail.article.body_html),
  ]);
  const replyTo: PublicComment | null =
    options.replyToId == null ? null : (comments.threads.flatMap((t) => [t.comment, ...t.replies]).find((c) => c.id === options.replyToId) ?? null);
  const { article } = detail;
  const tags = [
    ...SITE_TAGS,
    PageTags.article(article.id),
    PageTags.comments(article.id),
    PageTags.sectionList(detail.section.id),
    ...(article.author_id === null ? [] : [PageTags.author(article.author_id)]),
    ...(detail.image ? [PageTags.image(detail.image.id)] : []),
    ...body.imageIds.map((id) => PageTags.image(id)),
    ...detail.tags.map((t) => PageTags.tag(t.id)),
    ...summaryTags(related),
  ];
  const html = renderDocument(
    <ArticlePage
      {...{
        site,
        detail: { ...detail, article: { ...detail.article, body_html: body.html } },
        sections,
        related,
        threads: comments.threads,
        commentCount: comments.count,
        pendingNotice: options.pendingNotice ?? false,
        preview: options.preview,
        form: {
          token: options.token ?? issueFormToken(app.secrets.form, detail.article.id),
          name: options.form?.name ?? '',
          email: options.form?.email ?? '',
          body: options.form?.body ?? '',
          replyTo,
          errors: options.errors ?? {},
        },
      }}
    />,
  );
  return { html, tags };
}
