import type { ComponentChildren } from 'preact';
import type { LogoImage } from '../content/site-settings.js';
import { sectionPath } from '../content/urls.js';
import { SITE_FEED_PATH } from '../feeds/paths.js';
import { bestVariantUrl } from '../media/urls.js';
import { formatHeaderDate } from '../vi/index.js';
import type { SiteContext } from './context.js';

export interface Head {
  title: string;
  description: string;
  /** Path of the canonical URL, made absolute with SITE_URL. */
  canonicalPath: string;
  /** The picture link previews show (Zalo, Facebook, X): URL absolute or site-relative. */
  image?: { url: string; width: number; height: number; alt: string };
  ogType?: 'website' | 'article';
  /** ISO 8601 with the site's offset. */
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: string[];
  jsonLd?: object[];
  noindex?: boolean;
  /** RSS feeds of this page besides the whole paper's (a section's, a tag's, an author's). */
  feeds?: { title: string; path: string }[];
}

export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${siteUrl}${pathOrUrl}`;
}

/**
 * JSON-LD sits in a script element: `<`, `>` and `&` are written as JSON escapes, so no text in it
 * can close the element or open a comment (`</script>`, `<!--`), and U+2028/U+2029 as escapes for
 * parsers that still take them as line ends. JSON.stringify already escapes quotes and backslashes.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function Meta({ site, head }: { site: SiteContext; head: Head }) {
  const canonical = absoluteUrl(site.siteUrl, head.canonicalPath);
  const fullTitle = head.title === site.siteName ? head.title : `${head.title} - ${site.siteName}`;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={head.description} />
      <link rel="canonical" href={canonical} />
      {head.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta property="og:site_name" content={site.siteName} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:type" content={head.ogType ?? 'website'} />
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      <meta property="og:url" content={canonical} />
      {head.image ? (
        <>
          <meta property="og:image" content={absoluteUrl(site.siteUrl, head.image.url)} />
          <meta property="og:image:width" content={String(head.image.width)} />
          <meta property="og:image:height" content={String(head.image.height)} />
          <meta property="og:image:alt" content={head.image.alt} />
        </>
      ) : null}
      {head.publishedTime ? <meta property="article:published_time" content={head.publishedTime} /> : null}
      {head.modifiedTime ? <meta property="article:modified_time" content={head.modifiedTime} /> : null}
      {head.section ? <meta property="article:section" content={head.section} /> : null}
      {(head.tags ?? []).map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={head.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      {head.image ? <meta name="twitter:image" content={absoluteUrl(site.siteUrl, head.image.url)} /> : null}
      {head.image ? <meta name="twitter:image:alt" content={head.image.alt} /> : null}
      {[{ title: site.siteName, path: SITE_FEED_PATH }, ...(head.feeds ?? [])].map((feed) => (
        <link key={feed.path} rel="alternate" type="application/rss+xml" title={feed.title} href={absoluteUrl(site.siteUrl, feed.path)} />
      ))}
      <link rel="stylesheet" href={site.cssUrl} />
      <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      {/* Deferred: it only enhances the header's search form, so it never holds up reading. */}
      <script src={site.scriptUrl} defer />
      {(head.jsonLd ?? []).map((data, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
      ))}
    </head>
  );
}

/** Drawn 60 px high (width from the image's own proportions); the site's name stays as its text. */
function LogoPicture({ logo, alt }: { logo: LogoImage; alt: string }) {
  const height = 60;
  const width = Math.max(1, Math.round((height * logo.width) / Math.max(1, logo.height)));
  return <img class="logo-image" src={bestVariantUrl(logo, width * 2)} alt={alt} width={width} height={height} />;
}

function SiteHeader({ site, currentPath }: { site: SiteContext; currentPath: string }) {
  return (
    <header class="site-header">
      <a class="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <div class="topbar">
        <p class="dateline">{formatHeaderDate(site.now, site.timeZone)}</p>
      </div>
      <div class="masthead">
        <a class="logo" href="/" rel="home">
          {site.logo ? <LogoPicture logo={site.logo} alt={site.siteName} /> : site.siteName}
        </a>
        <p class="tagline">{site.siteDescription}</p>
        {/* A plain GET form: search works without JavaScript; the script only adds suggestions. */}
        <form class="header-search" action="/tim-kiem" method="get" role="search">
          <label for="header-q" class="visually-hidden">
            Tìm kiếm bài viết
          </label>
          <input id="header-q" type="search" name="q" placeholder="Tìm kiếm…" maxLength={200} autoComplete="off" />
          <button type="submit">Tìm</button>
        </form>
      </div>
      <nav class="menu" aria-label="Chuyên mục">
        <ul>
          <li>
            <a href="/" aria-current={currentPath === '/' ? 'page' : undefined}>
              Trang chủ
            </a>
          </li>
          {site.menu
            .filter((s) => s.in_menu)
            .map((s) => (
              <li key={s.id}>
                <a href={sectionPath(s.path)} aria-current={currentPath.startsWith(sectionPath(s.path)) ? 'page' : undefined}>
                  {s.name}
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </header>
  );
}

function SiteFooter({ site }: { site: SiteContext }) {
  return (
    <footer class="site-footer">
      <nav aria-label="Chuyên mục (chân trang)">
        <ul>
          {site.menu.map((s) => (
            <li key={s.id}>
              <a href={sectionPath(s.path)}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <strong>{site.siteName}</strong> — {site.siteDescription}
      </p>
      <p class="small">Vận hành bằng Tòa Soạn, phần mềm tòa soạn điện tử mã nguồn mở.</p>
    </footer>
  );
}

export function Layout({ site, head, currentPath, children }: { site: SiteContext; head: Head; currentPath: string; children: ComponentChildren }) {
  return (
    <html lang="vi">
      <Meta site={site} head={head} />
      <body>
        <SiteHeader site={site} currentPath={currentPath} />
        <main id="noi-dung" class="page" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
