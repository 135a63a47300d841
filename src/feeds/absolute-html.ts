/**
 * Makes the site-relative links and pictures of sanitised article HTML absolute, for readers of
 * feeds and API clients that show the body away from the site. The sanitizer writes every
 * attribute in double quotes and allows no protocol-relative URLs, so attributes are easy to find.
 */
export function absolutizeHtml(html: string, siteUrl: string): string {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url);
  return html
    .replace(/(\s(?:src|href)=")([^"]*)"/g, (_m, start: string, url: string) => `${start}${absolute(url)}"`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_m, start: string, set: string) => {
      const entries = set.split(',').map((entry) => {
        const [url = '', ...descriptor] = entry.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(' ');
      });
      return `${start}${entries.join(', ')}"`;
    });
}
