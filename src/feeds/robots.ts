import { SEARCH_PATH } from '../site/pages/search.js';

/**
 * robots.txt: the reading site open, the newsroom and search results closed (endless, thin pages),
 * the sitemaps named with absolute URLs. `closed` (ROBOTS_DISALLOW_ALL, for staging) shuts all.
 */
export function robotsTxt(siteUrl: string, closed: boolean): string {
  if (closed) return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    `Disallow: ${SEARCH_PATH}`,
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/sitemap-news.xml`,
    '',
  ].join('\n');
}
