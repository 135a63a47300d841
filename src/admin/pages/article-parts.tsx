import type { ArticleStatus } from '../../db/schema.js';
import type { ArticleRow } from '../../newsroom/queries.js';
import { STATUS_NAMES } from '../../newsroom/workflow.js';
import { formatArticleDate } from '../../vi/index.js';

/** Small pieces shared by the newsroom's article pages. */

export function articleAdminPath(id: number, rest = ''): string {
  return `/admin/bai-viet/${id}${rest}`;
}

export function Time({ iso, timeZone }: { iso: string | null; timeZone: string }) {
  if (!iso) return <span class="muted">—</span>;
  return <time dateTime={iso}>{formatArticleDate(new Date(iso), timeZone)}</time>;
}

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span class={`status status-${status}`}>{STATUS_NAMES[status]}</span>;
}

/** A person's note, line breaks kept, as text (never as HTML). */
export function NoteText({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </>
  );
}

export interface ArticleTableProps {
  rows: ArticleRow[];
  timeZone: string;
  /** Which time column to show. */
  time?: 'updated' | 'published';
  /** Rows this person may open in the newsroom; others link to the reading site (published ones). */
  canOpen?: (row: ArticleRow) => boolean;
  publicPath?: (row: ArticleRow) => string;
  empty: string;
}

export function ArticleTable({ rows, timeZone, time = 'updated', canOpen = () => true, publicPath, empty }: ArticleTableProps) {
  if (rows.length === 0) return <p class="hint">{empty}</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Tiêu đề</th>
            <th scope="col">Chuyên mục</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Tác giả</th>
            <th scope="col">{time === 'updated' ? 'Cập nhật' : 'Đăng lúc'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{canOpen(row) ? <a href={articleAdminPath(row.id)}>{row.title}</a> : publicPath ? <a href={publicPath(row)}>{row.title}</a> : row.title}</td>
              <td>{row.section_name}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>{row.author_name ?? row.byline}</td>
              <td>
                <Time iso={time === 'updated' ? row.updated_at : row.published_at} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
