import type { Kysely } from 'kysely';
import type { Article, Database } from '../db/schema.js';
import { DEFAULT_TIME_ZONE, ELLIPSIS, excerpt, formatArticleDate } from '../vi/index.js';
import { getSetting, setSetting } from './settings.js';

/**
 * The strings pages show of an article besides its own text (its lead's excerpts, its date in the
 * site's zone), computed when the article is written and stored on its row, so an uncached page
 * only reads them. Every write of a lead, a publication time or a creation time writes them too
 * (src/newsroom/articles.ts, src/newsroom/workflow.ts); a change of the site's time zone, a start
 * after the migration that added them or after an import recomputes them (`refreshDerived`). A
 * row whose strings were made for another zone, or not made yet, is computed when drawn instead
 * (`excerptOf`, `shownDateOf`), so a page is right even while a refresh is under way.
 */

/** The lengths, in code points, at which pages show a lead; the shorter ones are cut from the longest. */
export type ExcerptLength = 120 | 160 | 200 | 300;
type ShorterLength = Exclude<ExcerptLength, 300>;

type ExcerptColumns = Pick<Article, 'excerpt_300' | `excerpt_${ShorterLength}_end` | 'derived_zone'>;
export type DerivedColumns = ExcerptColumns & Pick<Article, 'display_date'>;

/** What the derived strings come from; the date shown is the publication time, else the creation time. */
export type DerivedSource = Pick<Article, 'lead' | 'published_at' | 'created_at'>;

/** The zone the next writes compute dates in: the site's zone as of the last start or settings save. */
const ZONE_KEY = 'derived_strings_zone';

/**
 * Where the excerpt of `length` ends within the longest one, or -1 when it is the longest one whole.
 * A shorter excerpt keeps the words that fit a smaller budget, so its text before "..." always
 * begins the longest one (src/vi/excerpt.ts; checked on the test vectors in test/derived-strings).
 */
function endWithin(longest: string, lead: string, length: ShorterLength): number {
  const shorter = excerpt(lead, length);
  return shorter === longest ? -1 : shorter.length - ELLIPSIS.length;
}

export function derivedColumns(source: DerivedSource, timeZone: string): DerivedColumns {
  const longest = excerpt(source.lead, 300);
  return {
    excerpt_300: longest,
    excerpt_120_end: endWithin(longest, source.lead, 120),
    excerpt_160_end: endWithin(longest, source.lead, 160),
    excerpt_200_end: endWithin(longest, source.lead, 200),
    display_date: formatArticleDate(new Date(source.published_at ?? source.created_at), timeZone),
    derived_zone: timeZone,
  };
}

/**
 * The zone writes compute dates in. Before any start has recorded one (an app built directly, as in
 * tests) it is the built-in default; a row made in another zone than the site's is computed when drawn.
 */
export async function derivedZone(db: Kysely<Database>): Promise<string> {
  return (await getSetting(db, ZONE_KEY)) || DEFAULT_TIME_ZONE;
}

/** The lead cut to `length`: read from the row unless its strings were never computed. */
export function excerptOf(row: ExcerptColumns & { lead: string }, length: ExcerptLength): string {
  if (row.derived_zone === '') return excerpt(row.lead, length);
  const end = length === 300 ? -1 : row[`excerpt_${length}_end`];
  return end < 0 ? row.excerpt_300 : row.excerpt_300.slice(0, end) + ELLIPSIS;
}

/** The date pages print for the instant `iso` (the row's publication time, else its creation time). */
export function shownDateOf(row: Pick<DerivedColumns, 'display_date' | 'derived_zone'>, iso: string, timeZone: string): string {
  return row.derived_zone === timeZone ? row.display_date : formatArticleDate(new Date(iso), timeZone);
}

const BATCH = 500;

/**
 * Makes every row's derived strings those of `timeZone`, in batches of BATCH rows in id order (no
 * batch holds the event loop or a lock for long), and has later writes use that zone. A row whose
 * lead or times changed between the read and the update is left to the write that changed them.
 * Returns how many rows were recomputed.
 */
export async function refreshDerived(db: Kysely<Database>, timeZone: string): Promise<number> {
  await setSetting(db, ZONE_KEY, timeZone);
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'lead', 'published_at', 'created_at'])
      .where('id', '>', after)
      .where('derived_zone', '<>', timeZone)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return done;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        await trx
          .updateTable('articles')
          .set(derivedColumns(row, timeZone))
          .where('id', '=', row.id)
          .where('lead', '=', row.lead)
          .where('created_at', '=', row.created_at)
          .where('published_at', row.published_at === null ? 'is' : '=', row.published_at)
          .execute();
      }
    });
    done += rows.length;
    after = rows.at(-1)?.id ?? after;
  }
}
