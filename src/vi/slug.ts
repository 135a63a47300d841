import { fold } from './fold.js';

/**
 * URL slug: fold, then every run of characters outside [a-z0-9] becomes one "-", trimmed.
 * May return "" (e.g. a title of only punctuation); callers must cope, since the canonical URL
 * still ends in -{id}.html.
 */
export function slugify(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
