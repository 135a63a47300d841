import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { contentChanged, PageTags } from '../cache/changes.js';
import { localDateKey } from '../vi/index.js';

/**
 * Counts page views in memory and writes them in batches: one UPDATE per article per flush instead
 * of one write per view. Views arrive through a small uncached image request from the article page,
 * so counting keeps working when the pages themselves are served from a cache.
 */
export class ViewCounter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    /** Read at every view: the site's time zone is a setting that can change while running. */
    private readonly timeZone: () => string,
    private readonly options: { flushEveryMs: number; maxPending: number } = { flushEveryMs: 2_000, maxPending: 5_000 },
    /** A failed write is reported here; its views are kept and written with the next batch. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.options.flushEveryMs);
    this.timer.unref();
  }

  record(articleId: number, at = new Date()): void {
    const key = `${articleId}|${localDateKey(at, this.timeZone())}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    if (this.pending.size >= this.options.maxPending) void this.flush();
  }

  /** Writes what has been counted; concurrent calls are serialised. Never rejects: a database outage must not stop later writes. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending()).catch(this.onError);
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.writeBatch(batch);
    } catch (error) {
      for (const [key, views] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + views);
      throw error;
    }
  }

  private async writeBatch(batch: Map<string, number>): Promise<void> {
    const perArticle = new Map<number, number>();
    const daily = [...batch].map(([key, views]) => {
      const bar = key.indexOf('|');
      const articleId = Number(key.slice(0, bar));
      const day = key.slice(bar + 1);
      perArticle.set(articleId, (perArticle.get(articleId) ?? 0) + views);
      return { article_id: articleId, day, views };
    });
    await this.db.transaction().execute(async (trx) => {
      const known = new Set(
        (
          await trx
            .selectFrom('articles')
            .select('id')
            .where('id', 'in', [...perArticle.keys()])
            .execute()
        ).map((r) => r.id),
      );
      for (const [id, views] of perArticle) {
        if (!known.has(id)) continue;
        await trx
          .updateTable('articles')
          .set({ view_count: sql`view_count + ${views}` })
          .where('id', '=', id)
          .execute();
      }
      const rows = daily.filter((row) => known.has(row.article_id));
      if (rows.length === 0) return;
      await trx
        .insertInto('article_views_daily')
        .values(rows)
        .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ views: sql`article_views_daily.views + excluded.views` }))
        .execute();
    });
    // The home page's "most read" block follows the counts as they are written.
    await contentChanged(this.db, [PageTags.mostRead]);
  }
}
