/** The public URL scheme of PRODUCT.md, in one place. */

/** Used when a title yields no slug at all, so the URL still reads as words before the id. */
const FALLBACK_SLUG = 'bai-viet';

export function articlePath(sectionPath: string, slug: string, id: number): string {
  return `/${sectionPath}/${slug || FALLBACK_SLUG}-${id}.html`;
}

/** Any path ending in `-{id}.html` names an article; returns the id or null. */
export function articleIdFromPath(path: string): number | null {
  const match = /-(\d{1,15})\.html$/.exec(path);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function sectionPath(path: string): string {
  return `/${path}`;
}

export function tagPath(slug: string): string {
  return `/chu-de/${slug}`;
}

export function authorPath(slug: string): string {
  return `/tac-gia/${slug}`;
}

export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?trang=${page}` : path;
}

export function mediaPath(hash: string, file: string): string {
  return `/media/${hash.slice(0, 2)}/${file}`;
}
