import type { Article, ArticleStatus } from '../../db/schema.js';
import type { FieldDiff } from '../../newsroom/content-diff.js';
import { WORKING_COPY_STEPS } from '../../newsroom/working-copy.js';
import { ROLE_NAMES } from '../../newsroom/users.js';
import { STATUS_NAMES, TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { articleAdminPath, NoteText, Time } from './article-parts.js';
import { FieldDiffs } from './diff-view.js';

export interface AuditRow {
  id: number;
  role: string;
  action: string;
  from_status: ArticleStatus | null;
  to_status: ArticleStatus;
  note: string;
  created_at: string;
  user_name: string | null;
}

export interface RevisionRow {
  id: number;
  version: number;
  title: string;
  note: string;
  created_at: string;
  saved_by_name: string | null;
}

const OTHER_ACTIONS: Record<string, string> = {
  create: 'Tạo bài',
  import: 'Nhập bài',
  restore_revision: 'Khôi phục phiên bản',
  publish_scheduled: 'Đăng theo giờ hẹn',
  ...WORKING_COPY_STEPS,
  media_text: 'Sửa thông tin ảnh đại diện',
  comments_on: 'Bật bình luận',
  comments_off: 'Tắt bình luận',
};

function actionName(action: string): string {
  return (
    (Object.hasOwn(OTHER_ACTIONS, action) ? OTHER_ACTIONS[action] : null) ??
    (Object.hasOwn(TRANSITIONS, action) ? TRANSITIONS[action as TransitionName].label : action)
  );
}

function roleName(role: string): string {
  return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role as keyof typeof ROLE_NAMES] : 'Hệ thống';
}

export interface HistoryPageProps {
  ctx: AdminContext;
  timeZone: string;
  article: Pick<Article, 'id' | 'title' | 'version'>;
  audit: AuditRow[];
  revisions: RevisionRow[];
  /** Whether this person may restore (edit) the article now. */
  mayRestore: boolean;
  notice?: { kind: 'ok' | 'error'; text: string };
}

