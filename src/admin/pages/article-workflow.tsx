import { ArticleNumbersLinks } from './article-numbers-links.js';
import type { Article } from '../../db/schema.js';
import { TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import { CsrfField } from '../layout.js';
import { articleAdminPath, NoteText, StatusBadge, Time } from './article-parts.js';

/** The article's place in the workflow and the steps this person may take now. */

export interface WorkflowInfo {
  /** Managing editor and editor-in-chief may switch reader comments on this article. */
  mayToggleComments: boolean;
  article: Pick<Article, 'id' | 'status' | 'published_at' | 'updated_at' | 'version' | 'comments_enabled'>;
  /** Only the steps `refusal(...)` allows this person now, in TRANSITIONS order. */
  actions: TransitionName[];
  /** The schedule form's time, in the site zone (datetime-local). */
  publishAtValue: string;
  /** The last "Trả lại" note, shown while the article is returned. */
  returnNote: { note: string; by: string | null; at: string | null } | null;
  /** Public URL when the article is live. */
  publicUrl: string | null;
  authorName: string | null;
}

function TransitionForm({ articleId, name, csrfToken, publishAtValue }: { articleId: number; name: TransitionName; csrfToken: string; publishAtValue: string }) {
  const rule = TRANSITIONS[name];
  const danger = name === 'trash' || name === 'unpublish';
  return (
    <form method="post" action={articleAdminPath(articleId, '/chuyen')} class="form transition-form" data-transition={name}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="name" value={name} />
      {name === 'return' ? (
        <>
          <label for="return-note">Lý do trả lại (bắt buộc)</label>
          <textarea id="return-note" name="note" rows={3} required />
        </>
      ) : null}
      {name === 'schedule' ? (
        <>
          <label for="publish-at">Giờ đăng</label>
          <input id="publish-at" name="publish_at" type="datetime-local" value={publishAtValue} required />
        </>
      ) : null}
      <button type="submit" class={danger ? 'button button-secondary' : 'button'}>
        {rule.label}
      </button>
    </form>
  );
}

export function WorkflowPanel({ info, csrfToken, timeZone }: { info: WorkflowInfo; csrfToken: string; timeZone: string }) {
  const { article } = info;
  return (
    <aside class="panel workflow" aria-labelledby="quy-trinh">
      <h2 id="quy-trinh">Quy trình</h2>
      <p>
        Trạng thái: <StatusBadge status={article.status} />
      </p>
      {info.authorName ? <p class="hint">Tác giả: {info.authorName}</p> : null}
      <p class="hint">
        Phiên bản {article.version}, cập nhật <Time iso={article.updated_at} timeZone={timeZone} />
      </p>
      {article.published_at && (article.status === 'scheduled' || article.status === 'published') ? (
        <p class="hint">
          {article.status === 'scheduled' ? 'Hẹn đăng lúc ' : 'Đăng lúc '}
          <Time iso={article.published_at} timeZone={timeZone} />
        </p>
      ) : null}
      {info.returnNote && article.status === 'returned' ? (
        <div class="alert alert-error return-note" role="note">
          <strong>Bài bị trả lại</strong>
          {info.returnNote.by ? ` bởi ${info.returnNote.by}` : ''}: <NoteText text={info.returnNote.note} />
        </div>
      ) : null}
      {info.publicUrl ? (
        <p>
          <a href={info.publicUrl}>Xem trên trang báo</a>
        </p>
      ) : null}
      <p>
        <a href={articleAdminPath(article.id, '/lich-su')}>Lịch sử và các phiên bản</a>
      </p>
      <ArticleNumbersLinks articleId={article.id} />
      {info.actions.map((name) => (
        <TransitionForm key={name} articleId={article.id} name={name} csrfToken={csrfToken} publishAtValue={info.publishAtValue} />
      ))}
      {info.mayToggleComments ? (
        <form method="post" action={articleAdminPath(article.id, '/binh-luan')} class="transition-form">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="bat" value={article.comments_enabled ? '0' : '1'} />
          <button type="submit" class="button button-secondary">
            {article.comments_enabled ? 'Tắt bình luận bài này' : 'Bật bình luận bài này'}
          </button>
        </form>
      ) : null}
    </aside>
  );
}
