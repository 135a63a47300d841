import type { ArticleDetail, ArticleSummary } from '../../content/articles.js';
import { sectionAncestry } from '../../content/sections.js';
import { articlePath, authorPath, sectionPath, tagPath } from '../../content/urls.js';
import type { Section } from '../../db/schema.js';
import type { CommentErrors, CommentThread, PublicComment } from '../../comments/comments.js';
import { BODY_MAX, NAME_MAX } from '../../comments/comments.js';
import { excerptOf } from '../../content/derived.js';
import { formatArticleDate, formatIsoOffset } from '../../vi/index.js';
import { variantSize } from '../../feeds/articles.js';
import { breadcrumbList, newsArticle } from '../structured-data.js';
import { ArticleTime, Breadcrumb, Picture } from '../components.js';
import type { SiteContext } from '../context.js';
import { absoluteUrl, Layout } from '../layout.js';

export interface CommentFormState {
  token: string;
  name: string;
  email: string;
  body: string;
  replyTo: PublicComment | null;
  errors: CommentErrors;
}

export interface ArticlePageProps {
  site: SiteContext;
  detail: ArticleDetail;
  sections: Section[];
  related: ArticleSummary[];
  threads: CommentThread[];
  commentCount: number;
  form: CommentFormState;
  /** Shown after a reader's comment was accepted for moderation. */
  pendingNotice: boolean;
  /**
   * The newsroom's preview (src/admin/routes/article-preview.tsx): the same page, but kept out of
   * search engines, without the view counter and without a comment form that would post for real.
   */
  preview?: boolean;
}

