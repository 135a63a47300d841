import { GLOBAL_TAGS, PageTags } from '../cache/changes.js';
import type { ArticleSummary } from '../content/articles.js';

/** Every page shows the site's name and settings and the section menu. */
export const SITE_TAGS: readonly string[] = GLOBAL_TAGS;

/** A list shows each article's summary and its picture. */
export function summaryTags(articles: readonly ArticleSummary[]): string[] {
  return articles.flatMap((a) => (a.image ? [PageTags.summary(a.id), PageTags.image(a.image.id)] : [PageTags.summary(a.id)]));
}