function AuditTable({ audit, timeZone }: { audit: AuditRow[]; timeZone: string }) {
  return (
    <div class="table-wrap">
      <table class="table audit">
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Vai trò</th>
            <th scope="col">Việc</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {audit.map((row) => (
            <tr key={row.id}>
              <td>
                <Time iso={row.created_at} timeZone={timeZone} />
              </td>
              <td>{row.user_name ?? 'Hệ thống'}</td>
              <td>{roleName(row.role)}</td>
              <td>{actionName(row.action)}</td>
              <td>
                {row.from_status ? `${STATUS_NAMES[row.from_status]} → ` : ''}
                {STATUS_NAMES[row.to_status]}
              </td>
              <td>
                <NoteText text={row.note} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RevisionTable({ props }: { props: HistoryPageProps }) {
  const { article, revisions, timeZone } = props;
  return (
    <div class="table-wrap">
      <table class="table revisions">
        <thead>
          <tr>
            <th scope="col">Phiên bản</th>
            <th scope="col">Người lưu</th>
            <th scope="col">Thời gian</th>
            <th scope="col">Ghi chú</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((rev) => (
            <tr key={rev.id}>
              <td>
                {rev.version}
                {rev.version === article.version ? ' (hiện tại)' : ''}
              </td>
              <td>{rev.saved_by_name ?? '—'}</td>
              <td>
                <Time iso={rev.created_at} timeZone={timeZone} />
              </td>
              <td>{rev.note}</td>
              <td>
                {rev.version > 1 ? <a href={articleAdminPath(article.id, `/lich-su/so-sanh?tu=${rev.version - 1}&den=${rev.version}`)}>So sánh</a> : null}
                {props.mayRestore && rev.version !== article.version ? (
                  <>
                    {rev.version > 1 ? ' · ' : ''}
                    <a href={articleAdminPath(article.id, `/lich-su/${rev.version}/khoi-phuc`)}>Khôi phục…</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HistoryPage(props: HistoryPageProps) {
  const { ctx, article, revisions, audit, timeZone, notice } = props;
  const versions = revisions.map((r) => r.version);
  return (
    <AdminLayout ctx={ctx} title={`Lịch sử: ${article.title}`}>
      <h1>Lịch sử bài viết</h1>
      <p>
        <a href={articleAdminPath(article.id)}>« {article.title}</a>
      </p>
      {notice ? (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <section class="panel" aria-labelledby="nhat-ky">
        <h2 id="nhat-ky">Nhật ký quy trình</h2>
        <AuditTable audit={audit} timeZone={timeZone} />
      </section>
      <section class="panel" aria-labelledby="phien-ban">
        <h2 id="phien-ban">Các phiên bản</h2>
        {versions.length > 1 ? (
          <form method="get" action={articleAdminPath(article.id, '/lich-su/so-sanh')} class="form form-filter">
            <label for="tu">Từ phiên bản</label>
            <select id="tu" name="tu">
              {versions.map((v) => (
                <option key={v} value={v} selected={v === versions[1]}>
                  {v}
                </option>
              ))}
            </select>
            <label for="den">đến phiên bản</label>
            <select id="den" name="den">
              {versions.map((v) => (
                <option key={v} value={v} selected={v === versions[0]}>
                  {v}
                </option>
              ))}
            </select>
            <button type="submit" class="button button-secondary">
              So sánh
            </button>
          </form>
        ) : null}
        <RevisionTable props={props} />
      </section>
    </AdminLayout>
  );
}

export interface ComparePageProps {
  ctx: AdminContext;
  article: Pick<Article, 'id' | 'title'>;
  from: number;
  to: number;
  /** Every field that differs: title, lead, body, section, tags, pictures, SEO. */
  fields: FieldDiff[];
}

export function ComparePage({ ctx, article, from, to, fields }: ComparePageProps) {
  return (
    <AdminLayout ctx={ctx} title={`So sánh phiên bản ${from} và ${to}`}>
      <h1>
        So sánh phiên bản {from} và {to}
      </h1>
      <p>
        <a href={articleAdminPath(article.id, '/lich-su')}>« Lịch sử bài viết</a>
      </p>
      <p class="hint">
        Chữ gạch ngang (đỏ) chỉ có ở phiên bản {from}; chữ gạch chân (xanh) chỉ có ở phiên bản {to}.
      </p>
      <section class="panel compare">
        <FieldDiffs fields={fields} same="Hai phiên bản giống hệt nhau." />
      </section>
    </AdminLayout>
  );
}

export interface RestoreConfirmPageProps {
  ctx: AdminContext;
  article: Pick<Article, 'id' | 'title' | 'version'>;
  version: number;
  /** What restoring changes against the article's newest content. */
  fields: FieldDiff[];
  live: boolean;
  mayUpdateLive: boolean;
  notice?: { kind: 'ok' | 'error'; text: string };
}

/** Restoring replaces the newest text: the person sees what changes and says so once more. */
export function RestoreConfirmPage({ ctx, article, version, fields, live, mayUpdateLive, notice }: RestoreConfirmPageProps) {
  const action = articleAdminPath(article.id, `/lich-su/${version}/khoi-phuc`);
  return (
    <AdminLayout ctx={ctx} title={`Khôi phục phiên bản ${version}`}>
      <h1>Khôi phục phiên bản {version}?</h1>
      <p>
        <a href={articleAdminPath(article.id, '/lich-su')}>« Lịch sử bài viết</a>
      </p>
      {notice ? (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <p>
        Nội dung phiên bản {version} sẽ thành một phiên bản mới; các phiên bản khác vẫn được giữ trong lịch sử.
        {live ? ' Bài đang đăng: bản khôi phục được lưu thành bản sửa, bạn đọc chưa thấy cho đến khi bài được cập nhật.' : ''}
      </p>
      <p class="hint">Chữ gạch ngang sẽ mất đi; chữ gạch chân sẽ có lại.</p>
      <section class="panel compare" aria-label="Những gì thay đổi">
        <FieldDiffs fields={fields} same="Phiên bản này giống hệt nội dung mới nhất." />
      </section>
      <form method="post" action={action} class="form transition-form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="version" value={String(article.version)} />
        <input type="hidden" name="xac-nhan" value="1" />
        <button type="submit" class="button">
          {live ? 'Khôi phục vào bản sửa' : 'Khôi phục'}
        </button>
      </form>
      {mayUpdateLive ? (
        <form method="post" action={action} class="form transition-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(article.version)} />
          <input type="hidden" name="xac-nhan" value="1" />
          <input type="hidden" name="cap-nhat" value="1" />
          <button type="submit" class="button button-danger">
            Khôi phục và cập nhật bài đã đăng ngay
          </button>
        </form>
      ) : null}
    </AdminLayout>
  );
}