function CommentItem({ comment, timeZone, articleHref, canReply }: { comment: PublicComment; timeZone: string; articleHref: string; canReply: boolean }) {
  return (
    <article class="comment" id={`binh-luan-${comment.id}`}>
      <p class="comment-meta">
        <strong class="comment-name">{comment.name}</strong>{' '}
        <time dateTime={comment.created_at}>{formatArticleDate(new Date(comment.created_at), timeZone)}</time>
      </p>
      <p class="comment-body">{comment.body}</p>
      {canReply ? (
        <a class="reply-link" href={`${articleHref}?tra-loi=${comment.id}#viet-binh-luan`}>
          Trả lời
        </a>
      ) : null}
    </article>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

function CommentForm({ articleId, articleHref, form }: { articleId: number; articleHref: string; form: CommentFormState }) {
  const { errors } = form;
  const hasErrors = Object.keys(errors).length > 0;
  // A refused form comes back as a whole article page: focus the first field to fix, so the browser
  // scrolls the reader to the form and its errors instead of leaving them at the top of the story.
  const focus = !hasErrors ? null : errors.name && !errors.body ? 'name' : errors.email && !errors.body ? 'email' : 'body';
  return (
    <form class="comment-form" id="viet-binh-luan" method="post" action="/binh-luan" novalidate>
      <h3>Viết bình luận</h3>
      {hasErrors ? (
        <div class="form-errors" role="alert">
          <p>Bình luận chưa được gửi:</p>
          <ul>
            {Object.values(errors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {form.replyTo ? (
        <p class="replying">
          Trả lời <strong>{form.replyTo.name}</strong> · <a href={`${articleHref}#viet-binh-luan`}>Hủy trả lời</a>
        </p>
      ) : null}
      <input type="hidden" name="article_id" value={String(articleId)} />
      <input type="hidden" name="token" value={form.token} />
      {form.replyTo ? <input type="hidden" name="parent_id" value={String(form.replyTo.id)} /> : null}
      <div class="hp" aria-hidden="true">
        <label for="cf-website">Để trống ô này</label>
        <input id="cf-website" name="website" type="text" tabIndex={-1} autoComplete="off" value="" />
      </div>
      <label for="cf-body">Nội dung</label>
      <FieldError id="cf-body-error" message={errors.body} />
      <textarea
        id="cf-body"
        name="body"
        rows={5}
        maxLength={BODY_MAX}
        required
        aria-invalid={errors.body ? 'true' : undefined}
        aria-describedby={errors.body ? 'cf-body-error' : undefined}
        autoFocus={focus === 'body' ? true : undefined}
      >
        {form.body}
      </textarea>
      <div class="form-row">
        <div>
          <label for="cf-name">Họ tên</label>
          <FieldError id="cf-name-error" message={errors.name} />
          <input
            id="cf-name"
            name="name"
            type="text"
            maxLength={NAME_MAX}
            required
            autoComplete="name"
            value={form.name}
            aria-invalid={errors.name ? 'true' : undefined}
            aria-describedby={errors.name ? 'cf-name-error' : undefined}
            autoFocus={focus === 'name' ? true : undefined}
          />
        </div>
        <div>
          <label for="cf-email">Email (không bắt buộc, không hiển thị)</label>
          <FieldError id="cf-email-error" message={errors.email} />
          <input
            id="cf-email"
            name="email"
            type="email"
            autoComplete="email"
            value={form.email}
            aria-invalid={errors.email ? 'true' : undefined}
            aria-describedby={errors.email ? 'cf-email-error' : undefined}
            autoFocus={focus === 'email' ? true : undefined}
          />
        </div>
      </div>
      <p class="form-note">Bình luận sẽ hiển thị sau khi được tòa soạn duyệt.</p>
      <button type="submit">Gửi bình luận</button>
    </form>
  );
}

function Comments(props: ArticlePageProps & { articleHref: string }) {
  const { threads, commentCount, site, articleHref, detail } = props;
  // Open only when both the site-wide setting and this article allow it.
  const siteOpen = site.commentsEnabled !== false;
  const open = siteOpen && detail.article.comments_enabled === 1;
  return (
    <section class="comments" id="binh-luan" aria-labelledby="binh-luan-heading">
      <h2 id="binh-luan-heading">
        Bình luận <span class="count">({commentCount})</span>
      </h2>
      {props.pendingNotice ? (
        <p class="notice" role="status">
          Bình luận của bạn đang chờ duyệt
        </p>
      ) : null}
      {threads.length === 0 ? (
        <p class="empty">Hiện tại chưa có bình luận</p>
      ) : (
        <ol class="comment-list">
          {threads.map((t) => (
            <li key={t.comment.id}>
              <CommentItem comment={t.comment} timeZone={site.timeZone} articleHref={articleHref} canReply={open} />
              {t.replies.length > 0 ? (
                <ol class="replies">
                  {t.replies.map((r) => (
                    <li key={r.id}>
                      <CommentItem comment={r} timeZone={site.timeZone} articleHref={articleHref} canReply={false} />
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {open && props.preview ? (
        <p class="empty">Ô viết bình luận hiện ở đây khi bài được đăng.</p>
      ) : open ? (
        <CommentForm articleId={detail.article.id} articleHref={articleHref} form={props.form} />
      ) : (
        <p class="empty">{siteOpen ? 'Bài viết này đã tắt bình luận.' : 'Tòa soạn đang tạm ngừng nhận bình luận.'}</p>
      )}
    </section>
  );
}

export function ArticlePage(props: ArticlePageProps) {
  const { site, detail, related } = props;
  const { article, section, image, author, tags } = detail;
  const href = articlePath(section.path, article.slug, article.id);
  const crumbs = sectionAncestry(props.sections, section);
  const caption = article.featured_caption || image?.caption || '';
  const credit = article.featured_credit || image?.credit || '';
  return (
    <Layout
      site={site}
      currentPath={href}
      head={{
        title: article.seo_title || article.title,
        description: article.seo_description || excerptOf(article, 160),
        canonicalPath: href,
        image: image ? { ...variantSize(image, 1200), alt: image.alt || article.title } : undefined,
        ogType: 'article',
        publishedTime: formatIsoOffset(new Date(article.published_at ?? article.created_at), site.timeZone),
        modifiedTime: formatIsoOffset(new Date(article.updated_at), site.timeZone),
        section: section.name,
        tags: tags.map((t) => t.name),
        jsonLd: [newsArticle(site, detail, absoluteUrl(site.siteUrl, href)), breadcrumbList(site, crumbs)],
        noindex: props.preview,
      }}
    >
      <article class="article">
        <Breadcrumb crumbs={crumbs.map((s) => ({ name: s.name, href: sectionPath(s.path) }))} />
        <h1 class="article-title">{article.title}</h1>
        <p class="meta">
          <ArticleTime iso={article.published_at ?? article.created_at} timeZone={site.timeZone} stored={article} />
        </p>
        {article.lead ? <p class="lead">{article.lead}</p> : null}
        {image ? (
          <figure class="featured">
            <Picture image={image} sizes="(min-width: 760px) 720px, 100vw" eager />
            {caption || credit ? (
              <figcaption>
                {caption} {credit ? <span class="credit">{credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: article.body_html }} />
        {article.byline ? (
          <p class="byline">
            {author ? (
              <a href={authorPath(author.slug)} rel="author">
                {article.byline}
              </a>
            ) : (
              article.byline
            )}
          </p>
        ) : null}
        {tags.length > 0 ? (
          <ul class="tags" aria-label="Chủ đề">
            {tags.map((t) => (
              <li key={t.id}>
                <a href={tagPath(t.slug)}>{t.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
      <Comments {...props} articleHref={href} />
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Tin cùng chuyên mục</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <h3>
                  <a href={articlePath(r.section_path, r.slug, r.id)}>{r.title}</a>
                </h3>
                <p class="excerpt">{excerptOf(r, 200)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.preview ? null : <img class="beacon" src={`/luot-xem/${article.id}.gif`} alt="" width={1} height={1} />}
    </Layout>
  );
}
