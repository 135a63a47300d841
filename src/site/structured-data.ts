import type { ArticleDetail } from '../content/articles.js';
import { authorPath, sectionPath } from '../content/urls.js';
import type { Section } from '../db/schema.js';
import { variantSize } from '../feeds/articles.js';
import { SEARCH_PATH } from './pages/search.js';
import { formatIsoOffset } from '../vi/index.js';
import { imageWidths } from '../media/urls.js';
import type { SiteContext } from './context.js';

/**
 * schema.org data for search engines (JSON-LD) as plain objects; the layout serialises them safely.
 * Required and recommended properties follow Google's Article, Breadcrumb and Sitelinks search box
 * documentation.
 */

export const HEADLINE_MAX = 110;
/** The image sizes offered to search engines: large first. */
const LD_IMAGE_WIDTHS = [1600, 1024, 640];

/** At most 110 characters, cut between words. */
export function headline(title: string): string {
  const chars = [...title.normalize('NFC')];
  if (chars.length <= HEADLINE_MAX) return title;
  const cut = chars.slice(0, HEADLINE_MAX - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > HEADLINE_MAX / 2 ? atWord : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

function abs(site: SiteContext, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${site.siteUrl}${path}`;
}

export function organization(site: SiteContext) {
  const logo = site.logo ? variantSize(site.logo, 600) : null;
  return {
    '@type': 'Organization',
    name: site.siteName,
    url: `${site.siteUrl}/`,
    logo: logo
      ? { '@type': 'ImageObject', url: abs(site, logo.url), width: logo.width, height: logo.height }
      : { '@type': 'ImageObject', url: abs(site, '/static/favicon.svg') },
  };
}

export function newsArticle(site: SiteContext, detail: ArticleDetail, canonical: string) {
  const { article, image, author, section, tags } = detail;
  const widths = image ? imageWidths(image) : [];
  const sizes = image ? [...new Set(LD_IMAGE_WIDTHS.map((w) => widths.find((v) => v >= w) ?? widths.at(-1) ?? 0))].map((w) => variantSize(image, w)) : [];
  const modified = article.updated_at > (article.published_at ?? '') ? article.updated_at : (article.published_at ?? article.updated_at);
  const byline = article.byline || author?.display_name || '';
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline(article.title),
    description: article.seo_description || article.lead,
    image: sizes.map((s) => ({ '@type': 'ImageObject', url: abs(site, s.url), width: s.width, height: s.height })),
    datePublished: formatIsoOffset(new Date(article.published_at ?? article.created_at), site.timeZone),
    dateModified: formatIsoOffset(new Date(modified), site.timeZone),
    author: byline ? [{ '@type': 'Person', name: byline, ...(author ? { url: abs(site, authorPath(author.slug)) } : {}) }] : [],
    publisher: organization(site),
    mainEntityOfPage: canonical,
    url: canonical,
    articleSection: section.name,
    keywords: tags.map((t) => t.name),
    inLanguage: 'vi',
    isAccessibleForFree: true,
  };
}

export function breadcrumbList(site: SiteContext, crumbs: Section[]) {
  const items = [{ name: 'Trang chủ', item: `${site.siteUrl}/` }, ...crumbs.map((s) => ({ name: s.name, item: abs(site, sectionPath(s.path)) }))];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((entry, i) => ({ '@type': 'ListItem', position: i + 1, ...entry })),
  };
}

/** The home page's WebSite with a SearchAction: search engines may offer a search box for the paper. */
export function webSite(site: SiteContext) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.siteName,
    description: site.siteDescription,
    url: `${site.siteUrl}/`,
    inLanguage: 'vi',
    publisher: organization(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.siteUrl}${SEARCH_PATH}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
