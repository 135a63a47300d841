/**
 * Which addresses the editor accepts. The server's sanitizer has the last word; these checks only
 * stop a person from putting in something the sanitizer would silently drop.
 */

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

/** Whether an href already in a document (pasted or stored) may stay a link. */
export function isAllowedLinkHref(href: string): boolean {
  const value = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
  return scheme !== undefined && LINK_SCHEMES.includes(scheme) && value.length > scheme.length;
}

/**
 * What a person typed into the link box, as an href: `baosonlam.vn/x` becomes `https://baosonlam.vn/x`,
 * `ai@bao.vn` becomes `mailto:ai@bao.vn`. Null when it is not an http, https or mailto address.
 */
export function normalizeLinkInput(input: string): string | null {
  const value = input.trim();
  if (!value || /\s/.test(value)) return null;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (!isAllowedLinkHref(value)) return null;
    if (/^https?:/i.test(value)) {
      try {
        const url = new URL(value);
        return url.hostname ? value : null;
      } catch {
        return null;
      }
    }
    return value;
  }
  if (value.startsWith('//') || value.startsWith('/') || value.startsWith('#')) return null;
  // A bare domain: something dotted before the first slash.
  if (/^[^/?#]+\.[a-z]{2,}([/?#:]|$)/i.test(value)) return normalizeLinkInput(`https://${value}`);
  return null;
}

/** An image address: http(s), or a path on this site such as `/media/…`. Null otherwise. */
export function normalizeImageSrc(input: string): string | null {
  const value = input.trim();
  if (!value || /\s/.test(value)) return null;
  if (value.startsWith('/')) return value.startsWith('//') ? null : value;
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).hostname ? value : null;
  } catch {
    return null;
  }
}
