import type { Kysely } from 'kysely';
import type { Article, Database } from '../db/schema.js';
import { DEFAULT_TIME_ZONE, excerpt, formatArticleDate } from '../vi/index.js';
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

/** The lengths, in code points, at which pages show a lead. */
export type ExcerptLength = 120 | 160 | 200 | 300;

export type DerivedColumns = Pick<Article, 'excerpt_120' | 'excerpt_160' | 'excerpt_200' | 'excerpt_300' | 'display_date' | 'derived_zone'>;

/** What the derived strings come from; the date shown is the publication time, else the creation time. */
export type DerivedSource = Pick<Article, 'lead' | 'published_at' | 'created_at'>;

/** The zone the next writes compute dates in: the site's zone as of the last start or settings save. */
const ZONE_KEY = 'derived_strings_zone';

export function derivedColumns(source: DerivedSource, timeZone: string): DerivedColumns {
  return {
    excerpt_120: excerpt(source.lead, 120),
    excerpt_160: excerpt(source.lead, 160),
    excerpt_200: excerpt(source.lead, 200),
    excerpt_300: excerpt(source.lead, 300),
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

/** The lead cut to `length`: stored unless the row's strings were never computed. */
export function excerptOf(row: Pick<DerivedColumns, `excerpt_${ExcerptLength}` | 'derived_zone'> & { lead: string }, length: ExcerptLength): string {
  return row.derived_zone === '' ? excerpt(row.lead, length) : row[`excerpt_${length}`];
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
    after = rows[rows.length - 1]!.id;
  }
}
