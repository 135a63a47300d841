import type { Article, Image } from '../../db/schema.js';
import { bestVariantUrl } from '../../media/urls.js';
import { articleAdminPath } from './article-parts.js';
import { SEO_ADVISED } from '../desk-rules.js';
import { TextStatsLine } from './article-tools.js';
import type { ArticleForm } from '../article-input.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';
import { LiveState, WorkflowPanel, type WorkflowInfo } from './article-workflow.js';

export interface ArticleReadProps {
  ctx: AdminContext;
  timeZone: string;
  article: Article;
  sectionName: string;
  tags: string[];
  /** The featured picture, when the article has one. */
  image?: Pick<Image, 'hash' | 'variants' | 'alt' | 'width' | 'height'> | null;
  workflow: WorkflowInfo;
  notice?: { kind: 'ok' | 'error'; text: string };
  /** What the person tried to save after losing the right to edit: given back so nothing is lost. */
  kept?: ArticleForm;
}

/** For people who may see the article at this stage but not change its text. */
export function ArticleReadPage({ ctx, timeZone, article, sectionName, tags, image, workflow, notice, kept }: ArticleReadProps) {
  const caption = article.featured_caption.trim();
  const credit = article.featured_credit.trim();
  return (
    <AdminLayout ctx={ctx} title={article.title}>
      {notice ? (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <LiveState info={workflow} timeZone={timeZone} editable={false} />
      <p class="hint">Bạn chỉ được xem bài này ở trạng thái hiện tại.</p>
      {kept ? (
        <section class="panel kept" aria-labelledby="ban-chua-luu">
          <h2 id="ban-chua-luu">Nội dung bạn vừa gửi (chưa được lưu)</h2>
          <p class="hint">Hãy chép lại những gì cần giữ.</p>
          <label for="kept-title">Tiêu đề</label>
          <input id="kept-title" type="text" readOnly value={kept.title} />
          <label for="kept-lead">Sapo</label>
          <textarea id="kept-lead" readOnly rows={3} value={kept.lead} />
          <label for="kept-body">Nội dung</label>
          <textarea id="kept-body" readOnly rows={12} value={kept.body_html} />
        </section>
      ) : null}
      <div class="editor-layout with-side">
        <WorkflowPanel info={workflow} csrfToken={ctx.csrfToken} timeZone={timeZone} />
        <article class="panel article-read">
          <p class="hint">{sectionName}</p>
          <h1>{article.title}</h1>
          {article.lead ? <p class="lead">{article.lead}</p> : null}
          {image ? (
            <figure class="featured-read">
              <img src={bestVariantUrl(image, 640)} alt={image.alt || article.title} width={image.width} height={image.height} />
              {caption || credit ? (
                <figcaption>
                  {caption} {credit ? <span class="credit">{credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          {/* The body passed the allow-list sanitizer when it was saved (sanitizeBody in checkContent). */}
          <div class="article-body" dangerouslySetInnerHTML={{ __html: article.body_html }} />
          {article.byline ? <p class="byline">{article.byline}</p> : null}
          {tags.length > 0 ? <p class="hint">Chủ đề: {tags.join(', ')}</p> : null}
          <TextStatsLine lead={article.lead} bodyHtml={article.body_html} />
          <dl class="article-facts">
            <dt>Đường dẫn</dt>
            <dd>{workflow.publicUrl ?? article.slug}</dd>
            <dt>Ảnh đại diện</dt>
            <dd>{image ? `Ảnh số ${article.featured_image_id}` : 'Không có'}</dd>
            <dt>Tiêu đề SEO</dt>
            <dd>
              {article.seo_title ? `${article.seo_title} (${[...article.seo_title].length}/${SEO_ADVISED.seo_title} ký tự)` : 'Không có (dùng tiêu đề bài)'}
            </dd>
            <dt>Mô tả SEO</dt>
            <dd>
              {article.seo_description
                ? `${article.seo_description} (${[...article.seo_description].length}/${SEO_ADVISED.seo_description} ký tự)`
                : 'Không có (dùng sapo)'}
            </dd>
          </dl>
          <p>
            <a class="button button-secondary" href={articleAdminPath(article.id, '/xem-truoc')}>
              Xem trước như bạn đọc thấy
            </a>
          </p>
        </article>
      </div>
    </AdminLayout>
  );
}
