import type { ComponentChildren } from 'preact';
import type { ArticleSummary, ImageRef } from '../content/articles.js';
import { articlePath, sectionPath } from '../content/urls.js';
import { bestVariantUrl, imageWidths, variantUrl } from '../media/urls.js';
import { excerptOf, shownDateOf, type DerivedColumns, type ExcerptLength } from '../content/derived.js';
import { formatArticleDate } from '../vi/index.js';

export interface PictureProps {
  image: ImageRef;
  /** The `sizes` attribute: how wide the picture is drawn at each viewport width. */
  sizes: string;
  /** The first large picture of a page loads at once; all others lazily. */
  eager?: boolean;
}

export function Picture({ image, sizes, eager }: PictureProps) {
  const widths = imageWidths(image);
  return (
    <img
      src={bestVariantUrl(image, 640)}
      srcset={widths.map((w) => `${variantUrl(image, w)} ${w}w`).join(', ')}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(eager ? { fetchpriority: 'high' } : {})}
    />
  );
}

export interface ArticleTimeProps {
  iso: string;
  timeZone: string;
  /** The article row whose date this is: its stored string is printed when made for this zone. */
  stored?: Pick<DerivedColumns, 'display_date' | 'derived_zone'>;
}

export function ArticleTime({ iso, timeZone, stored }: ArticleTimeProps) {
  return <time dateTime={iso}>{stored ? shownDateOf(stored, iso, timeZone) : formatArticleDate(new Date(iso), timeZone)}</time>;
}

export interface CardProps {
  article: ArticleSummary;
  timeZone: string;
  /** How many characters of the lead to show; 0 shows none. */
  excerptLength?: ExcerptLength | 0;
  imageSizes?: string;
  showSection?: boolean;
  headingLevel?: 2 | 3;
}

export function ArticleCard({ article, timeZone, excerptLength = 200, imageSizes, showSection, headingLevel = 3 }: CardProps) {
  const href = articlePath(article.section_path, article.slug, article.id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
      {imageSizes && article.image ? (
        <a href={href} class="card-image" tabIndex={-1} aria-hidden="true">
          <Picture image={article.image} sizes={imageSizes} />
        </a>
      ) : null}
      <div class="card-text">
        {showSection ? (
          <a class="kicker" href={sectionPath(article.section_path)}>
            {article.section_name}
          </a>
        ) : null}
        <Heading class="card-title">
          <a href={href}>{article.title}</a>
        </Heading>
        <p class="meta">
          <ArticleTime iso={article.published_at} timeZone={timeZone} stored={article} />
        </p>
        {excerptLength !== 0 && article.lead ? <p class="excerpt">{excerptOf(article, excerptLength)}</p> : null}
      </div>
    </article>
  );
}

export interface Crumb {
  name: string;
  href: string;
}

export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumb" aria-label="Đường dẫn">
      <ol>
        <li>
          <a href="/">Trang chủ</a>
        </li>
        {crumbs.map((c, i) => (
          <li key={c.href}>
            <a href={c.href} aria-current={i === crumbs.length - 1 ? 'page' : undefined}>
              {c.name}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The URL of page `n`. */
  link: (n: number) => string;
  label?: string;
}

export function Pagination({ page, pageCount, link, label = 'Phân trang' }: PaginationProps) {
  if (pageCount <= 1) return null;
  const first = Math.max(1, page - 2);
  const last = Math.min(pageCount, page + 2);
  const numbers = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <nav class="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={link(page - 1)} rel="prev">
          ‹ Trang trước
        </a>
      ) : null}
      {numbers.map((n) =>
        n === page ? (
          <span key={n} aria-current="page">
            {n}
          </span>
        ) : (
          <a key={n} href={link(n)}>
            {n}
          </a>
        ),
      )}
      {page < pageCount ? (
        <a href={link(page + 1)} rel="next">
          Trang sau ›
        </a>
      ) : null}
    </nav>
  );
}

export function ArticleList({ articles, timeZone }: { articles: ArticleSummary[]; timeZone: string }) {
  return (
    <div class="article-list">
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} timeZone={timeZone} imageSizes="(min-width: 700px) 220px, 33vw" headingLevel={2} />
      ))}
    </div>
  );
}

export function EmptyState({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
