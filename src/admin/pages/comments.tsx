import {
  ACTION_LABELS,
  COMMENT_STATUS_NAMES,
  COMMENT_STATUSES,
  MODERATION_ACTIONS,
  QUEUE_PAGE_SIZE,
  type ModerationAction,
  type QueueRow,
} from '../../comments/moderation.js';
import { articlePath, sectionPath } from '../../content/urls.js';
import type { CommentStatus } from '../../db/schema.js';
import { formatArticleDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { NoteText } from './article-parts.js';

/**
 * The moderation queue. One form holds the whole page: the checkboxes and the bulk buttons post to
 * /admin/binh-luan, and each comment's own buttons post the same form to /admin/binh-luan/{id}
 * (formaction), which ignores the checkboxes. Nested forms are not allowed in HTML, and this way
 * everything works without JavaScript.
 */

export const QUEUE_PATH = '/admin/binh-luan';
export const BANNED_PATH = '/admin/binh-luan/tu-cam';

export function queueUrl(status: CommentStatus, page = 1, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (status !== 'pending') params.set('trang-thai', status);
  if (page > 1) params.set('trang', String(page));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `${QUEUE_PATH}?${query}` : QUEUE_PATH;
}

export interface CommentQueueProps {
  ctx: AdminContext;
  timeZone: string;
  status: CommentStatus;
  counts: Record<CommentStatus, number>;
  rows: QueueRow[];
  total: number;
  page: number;
  /** What the last action did ("Đã duyệt 3 bình luận."). */
  done?: string;
}

const ACTIONS = Object.keys(MODERATION_ACTIONS) as ModerationAction[];

function Tabs({ status, counts }: { status: CommentStatus; counts: Record<CommentStatus, number> }) {
  return (
    <nav class="mod-tabs" aria-label="Lọc theo trạng thái">
      <ul>
        {COMMENT_STATUSES.map((s) => (
          <li key={s}>
            <a href={queueUrl(s)} aria-current={s === status ? 'page' : undefined}>
              {COMMENT_STATUS_NAMES[s]} ({counts[s]})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function QueueItem({ row, timeZone }: { row: QueueRow; timeZone: string }) {
  const href = articlePath(row.section_path, row.article_slug, row.article_id);
  const checkbox = `chon-${row.id}`;
  return (
    <li class="mod-item" id={`bl-${row.id}`}>
      <div class="mod-select">
        <input type="checkbox" name="id" value={String(row.id)} id={checkbox} />
        <label for={checkbox}>
          Chọn <span class="mod-number">#{row.id}</span>
        </label>
      </div>
      <div class="mod-content">
        <p class="mod-meta">
          <strong class="mod-name">{row.name}</strong>
          {row.email ? (
            <>
              {' · '}
              <a class="mod-email" href={`mailto:${row.email}`}>
                {row.email}
              </a>
            </>
          ) : null}
          {' · '}
          <time dateTime={row.created_at}>{formatArticleDate(new Date(row.created_at), timeZone)}</time>
        </p>
        <p class="mod-article">
          Bài: <a href={href}>{row.article_title}</a> · <a href={sectionPath(row.section_path)}>{row.section_name}</a>
          {row.parent_id !== null ? <span class="mod-reply"> · trả lời bình luận #{row.parent_id}</span> : null}
        </p>
        {row.hold_reason ? (
          <p class="mod-hold">
            <span class="mod-badge">Giữ lại</span> {row.hold_reason}
          </p>
        ) : null}
        <p class="mod-body">
          <NoteText text={row.body} />
        </p>
        {row.moderated_at ? (
          <p class="hint">
            {COMMENT_STATUS_NAMES[row.status]}
            {row.moderator_name ? ` bởi ${row.moderator_name}` : ''} lúc {formatArticleDate(new Date(row.moderated_at), timeZone)}
          </p>
        ) : null}
        <div class="mod-actions">
          {ACTIONS.filter((action) => MODERATION_ACTIONS[action] !== row.status).map((action) => (
            <button
              key={action}
              type="submit"
              class={`button mod-button mod-${action}`}
              formAction={`${QUEUE_PATH}/${row.id}`}
              name="action"
              value={action}
              aria-label={`${ACTION_LABELS[action]} bình luận #${row.id} của ${row.name}`}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
        </div>
      </div>
    </li>
  );
}

function Pager({ status, page, total }: { status: CommentStatus; page: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav class="mod-pager" aria-label="Trang">
      {page > 1 ? <a href={queueUrl(status, page - 1)}>« Trang trước</a> : null}
      <span>
        {' '}
        Trang {page}/{pages}{' '}
      </span>
      {page < pages ? <a href={queueUrl(status, page + 1)}>Trang sau »</a> : null}
    </nav>
  );
}

export function CommentQueuePage({ ctx, timeZone, status, counts, rows, total, page, done }: CommentQueueProps) {
  return (
    <AdminLayout ctx={ctx} title="Duyệt bình luận">
      <h1>Duyệt bình luận</h1>
      <p>
        <a href={BANNED_PATH}>Danh sách từ cấm</a>
      </p>
      {done ? (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      ) : null}
      <Tabs status={status} counts={counts} />
      <form method="post" action={QUEUE_PATH} class="mod-form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="trang-thai" value={status} />
        <input type="hidden" name="trang" value={String(page)} />
        {rows.length === 0 ? (
          <p class="hint">Không có bình luận nào {COMMENT_STATUS_NAMES[status].toLowerCase()}.</p>
        ) : (
          <>
            <div class="mod-bulk">
              <span>Với các bình luận đã chọn:</span>
              {ACTIONS.map((action) => (
                <button key={action} type="submit" class={`button mod-button mod-${action}`} name="action" value={action}>
                  {ACTION_LABELS[action]} mục đã chọn
                </button>
              ))}
            </div>
            <p class="hint">{total} bình luận, mới nhất trước.</p>
            <ol class="mod-list">
              {rows.map((row) => (
                <QueueItem key={row.id} row={row} timeZone={timeZone} />
              ))}
            </ol>
          </>
        )}
      </form>
      <Pager status={status} page={page} total={total} />
    </AdminLayout>
  );
}
