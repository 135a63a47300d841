import type { ArticleStatus, Section } from '../../db/schema.js';
import { LIST_PAGE_SIZE, type ArticleRow, type ListFilter } from '../../newsroom/queries.js';
import { STATUS_NAMES } from '../../newsroom/workflow.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../layout.js';
import { ArticleTable } from './article-parts.js';

export interface ArticleListProps {
  ctx: AdminContext;
  timeZone: string;
  sections: Section[];
  filter: ListFilter;
  rows: ArticleRow[];
  total: number;
  page: number;
}

function pageUrl(filter: ListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('trang-thai', filter.status);
  if (filter.sectionId !== undefined) params.set('chuyen-muc', String(filter.sectionId));
  if (filter.search) params.set('q', filter.search.query);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/admin/bai-viet?${query}` : '/admin/bai-viet';
}

export function ArticleListPage({ ctx, timeZone, sections, filter, rows, total, page }: ArticleListProps) {
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  return (
    <AdminLayout ctx={ctx} title="Bài viết">
      <h1>Bài viết</h1>
      <form method="get" action="/admin/bai-viet" class="form form-filter">
        <label for="tim-bai">Tìm</label>
        <input id="tim-bai" name="q" type="search" value={filter.search?.query ?? ''} placeholder="Tiêu đề, sapo, nội dung…" />
        <label for="trang-thai">Trạng thái</label>
        <select id="trang-thai" name="trang-thai">
          <option value="">Tất cả</option>
          {(Object.keys(STATUS_NAMES) as ArticleStatus[]).map((status) => (
            <option key={status} value={status} selected={filter.status === status}>
              {STATUS_NAMES[status]}
            </option>
          ))}
        </select>
        <label for="chuyen-muc">Chuyên mục</label>
        <select id="chuyen-muc" name="chuyen-muc">
          <option value="">Tất cả</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id} selected={filter.sectionId === section.id}>
              {section.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button button-secondary">
          Lọc
        </button>
      </form>
      <p class="hint">{total} bài</p>
      <ArticleTable rows={rows} timeZone={timeZone} empty="Không có bài nào." />
      {pages > 1 ? (
        <nav class="pager" aria-label="Trang">
          {page > 1 ? <a href={pageUrl(filter, page - 1)}>« Trang trước</a> : null}
          <span>
            {' '}
            Trang {page}/{pages}{' '}
          </span>
          {page < pages ? <a href={pageUrl(filter, page + 1)}>Trang sau »</a> : null}
        </nav>
      ) : null}
    </AdminLayout>
  );
}
