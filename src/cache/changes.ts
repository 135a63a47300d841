import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * What changed on the reading site, said once at the domain level. Every function that alters what
 * a public page shows (publishing, an edit of a live article, a comment decision, the home page's
 * picks, a setting, a person's name…) calls `contentChanged(db, tags)` after its transaction has
 * committed; the page cache purges every page that depends on one of the tags, on every node, before
 * the call returns. Pages declare the same tags when they are stored (see PageTags).
 *
 * Listeners are kept per database handle, so several apps in one process (tests) never purge each
 * other, and code that runs without an app (the CLI, the demo seeder) changes nothing here.
 */

export type ChangeListener = (tags: readonly string[]) => Promise<void>;

const listeners = new WeakMap<Kysely<Database>, Set<ChangeListener>>();

/** Tags of the reading site: one vocabulary for pages, invalidation and CDN surrogate keys. */
export const PageTags = {
  /** Site name, description, logo, time zone, comment switch: on every page. */
  settings: 'settings',
  /** The section menu (names, paths, order, in_menu): on every page. */
  sections: 'sections',
  /** The managing editor's picks for the home page. */
  home: 'home',
  /** Which articles are live and in what order, anywhere (home's latest, feeds, search). */
  listAll: 'list:all',
  /** The home page's "most read" block: changes when view counts are written (every 10 s at most). */
  mostRead: 'most-read',
  /** Search results: any change to a live article's text or to what is live. */
  search: 'search',
  /** An article's own page. */
  article: (id: number) => `article:${id}`,
  /** What lists show of an article: title, slug, lead, byline, picture, section, date. */
  summary: (id: number) => `summary:${id}`,
  /** The approved comments under an article. */
  comments: (id: number) => `comments:${id}`,
  /** Which live articles a section (with its subsections), tag or author lists. */
  sectionList: (id: number) => `list:section:${id}`,
  tagList: (id: number) => `list:tag:${id}`,
  authorList: (id: number) => `list:author:${id}`,
  /** A tag's or a person's own text (name, bio), shown on their page and on articles. */
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  /** An image's alt text and size, wherever it is shown. */
  image: (id: number) => `image:${id}`,
} as const;

/** Tags every page carries: a change to one of them changes every page. */
export const GLOBAL_TAGS: readonly string[] = [PageTags.settings, PageTags.sections];

export function onContentChanged(db: Kysely<Database>, listener: ChangeListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** True when an app serves pages from this database handle (the CLI and the seeder have none). */
export function isWatched(db: Kysely<Database>): boolean {
  return (listeners.get(db)?.size ?? 0) > 0;
}

/**
 * Says that pages depending on `tags` changed. Call it with the database handle the app was built
 * on, after the change has committed: a purge before the commit could be refilled with the old state
 * by a reader's request in between.
 */
export async function contentChanged(db: Kysely<Database>, tags: Iterable<string>): Promise<void> {
  if (db.isTransaction) throw new Error('contentChanged must be called after the transaction commits, with the root database handle');
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  const set = listeners.get(db);
  if (!set) return;
  await Promise.all([...set].map((listener) => listener(unique)));
}
