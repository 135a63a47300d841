import type { Section } from '../../db/schema.js';
import { articlePath, sectionPath } from '../../content/urls.js';
import { searchUrl, type SearchParams } from '../../search/params.js';
import type { Segment } from '../../search/snippet.js';
import type { SearchResults } from '../../search/types.js';
import { formatInteger } from '../../vi/numbers.js';
import { ArticleTime, Pagination } from '../components.js';
import type { SiteContext } from '../context.js';
import { Layout } from '../layout.js';

export const SEARCH_PATH = '/tim-kiem';

export interface SearchPageProps {
  site: SiteContext;
  sections: Section[];
  params: SearchParams;
  results: SearchResults;
  pageCount: number;
}

/** Matched words in <mark>; preact escapes every segment, so article text can never become markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

function SearchForm({ params, sections }: { params: SearchParams; sections: Section[] }) {
  return (
    <form class="search-form" action={SEARCH_PATH} method="get" role="search">
      <p class="search-main">
        <label for="search-q">Từ khóa</label>
        <input id="search-q" type="search" name="q" value={params.q} maxLength={200} autoComplete="off" />
        <button type="submit">Tìm kiếm</button>
      </p>
      <fieldset class="search-filters">
        <legend>Lọc kết quả</legend>
        <p>
          <label for="search-section">Chuyên mục</label>
          <select id="search-section" name="section">
            <option value="">Tất cả chuyên mục</option>
            {sections.map((s) => (
              <option key={s.id} value={s.path} selected={params.section?.id === s.id}>
                {s.parent_id === null ? s.name : `— ${s.name}`}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="search-from">Từ ngày</label>
          <input id="search-from" type="date" name="from" value={params.from} />
        </p>
        <p>
          <label for="search-to">Đến ngày</label>
          <input id="search-to" type="date" name="to" value={params.to} />
        </p>
        <p>
          <label for="search-sort">Sắp xếp</label>
          <select id="search-sort" name="sort">
            <option value="">Phù hợp nhất</option>
            <option value="moi-nhat" selected={params.sort === 'newest'}>
              Mới nhất
            </option>
          </select>
        </p>
      </fieldset>
    </form>
  );
}

function EmptyResults({ params, sections }: { params: SearchParams; sections: Section[] }) {
  const filtered = params.section !== null || params.from !== '' || params.to !== '';
  return (
    <div class="search-empty">
      <p>
        Không tìm thấy bài viết nào phù hợp với “<strong>{params.q}</strong>”.
      </p>
      <p>Bạn có thể thử:</p>
      <ul>
        <li>kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ “dai hoi” thay cho “đại hội”);</li>
        <li>dùng ít từ hơn hoặc từ khóa khác, chung hơn;</li>
        {filtered ? (
          <li>
            <a href={searchUrl(SEARCH_PATH, params, { section: '', from: '', to: '', trang: '' })}>bỏ các bộ lọc chuyên mục và ngày</a>;
          </li>
        ) : null}
        <li>
          xem các chuyên mục:{' '}
          {sections
            .filter((s) => s.parent_id === null)
            .map((s, i) => (
              <span key={s.id}>
                {i > 0 ? ', ' : ''}
                <a href={sectionPath(s.path)}>{s.name}</a>
              </span>
            ))}
          .
        </li>
      </ul>
    </div>
  );
}

export function SearchPage({ site, sections, params, results, pageCount }: SearchPageProps) {
  const title = params.q ? `Tìm kiếm: ${params.q}` : 'Tìm kiếm';
  return (
    <Layout
      site={site}
      currentPath={SEARCH_PATH}
      head={{ title, description: `Tìm bài viết trên ${site.siteName}`, canonicalPath: SEARCH_PATH, noindex: true }}
    >
      <h1 class="listing-title">Tìm kiếm</h1>
      <SearchForm params={params} sections={sections} />
      {params.q === '' ? (
        <p class="search-empty">Nhập từ khóa vào ô tìm kiếm, có dấu hoặc không dấu đều được.</p>
      ) : results.total === 0 ? (
        <EmptyResults params={params} sections={sections} />
      ) : (
        <>
          {results.rewritten ? (
            <p class="search-rewritten">
              Có phải bạn muốn tìm: “<strong>{results.rewritten}</strong>”? Đang hiện kết quả cho cách viết này.{' '}
              <a href={searchUrl(SEARCH_PATH, params, { trang: '', 'nguyen-van': '1' })}>Tìm đúng như đã gõ “{params.q}”</a>
            </p>
          ) : null}
          <p class="search-summary" role="status">
            {results.partial
              ? `Không có bài chứa đủ các từ; đây là các bài gần nhất (${formatInteger(results.total)} bài)`
              : `Tìm thấy ${results.capped ? 'hơn ' : ''}${formatInteger(results.total)} bài viết cho “`}
            {results.partial ? null : (
              <>
                <strong>{results.rewritten ?? params.q}</strong>”
              </>
            )}
            {results.corrected ? ', gồm cả các từ gần giống' : ''}
            {params.page > 1 ? ` (trang ${params.page}/${pageCount})` : ''}.
          </p>
          <ol class="search-results" start={(params.page - 1) * 20 + 1}>
            {results.hits.map((hit) => (
              <li key={hit.id} class="search-result">
                <h2 class="card-title">
                  <a href={articlePath(hit.section_path, hit.slug, hit.id)}>
                    <Highlighted segments={hit.titleSegments} />
                  </a>
                </h2>
                <p class="meta">
                  <a class="kicker" href={sectionPath(hit.section_path)}>
                    {hit.section_name}
                  </a>
                  {hit.published_at ? (
                    <>
                      {' · '}
                      <ArticleTime iso={hit.published_at} timeZone={site.timeZone} />
                    </>
                  ) : null}
                </p>
                {hit.snippet.length > 0 ? (
                  <p class="excerpt">
                    <Highlighted segments={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          <Pagination
            page={params.page}
            pageCount={pageCount}
            link={(n) => searchUrl(SEARCH_PATH, params, { trang: n > 1 ? String(n) : '' })}
            label="Phân trang kết quả tìm kiếm"
          />
        </>
      )}
    </Layout>
  );
}
