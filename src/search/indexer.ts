import { PostgresAdapter, type Kysely } from 'kysely';
import type { DialectName } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { postgresBackend } from './postgresql.js';
import { sqliteBackend } from './sqlite.js';
import { htmlToText } from '../content/html-text.js';
import { freeRankKey } from './rank-key.js';
import { indexKeys, PAIR_JOINER } from './text.js';
import type { IndexedDocument, SearchBackend } from './types.js';

export function backendFor(dialect: DialectName): SearchBackend {
  return dialect === 'postgres' ? postgresBackend : sqliteBackend;
}

/** Write paths that only hold a Kysely (a transaction) learn the dialect from its adapter. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

const TERM_MIN_LENGTH = 3;

const TERM_BATCH = 500;

export function buildDocument(id: number, rankKey: number, title: string, lead: string, bodyHtml: string): IndexedDocument {
  const body = htmlToText(bodyHtml);
  const keys = { title: indexKeys(title), lead: indexKeys(lead), body: indexKeys(body) };
  const terms = new Set<string>();
  for (const k of Object.values(keys)) for (const t of k.folded.split(' ')) if (t.length >= TERM_MIN_LENGTH && /^[a-z]+$/.test(t)) terms.add(t);
  const pairs = new Set<string>();
  for (const k of Object.values(keys)) {
    const words = k.folded.split(' ').filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]}${PAIR_JOINER}${words[i + 1]}`);
  }
  return { id, rankKey, title, lead, body, keys, pairs: [...pairs].join(' '), terms: [...terms] };
}

async function previousRankKey(db: Kysely<Database>, id: number): Promise<number | null> {
  const row = await db.selectFrom('search_documents').select('rank_key').where('article_id', '=', id).executeTakeFirst();
  return row?.rank_key == null ? null : Number(row.rank_key);
}

/**
 * Brings the index entry of one article up to date with the article row (or removes it when the
 * row is gone). Every write path calls this with the same Kysely it wrote with, ideally inside its
 * transaction, so the index never disagrees with a committed article. Status is not copied: the
 * search joins `articles`, so publish/unpublish/trash show at once even before re-indexing; the
 * publication time is, as the rank key, so every path that changes it re-indexes (they all do).
 */
export async function indexArticleIn(db: Kysely<Database>, id: number, dialect: DialectName = dialectOf(db)): Promise<void> {
  const article = await db
    .selectFrom('articles')
    .select(['id', 'title', 'lead', 'body_html', 'published_at', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!article) return removeArticleIn(db, id, dialect);
  const previousKey = await previousRankKey(db, id);
  const rankKey = await freeRankKey(db, id, article.published_at ?? article.created_at);
  const doc = buildDocument(article.id, rankKey, article.title, article.lead, article.body_html);
  const text = { title: doc.title, lead: doc.lead, body: doc.body, rank_key: rankKey };
  await db
    .insertInto('search_documents')
    .values({ article_id: doc.id, ...text })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(text))
    .execute();
  await backendFor(dialect).write(db, doc, previousKey);
  for (let i = 0; i < doc.terms.length; i += TERM_BATCH) {
    await db
      .insertInto('search_terms')
      .values(doc.terms.slice(i, i + TERM_BATCH).map((term) => ({ term })))
      .onConflict((oc) => oc.column('term').doNothing())
      .execute();
  }
}

export async function removeArticleIn(db: Kysely<Database>, id: number, dialect: DialectName = dialectOf(db)): Promise<void> {
  const previousKey = await previousRankKey(db, id);
  if (previousKey !== null) await backendFor(dialect).remove(db, previousKey);
  await db.deleteFrom('search_documents').where('article_id', '=', id).execute();
}
