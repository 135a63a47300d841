import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { articlePath } from '../content/urls.js';
import type { Database, WebhookEventType } from '../db/schema.js';

/**
 * The webhook outbox. Domain code calls these inside the transaction that makes the change, so an
 * event exists exactly when its change was committed: a crash can lose neither one without the other.
 */

export const WEBHOOK_EVENTS: readonly WebhookEventType[] = ['article.published', 'article.updated', 'article.unpublished', 'comment.approved'];

export const EVENT_NAMES: Record<WebhookEventType, string> = {
  'article.published': 'Bài được đăng',
  'article.updated': 'Bài đang đăng được sửa',
  'article.unpublished': 'Bài bị gỡ',
  'comment.approved': 'Bình luận được duyệt',
};

export function isWebhookEvent(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

export interface ArticleRef {
  id: number;
  title: string;
  /** Site-relative; the worker sends it as an absolute `url`. */
  path: string;
  section: { name: string; path: string };
  published_at: string | null;
  updated_at: string;
}

export type EventData =
  { article: ArticleRef } | { article: ArticleRef; comment: { id: number; parent_id: number | null; name: string; body: string; created_at: string } };

/** Writes the event and one pending delivery per active endpoint that wants it; nothing when none does. */
export async function recordEvent(db: Kysely<Database>, type: WebhookEventType, data: EventData, now = new Date()): Promise<void> {
  const endpoints = (await db.selectFrom('webhook_endpoints').select(['id', 'events']).where('active', '=', 1).execute()).filter((e) =>
    e.events.split(',').includes(type),
  );
  if (endpoints.length === 0) return;
  const id = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('webhook_events')
    .values({ id, type, payload: JSON.stringify(data), created_at: at })
    .execute();
  await db
    .insertInto('webhook_deliveries')
    .values(endpoints.map((e) => ({ event_id: id, endpoint_id: e.id, status: 'pending' as const, next_attempt_at: at, created_at: at })))
    .execute();
}

async function articleRef(db: Kysely<Database>, articleId: number): Promise<ArticleRef | undefined> {
  const row = await db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.slug',
      'articles.published_at',
      'articles.updated_at',
      'sections.name as section_name',
      'sections.path as section_path',
    ])
    .where('articles.id', '=', articleId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    path: articlePath(row.section_path, row.slug, row.id),
    section: { name: row.section_name, path: `/${row.section_path}` },
    published_at: row.published_at,
    updated_at: row.updated_at,
  };
}

/** For article.published / updated / unpublished: the article as it is now, in this transaction. */
export async function recordArticleEvent(
  db: Kysely<Database>,
  type: Extract<WebhookEventType, `article.${string}`>,
  articleId: number,
  now = new Date(),
): Promise<void> {
  const article = await articleRef(db, articleId);
  if (article) await recordEvent(db, type, { article }, now);
}

/** For comment.approved: the comment and its article. */
export async function recordCommentApproved(db: Kysely<Database>, commentIds: number[], now = new Date()): Promise<void> {
  if (commentIds.length === 0) return;
  const comments = await db
    .selectFrom('comments')
    .select(['id', 'article_id', 'parent_id', 'name', 'body', 'created_at'])
    .where('id', 'in', commentIds)
    .orderBy('id')
    .execute();
  for (const c of comments) {
    const article = await articleRef(db, c.article_id);
    if (article)
      await recordEvent(
        db,
        'comment.approved',
        { article, comment: { id: c.id, parent_id: c.parent_id, name: c.name, body: c.body, created_at: c.created_at } },
        now,
      );
  }
}

/** The event's JSON as sent: paths become absolute URLs on this site. */
export function eventBody(event: { id: string; type: string; payload: string; created_at: string }, siteUrl: string): string {
  const data = JSON.parse(event.payload) as EventData;
  const article = {
    ...data.article,
    url: `${siteUrl}${data.article.path}`,
    section: { ...data.article.section, url: `${siteUrl}${data.article.section.path}` },
  };
  return JSON.stringify({ id: event.id, type: event.type, created_at: event.created_at, data: { ...data, article } });
}
