import type { Kysely, Transaction } from 'kysely';
import type { Database, HomePickKind } from '../db/schema.js';
import { contentChanged, PageTags } from '../cache/changes.js';
import { isLive, listLatest, type ArticleSummary } from './articles.js';
import { fixedQuery } from './fixed-query.js';

/**
 * The home page's hand-picked stories: one lead and up to FEATURED_MAX featured, in order. The picks
 * are few, so every change rewrites them all in one transaction: the order can never end up with
 * gaps or two stories in one place. A pick that stops being live (unpublished, trashed) stays
 * stored but is skipped by the home page, which then falls back to the latest stories.
 */

export const FEATURED_MAX = 6;

export interface HomePicks {
  lead: number | null;
  featured: number[];
}

export class CurationError extends Error {}

const allPicks = fixedQuery((db) => db.selectFrom('home_picks').select(['kind', 'position', 'article_id']).orderBy('kind').orderBy('position'));

export async function readPicks(db: Kysely<Database>): Promise<HomePicks> {
  const rows = await allPicks(db, {});
  return {
    lead: rows.find((r) => r.kind === 'lead')?.article_id ?? null,
    featured: rows.filter((r) => r.kind === 'featured').map((r) => r.article_id),
  };
}

async function liveIds(db: Kysely<Database>, ids: number[], now: string): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('id', 'in', ids)
    .where((eb) => isLive(eb, now))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Reads, changes and rewrites the picks; who chose a story and when is kept for unchanged ones. */
async function changePicks(db: Kysely<Database>, userId: number, change: (picks: HomePicks, trx: Transaction<Database>) => Promise<HomePicks>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('home_picks').selectAll().execute();
    const picks = await change(await readPicks(trx), trx);
    const chosen = new Map(before.map((r) => [r.article_id, r]));
    const now = new Date().toISOString();
    const rows: { kind: HomePickKind; position: number; article_id: number }[] = [
      ...(picks.lead === null ? [] : [{ kind: 'lead' as const, position: 0, article_id: picks.lead }]),
      ...picks.featured.map((id, i) => ({ kind: 'featured' as const, position: i, article_id: id })),
    ];
    await trx.deleteFrom('home_picks').execute();
    if (rows.length > 0) {
      await trx
        .insertInto('home_picks')
        .values(rows.map((r) => ({ ...r, chosen_by: chosen.get(r.article_id)?.chosen_by ?? userId, chosen_at: chosen.get(r.article_id)?.chosen_at ?? now })))
        .execute();
    }
  });
  await contentChanged(db, [PageTags.home]);
}

async function requireLive(trx: Kysely<Database>, articleId: number): Promise<void> {
  const live = await liveIds(trx, [articleId], new Date().toISOString());
  if (!live.has(articleId)) throw new CurationError(`Bài mã số ${articleId} không có hoặc chưa được đăng trên trang báo; chỉ chọn được bài đang đăng.`);
}

/** Makes the story the lead; if it was among the featured, it leaves that list. */
export async function setLead(db: Kysely<Database>, userId: number, articleId: number): Promise<void> {
  await changePicks(db, userId, async (picks, trx) => {
    await requireLive(trx, articleId);
    return { lead: articleId, featured: picks.featured.filter((id) => id !== articleId) };
  });
}

export async function clearLead(db: Kysely<Database>, userId: number): Promise<void> {
  await changePicks(db, userId, async (picks) => ({ ...picks, lead: null }));
}

export async function addFeatured(db: Kysely<Database>, userId: number, articleId: number): Promise<void> {
  await changePicks(db, userId, async (picks, trx) => {
    if (picks.lead === articleId) throw new CurationError('Bài này đang là tin chính của trang chủ.');
    if (picks.featured.includes(articleId)) throw new CurationError('Bài này đã có trong danh sách tin nổi bật.');
    if (picks.featured.length >= FEATURED_MAX) throw new CurationError(`Đã đủ ${FEATURED_MAX} tin nổi bật; hãy bỏ bớt một tin trước khi thêm.`);
    await requireLive(trx, articleId);
    return { ...picks, featured: [...picks.featured, articleId] };
  });
}

/** Moves a featured story one place up (-1) or down (+1). */
export async function moveFeatured(db: Kysely<Database>, userId: number, articleId: number, step: -1 | 1): Promise<void> {
  await changePicks(db, userId, async (picks) => {
    const from = picks.featured.indexOf(articleId);
    if (from < 0) throw new CurationError('Bài này không có trong danh sách tin nổi bật.');
    const to = from + step;
    const neighbour = picks.featured[to];
    if (neighbour === undefined) return picks; // already first or last
    const featured = [...picks.featured];
    featured[from] = neighbour;
    featured[to] = articleId;
    return { ...picks, featured };
  });
}

export async function removeFeatured(db: Kysely<Database>, userId: number, articleId: number): Promise<void> {
  await changePicks(db, userId, async (picks) => {
    if (!picks.featured.includes(articleId)) throw new CurationError('Bài này không có trong danh sách tin nổi bật.');
    return { ...picks, featured: picks.featured.filter((id) => id !== articleId) };
  });
}

export interface HomeStories {
  /** The chosen lead while it is live; null lets the home page take the latest story. */
  lead: ArticleSummary | null;
  /** The chosen featured stories that are still live, in the chosen order. */
  featured: ArticleSummary[];
}

export async function homeStories(db: Kysely<Database>, now: string): Promise<HomeStories> {
  const picks = await readPicks(db);
  const ids = [...(picks.lead === null ? [] : [picks.lead]), ...picks.featured];
  if (ids.length === 0) return { lead: null, featured: [] };
  const found = await listLatest(db, now, { ids }, { limit: ids.length, offset: 0 });
  const byId = new Map(found.map((a) => [a.id, a]));
  return {
    lead: picks.lead === null ? null : (byId.get(picks.lead) ?? null),
    featured: picks.featured.flatMap((id) => byId.get(id) ?? []),
  };
}

/** For the curation screen: each pick with whether the home page currently shows it. */
export async function picksWithState(db: Kysely<Database>, now: string): Promise<{ picks: HomePicks; live: Set<number>; titles: Map<number, string> }> {
  const picks = await readPicks(db);
  const ids = [...(picks.lead === null ? [] : [picks.lead]), ...picks.featured];
  const rows = ids.length === 0 ? [] : await db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids).execute();
  return { picks, live: await liveIds(db, ids, now), titles: new Map(rows.map((r) => [r.id, r.title])) };
}
