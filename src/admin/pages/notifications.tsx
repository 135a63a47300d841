import type { ComponentChildren } from 'preact';
import type { NotificationKind } from '../../db/schema.js';
import type { NotificationRow } from '../../newsroom/notifications.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { NoteText, Time } from './article-parts.js';

const TEXTS: Record<NotificationKind, (actor: string) => string> = {
  returned: (actor) => `${actor} đã trả lại bài của bạn`,
  waiting: (actor) => `${actor} đã chuyển một bài đang chờ bạn xử lý`,
  published: (actor) => (actor === 'Hệ thống' ? 'Bài của bạn đã được đăng theo giờ hẹn' : `${actor} đã đăng bài của bạn`),
  changes_waiting: (actor) => `${actor} đã gửi duyệt thay đổi của một bài đã đăng`,
  comments_waiting: () => 'Bạn đọc gửi bình luận đang chờ duyệt ở bài',
};

export interface NotificationsPageProps {
  ctx: AdminContext;
  timeZone: string;
  rows: NotificationRow[];
  /** For those who moderate comments: the pending queue's size and the way to it. */
  comments?: ComponentChildren;
}

export function NotificationsPage({ ctx, timeZone, rows, comments }: NotificationsPageProps) {
  const unread = rows.filter((r) => !r.read_at).length;
  return (
    <AdminLayout ctx={ctx} title="Thông báo">
      <h1>Thông báo</h1>
      {comments}
      {unread > 0 ? (
        <form method="post" action="/admin/thong-bao/da-doc" class="form-row">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button-secondary">
            Đánh dấu tất cả là đã đọc
          </button>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p class="hint">
          Chưa có thông báo nào. Bạn sẽ được báo khi bài bị trả lại, chờ bạn xử lý, được đăng, có thay đổi chờ duyệt, hoặc có bình luận chờ duyệt.
        </p>
      ) : (
        <ul class="notifications">
          {rows.map((row) => (
            <li key={row.id} class={row.read_at ? 'notification' : 'notification notification-unread'}>
              {row.read_at ? null : <span class="sr-only">Chưa đọc: </span>}
              <a href={`/admin/thong-bao/${row.id}`}>
                {TEXTS[row.kind](row.actor_name ?? 'Hệ thống')}: <strong>{row.article_title ?? 'bài đã bị xóa'}</strong>
              </a>
              {row.note ? (
                <p class="notification-note">
                  <NoteText text={row.note} />
                </p>
              ) : null}
              <p class="hint">
                <Time iso={row.created_at} timeZone={timeZone} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}
