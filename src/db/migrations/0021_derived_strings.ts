import type { Kysely } from 'kysely';

/**
 * What the reading site shows of an article besides its own text, computed when the article is
 * saved instead of on every request: the excerpts of its lead at each length the pages use, and its
 * date as pages print it in the site's time zone. `derived_zone` names the zone the row's strings
 * were computed for; empty means not computed yet.
 *
 * The rows already there are filled by the application at its next start (src/content/derived.ts,
 * in batches, under the startup lock), not here: the date depends on the site's time zone, which
 * comes from the environment (SITE_TIMEZONE) or the settings, and a migration imports no
 * application code (the excerpt's rules or the zone's). Until then pages compute what a row lacks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['excerpt_120', 'excerpt_160', 'excerpt_200', 'excerpt_300', 'display_date', 'derived_zone']) {
    await db.schema
      .alterTable('articles')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
}
