import { PostgresAdapter, type Kysely } from 'kysely';
import type { DialectName } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { postgresBackend } from './postgresql.js';
import { sqliteBackend } from './sqlite.js';
import { htmlToText } from '../content/html-text.js';
import { indexKeys } from './text.js';
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

export function buildDocument(id: number, title: string, lead: string, bodyHtml: string): IndexedDocument {
  const body = htmlToText(bodyHtml);
  const keys = { title: indexKeys(title), lead: indexKeys(lead), body: indexKeys(body) };
  const terms = new Set<string>();
  for (const k of Object.values(keys)) for (const t of k.folded.split(' ')) if (t.length >= TERM_MIN_LENGTH && /^[a-z]+$/.test(t)) terms.add(t);
  return { id, title, lead, body, keys, terms: [...terms] };
}

/**
 * Brings the index entry of one article up to date with the article row (or removes it when the
 * row is gone). Every write path calls this with the same Kysely it wrote with, ideally inside its
 * transaction, so the index never disagrees with a committed article. Status is not copied: the
 * search joins `articles`, so publish/unpublish/trash show at once even before re-indexing.
 */
export async function indexArticleIn(db: Kysely<Database>, id: number, dialect: DialectName = dialectOf(db)): Promise<void> {
  const backend = backendFor(dialect);
  const article = await db.selectFrom('articles').select(['id', 'title', 'lead', 'body_html']).where('id', '=', id).executeTakeFirst();
  if (!article) return removeArticleIn(db, id, dialect);
  const doc = buildDocument(article.id, article.title, article.lead, article.body_html);
  await db
    .insertInto('search_documents')
    .values({ article_id: doc.id, title: doc.title, lead: doc.lead, body: doc.body })
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ title: doc.title, lead: doc.lead, body: doc.body }))
    .execute();
  await backend.write(db, doc);
  for (let i = 0; i < doc.terms.length; i += TERM_BATCH) {
    await db
      .insertInto('search_terms')
      .values(doc.terms.slice(i, i + TERM_BATCH).map((term) => ({ term })))
      .onConflict((oc) => oc.column('term').doNothing())
      .execute();
  }
}

export async function removeArticleIn(db: Kysely<Database>, id: number, dialect: DialectName = dialectOf(db)): Promise<void> {
  await backendFor(dialect).remove(db, id);
  await db.deleteFrom('search_documents').where('article_id', '=', id).execute();
}
