import type { Article, ArticleStatus } from '../../db/schema.js';
import type { DiffPart } from '../../newsroom/diff.js';
import { ROLE_NAMES } from '../../newsroom/users.js';
import { STATUS_NAMES, TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { articleAdminPath, DiffText, NoteText, Time } from './article-parts.js';

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
  restore_revision: 'Khôi phục phiên bản',
  publish_scheduled: 'Đăng theo giờ hẹn',
  media_text: 'Sửa thông tin ảnh đại diện',
  comments_on: 'Bật bình luận',
  comments_off: 'Tắt bình luận',
};

function actionName(action: string): string {
  return (Object.hasOwn(OTHER_ACTIONS, action) ? OTHER_ACTIONS[action] : null) ?? (Object.hasOwn(TRANSITIONS, action) ? TRANSITIONS[action as TransitionName].label : action);
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
  const { article, revisions, timeZone, ctx } = props;
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
                  <form method="post" action={articleAdminPath(article.id, `/lich-su/${rev.version}/khoi-phuc`)} class="form-row">
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="version" value={String(article.version)} />
                    <button type="submit" class="button button-secondary">
                      Khôi phục
                    </button>
                  </form>
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
  diff: { title: DiffPart[]; lead: DiffPart[]; body: DiffPart[] };
}

export function ComparePage({ ctx, article, from, to, diff }: ComparePageProps) {
  return (
    <AdminLayout ctx={ctx} title={`So sánh phiên bản ${from} và ${to}`}>
      <h1>
        So sánh phiên bản {from} và {to}
      </h1>
      <p>
        <a href={articleAdminPath(article.id, '/lich-su')}>« Lịch sử bài viết</a>
      </p>
      <p class="hint">
        Chữ gạch ngang chỉ có ở phiên bản {from}; chữ gạch chân chỉ có ở phiên bản {to}.
      </p>
      <section class="panel compare">
        <h2>Tiêu đề</h2>
        <DiffText parts={diff.title} />
        <h2>Sapo</h2>
        <DiffText parts={diff.lead} />
        <h2>Nội dung</h2>
        <DiffText parts={diff.body} />
      </section>
    </AdminLayout>
  );
}
