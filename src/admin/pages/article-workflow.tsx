import { ArticleNumbersLinks } from './article-numbers-links.js';
import type { Article } from '../../db/schema.js';
import { TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import { CsrfField } from '../layout.js';
import { ZONED_INPUT_HINT, ZONED_INPUT_PATTERN, ZONED_INPUT_PLACEHOLDER } from '../zoned-time.js';
import { articleAdminPath, NoteText, StatusBadge, Time } from './article-parts.js';

/** The article's place in the workflow and the steps this person may take now. */

export interface WorkflowInfo {
  /** Managing editor and editor-in-chief may switch reader comments on this article. */
  mayToggleComments: boolean;
  article: Pick<Article, 'id' | 'status' | 'published_at' | 'updated_at' | 'version' | 'comments_enabled'>;
  /** Only the steps `refusal(...)` allows this person now, in TRANSITIONS order. */
  actions: TransitionName[];
  /** The schedule form's time, in the site zone (dd/mm/yyyy HH:mm). */
  publishAtValue: string;
  /** The last "Trả lại" note, shown while the article is returned. */
  returnNote: { note: string; by: string | null; at: string | null } | null;
  /** Public URL when the article is live. */
  publicUrl: string | null;
  authorName: string | null;
  /** Set while the article is live: whether it has changes readers do not see yet. */
  live: { hasChanges: boolean; submittedAt: string | null } | null;
}

/** Says plainly that readers see this article, and whether the newsroom has changed it since. */
export function LiveState({ info, timeZone, editable = true }: { info: WorkflowInfo; timeZone: string; editable?: boolean }) {
  if (!info.live) return null;
  const changesUrl = articleAdminPath(info.article.id, '/thay-doi');
  return (
    <div class={info.live.hasChanges ? 'alert alert-warn live-state' : 'alert alert-ok live-state'} role="status">
      <strong>Bài đang đăng trên trang báo.</strong>{' '}
      {info.live.hasChanges ? (
        <>
          Có thay đổi chưa đăng: bạn đọc vẫn thấy bản cũ
          {info.live.submittedAt ? (
            <>
              {' '}
              (đã gửi duyệt lúc <Time iso={info.live.submittedAt} timeZone={timeZone} />)
            </>
          ) : null}
          . <a href={changesUrl}>Xem thay đổi trước khi cập nhật</a>
        </>
      ) : editable ? (
        'Những gì bạn sửa được lưu thành bản sửa; bạn đọc chỉ thấy sau khi bài được cập nhật.'
      ) : (
        'Bạn đọc đang thấy phiên bản mới nhất.'
      )}
    </div>
  );
}

/**
 * How each step looks: the steps that move an article on are primary; sending it back is a warning;
 * those that take it off the site or away are marked destructive and say so.
 */
const STEP_KIND: Record<TransitionName, 'primary' | 'neutral' | 'warn' | 'danger'> = {
  submit: 'primary',
  forward: 'primary',
  publish: 'primary',
  schedule: 'primary',
  return: 'warn',
  unschedule: 'neutral',
  restore: 'neutral',
  unpublish: 'danger',
  trash: 'danger',
};

const BUTTON_CLASS = { primary: 'button', neutral: 'button button-secondary', warn: 'button button-warn', danger: 'button button-danger' };

function TransitionForm({
  articleId,
  name,
  csrfToken,
  publishAtValue,
}: {
  articleId: number;
  name: TransitionName;
  csrfToken: string;
  publishAtValue: string;
}) {
  const rule = TRANSITIONS[name];
  const kind = STEP_KIND[name];
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
          <input
            id="publish-at"
            name="publish_at"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            pattern={ZONED_INPUT_PATTERN}
            placeholder={ZONED_INPUT_PLACEHOLDER}
            title={ZONED_INPUT_HINT}
            aria-describedby="publish-at-hint"
            value={publishAtValue}
            required
          />
          <p id="publish-at-hint" class="hint">
            {ZONED_INPUT_HINT}
          </p>
        </>
      ) : null}
      <button type="submit" class={BUTTON_CLASS[kind]} data-kind={kind}>
        {rule.label}
      </button>
      {kind === 'danger' ? (
        <p class="hint">{name === 'trash' ? 'Bài rời trang báo và vào thùng rác (khôi phục được trong 30 ngày).' : 'Bài rời trang báo ngay.'}</p>
      ) : null}
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
      {info.returnNote && article.status === 'returned' ? (
        <div class="alert alert-error return-note" role="note">
          <strong>Bài bị trả lại</strong>
          {info.returnNote.by ? ` bởi ${info.returnNote.by}` : ''}: <NoteText text={info.returnNote.note} />
        </div>
      ) : null}
      {info.live?.hasChanges ? (
        <p>
          <a class="button" href={articleAdminPath(article.id, '/thay-doi')}>
            Xem thay đổi chưa đăng
          </a>
        </p>
      ) : null}
      {info.actions.length > 0 ? (
        <div class="workflow-steps" role="group" aria-label="Bước tiếp theo">
          {info.actions.map((name) => (
            <TransitionForm key={name} articleId={article.id} name={name} csrfToken={csrfToken} publishAtValue={info.publishAtValue} />
          ))}
        </div>
      ) : null}
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
      {info.publicUrl ? (
        <p>
          <a href={info.publicUrl}>Xem trên trang báo</a>
        </p>
      ) : null}
      <p>
        <a href={articleAdminPath(article.id, '/lich-su')}>Lịch sử và các phiên bản</a>
      </p>
      <ArticleNumbersLinks articleId={article.id} />
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
