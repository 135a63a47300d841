import { Fragment, type ComponentChildren } from 'preact';
import type { ArticleStatus, UserRole } from '../../db/schema.js';
import type { ArticleRow, Dashboard, SystemCounts } from '../../newsroom/queries.js';
import { STATUS_NAMES } from '../../newsroom/workflow.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';
import { articleAdminPath, ArticleTable, NoteText, StatusBadge, Time } from './article-parts.js';

const WAITING_HINT: Partial<Record<UserRole, string>> = {
  editor: 'Bài chờ biên tập trong các chuyên mục bạn phụ trách.',
  managing_editor: 'Bài chờ biên tập và chờ duyệt ở mọi chuyên mục.',
  editor_in_chief: 'Bài chờ duyệt và bài đã hẹn giờ đăng.',
};

export interface DashboardPageProps {
  ctx: AdminContext;
  timeZone: string;
  dashboard: Dashboard;
  canOpen: (row: ArticleRow) => boolean;
  publicPath: (row: ArticleRow) => string;
  /** Comment moderation's block (src/admin/pages/comments-panel.tsx), for those who moderate. */
  moderation?: ComponentChildren;
}

export function DashboardPage({ ctx, timeZone, dashboard, canOpen, publicPath, moderation }: DashboardPageProps) {
  const role = ctx.user?.role ?? 'reporter';
  const hint = WAITING_HINT[role];
  return (
    <AdminLayout ctx={ctx} title="Bảng điều khiển">
      <h1>Bảng điều khiển</h1>
      <p>
        <a class="button" href="/admin/bai-viet/moi">
          Viết bài mới
        </a>
      </p>
      {moderation}
      <section class="panel" aria-labelledby="ban-nhap">
        <h2 id="ban-nhap">Bản nháp của tôi</h2>
        <ArticleTable rows={dashboard.drafts} timeZone={timeZone} empty="Bạn chưa có bản nháp nào." />
      </section>
      {dashboard.mine.length > 0 || role === 'reporter' ? (
        <section class="panel" aria-labelledby="bai-cua-toi">
          <h2 id="bai-cua-toi">Bài của tôi</h2>
          <p class="hint">Mọi bài bạn đã gửi đi, ở bất kỳ trạng thái nào (mới nhất trước).</p>
          <ArticleTable rows={dashboard.mine} timeZone={timeZone} canOpen={canOpen} publicPath={publicPath} empty="Bạn chưa gửi bài nào." />
          <p>
            <a href="/admin/bai-viet">Tất cả bài của tôi</a>
          </p>
        </section>
      ) : null}
      {hint ? (
        <section class="panel" aria-labelledby="cho-xu-ly">
          <h2 id="cho-xu-ly">Chờ tôi xử lý</h2>
          <p class="hint">{hint}</p>
          {dashboard.noSections ? (
            <p class="alert alert-warn no-sections" role="status">
              Bạn chưa được giao chuyên mục nào, nên chưa có bài nào chờ bạn biên tập.{' '}
              {dashboard.noSections.administrators.length > 0
                ? `Quản trị viên (${dashboard.noSections.administrators.join(', ')}) có thể giao chuyên mục cho bạn ở trang Người dùng.`
                : 'Quản trị viên có thể giao chuyên mục cho bạn ở trang Người dùng.'}
            </p>
          ) : (
            <ArticleTable rows={dashboard.waiting} timeZone={timeZone} empty="Không có bài nào đang chờ bạn." />
          )}
        </section>
      ) : null}
      {dashboard.changes.length > 0 ? (
        <section class="panel" aria-labelledby="thay-doi-cho-duyet">
          <h2 id="thay-doi-cho-duyet">Bài đã đăng có thay đổi chờ duyệt</h2>
          <p class="hint">Bạn đọc chưa thấy các thay đổi này. Mở bài rồi chọn "Xem thay đổi chưa đăng".</p>
          <ArticleTable rows={dashboard.changes} timeZone={timeZone} empty="" />
        </section>
      ) : null}
      <section class="panel" aria-labelledby="tra-lai">
        <h2 id="tra-lai">Bị trả lại cho tôi</h2>
        {dashboard.returned.length === 0 ? (
          <p class="hint">Không có bài nào bị trả lại.</p>
        ) : (
          <ul class="returned-list">
            {dashboard.returned.map((row) => (
              <li key={row.id}>
                <a href={articleAdminPath(row.id)}>{row.title}</a> <StatusBadge status={row.status} />
                <p class="return-note">
                  <strong>Lý do trả lại</strong>
                  {row.returned_by ? ` (${row.returned_by}, ` : ' ('}
                  <Time iso={row.returned_at} timeZone={timeZone} />
                  {'): '}
                  <NoteText text={row.note} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="panel" aria-labelledby="moi-dang">
        <h2 id="moi-dang">Mới đăng gần đây</h2>
        <ArticleTable
          rows={dashboard.published}
          timeZone={timeZone}
          time="published"
          canOpen={canOpen}
          publicPath={publicPath}
          empty="Chưa có bài nào được đăng."
        />
      </section>
    </AdminLayout>
  );
}

const STATUS_ORDER: ArticleStatus[] = ['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'unpublished', 'trash'];

export function SystemDashboardPage({ ctx, counts }: { ctx: AdminContext; counts: SystemCounts }) {
  return (
    <AdminLayout ctx={ctx} title="Bảng điều khiển">
      <h1>Bảng điều khiển hệ thống</h1>
      <section class="panel" aria-labelledby="he-thong">
        <h2 id="he-thong">Tổng quan</h2>
        <dl class="counts">
          <dt>Người dùng</dt>
          <dd>
            {counts.users} ({counts.activeUsers} đang hoạt động)
          </dd>
          <dt>Chuyên mục</dt>
          <dd>{counts.sections}</dd>
          <dt>Bình luận chờ duyệt</dt>
          <dd>{counts.pendingComments}</dd>
        </dl>
      </section>
      <section class="panel" aria-labelledby="bai-viet">
        <h2 id="bai-viet">Bài viết theo trạng thái</h2>
        <dl class="counts">
          {STATUS_ORDER.map((status) => (
            <Fragment key={status}>
              <dt>{STATUS_NAMES[status]}</dt>
              <dd>{counts.byStatus[status] ?? 0}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </AdminLayout>
  );
}
