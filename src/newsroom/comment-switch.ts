import type { Kysely } from 'kysely';
import { contentChanged, PageTags } from '../cache/changes.js';
import type { Article, Database } from '../db/schema.js';
import { mayView, type Actor } from './permissions.js';
import { writeAudit } from './workflow.js';

/**
 * The per-article comment switch (managing editor and above, checked by the route). It acts only
 * on an article the person may see, and answers a missing article and a hidden one the same way
 * (null), so the switch does not reveal which ids exist. A change is written to the article's
 * audit trail in the same transaction; setting the switch to what it already is writes nothing.
 */
export async function switchComments(db: Kysely<Database>, actor: Actor, articleId: number, on: boolean, now = new Date()): Promise<Article | null> {
  const article = await db.transaction().execute(async (trx) => {
    const article = await trx.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
    if (!article || !mayView(actor, { authorId: article.author_id, sectionId: article.section_id, status: article.status })) return null;
    const value = on ? 1 : 0;
    if (article.comments_enabled === value) return article;
    const updated = await trx.updateTable('articles').set({ comments_enabled: value }).where('id', '=', article.id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, {
      articleId: article.id,
      userId: actor.id,
      role: actor.role,
      action: on ? 'comments_on' : 'comments_off',
      from: article.status,
      to: article.status,
      at: now,
    });
    return updated;
  });
  if (article) await contentChanged(db, [PageTags.article(article.id)]);
  return article;
}
