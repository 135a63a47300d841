import type { Article } from '../../db/schema.js';
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
  workflow: WorkflowInfo;
  notice?: { kind: 'ok' | 'error'; text: string };
  /** What the person tried to save after losing the right to edit: given back so nothing is lost. */
  kept?: ArticleForm;
}

/** For people who may see the article at this stage but not change its text. */
export function ArticleReadPage({ ctx, timeZone, article, sectionName, tags, workflow, notice, kept }: ArticleReadProps) {
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
          {/* The body passed the allow-list sanitizer when it was saved (sanitizeBody in checkContent). */}
          <div class="article-body" dangerouslySetInnerHTML={{ __html: article.body_html }} />
          {article.byline ? <p class="byline">{article.byline}</p> : null}
          {tags.length > 0 ? <p class="hint">Chủ đề: {tags.join(', ')}</p> : null}
        </article>
      </div>
    </AdminLayout>
  );
}
