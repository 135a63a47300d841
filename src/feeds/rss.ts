import { formatRfc822 } from '../vi/index.js';
import { absolutizeHtml } from './absolute-html.js';
import type { FeedArticle } from './articles.js';
import { attrs, element, XML_DECLARATION, xmlEscape as htmlEscape } from './xml.js';

/** An RSS 2.0 channel: a pure function of this data, so a page cache can keep the result. */
export interface RssChannel {
  siteUrl: string;
  siteName: string;
  timeZone: string;
  title: string;
  description: string;
  /** Site-relative: the page this feed follows, and the feed's own URL. */
  linkPath: string;
  selfPath: string;
  /** Site-relative URL of the paper's logo, when one is set. */
  logoPath?: string;
  lastBuildDate: Date | null;
  items: FeedArticle[];
}

/** Not the URL: slugs and sections change, the article's id never does. */
export function articleGuid(siteUrl: string, id: number): string {
  return `urn:toasoan:${new URL(siteUrl).host}:article:${id}`;
}

function item(channel: RssChannel, article: FeedArticle): string {
  const abs = (p: string) => `${channel.siteUrl}${p}`;
  const image = article.image;
  return [
    '<item>',
    element('title', article.title),
    element('link', abs(article.path)),
    element('guid', articleGuid(channel.siteUrl, article.id), attrs({ isPermaLink: 'false' })),
    element('pubDate', formatRfc822(new Date(article.publishedAt), channel.timeZone)),
    // Readers take an item's description as HTML: the lead is plain text, so it is escaped for HTML first.
    element('description', htmlEscape(article.lead)),
    element('content:encoded', absolutizeHtml(article.bodyHtml, channel.siteUrl)),
    element('dc:creator', article.byline || article.author?.name),
    element('category', article.section.name, attrs({ domain: abs(article.section.path) })),
    ...article.tags.map((t) => element('category', t.name, attrs({ domain: abs(`/chu-de/${t.slug}`) }))),
    image ? `<enclosure${attrs({ url: abs(image.url), length: image.bytes, type: image.type })}/>` : '',
    image
      ? `<media:content${attrs({ url: abs(image.url), type: image.type, medium: 'image', width: image.width, height: image.height, fileSize: image.bytes || undefined })}>` +
        element('media:description', image.caption || image.alt) +
        '</media:content>'
      : '',
    '</item>',
  ].join('');
}

export function renderRss(channel: RssChannel): string {
  const abs = (p: string) => `${channel.siteUrl}${p}`;
  return (
    XML_DECLARATION +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">' +
    '<channel>' +
    element('title', channel.title) +
    element('link', abs(channel.linkPath)) +
    element('description', channel.description || channel.title) +
    '<language>vi</language>' +
    `<atom:link${attrs({ href: abs(channel.selfPath), rel: 'self', type: 'application/rss+xml' })}/>` +
    (channel.lastBuildDate ? element('lastBuildDate', formatRfc822(channel.lastBuildDate, channel.timeZone)) : '') +
    element('generator', 'Tòa Soạn') +
    '<ttl>5</ttl>' +
    (channel.logoPath
      ? `<image>${element('url', abs(channel.logoPath))}${element('title', channel.title)}${element('link', abs(channel.linkPath))}</image>`
      : '') +
    channel.items.map((a) => item(channel, a)).join('') +
    '</channel></rss>\n'
  );
}
