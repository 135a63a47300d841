/** Feed URLs: the paper's, and one beside every section, tag and author page. */
export const SITE_FEED_PATH = '/rss.xml';

export function feedPathOf(pagePath: string): string {
  return pagePath === '/' ? SITE_FEED_PATH : `${pagePath}/rss.xml`;
}
