import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { versionedAsset } from '../../assets.js';
import { tagsOf } from '../../content/articles.js';
import { listSections } from '../../content/sections.js';
import { articlePath } from '../../content/urls.js';
import type { Article } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { actorFor, loadPolicy } from '../../newsroom/actors.js';
import { currentUser } from '../../newsroom/auth.js';
import { mayEdit, mayView, PERMISSIONS, type Actor, type ArticleFacts, type NewsroomPolicy } from '../../newsroom/permissions.js';
import { HEARTBEAT_MS, markPresent, othersPresent, presenceMessage } from '../../newsroom/presence.js';
import { lastReturn } from '../../newsroom/queries.js';
import { latestContent } from '../../newsroom/working-copy.js';
import { newTagNames } from '../../newsroom/tag-suggestions.js';
import { hasWorkingCopy } from '../../newsroom/articles.js';
import { refusal, TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import { typedTags } from '../desk-rules.js';
import { formFromContent, type ArticleForm, type FormErrors } from '../article-input.js';
import { positiveId } from '../../request-fields.js';
import type { IdParams } from '../schemas.js';
import { adminContext, sendAdminPage } from '../context.js';
import { featuredImageOf } from '../pages/media-dialog.js';
import { EditorPage, type EditorPageProps } from '../pages/article-editor.js';
import { articleAdminPath } from '../pages/article-parts.js';
import type { ConflictView } from '../pages/conflict-panel.js';
import { ArticleReadPage } from '../pages/article-read.js';
import type { WorkflowInfo } from '../pages/article-workflow.js';
import { toZonedInput } from '../zoned-time.js';

/** What the article routes share: who is asking, which article, and how an article page is drawn. */

export interface Asker {
  actor: Actor;
  policy: NewsroomPolicy;
}

export async function asker(request: FastifyRequest): Promise<Asker> {
  const db = request.server.db.kysely;
  return { actor: await actorFor(db, currentUser(request)), policy: await loadPolicy(db) };
}

export function facts(article: Pick<Article, 'author_id' | 'section_id' | 'status'>): ArticleFacts {
  return { authorId: article.author_id, sectionId: article.section_id, status: article.status };
}

/** The article named by the `:id` in the URL; a 404 for anything else. */
export async function articleFromParams(request: FastifyRequest<{ Params: IdParams }>): Promise<Article> {
  const id = positiveId(request.params.id);
  const article = id === null ? undefined : await request.server.db.kysely.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!article) throw new HttpError(404, 'Không tìm thấy bài viết.');
  return article;
}

export function requireView(actor: Actor, article: Article): void {
  if (!mayView(actor, facts(article))) throw new HttpError(403, 'Bạn không được xem bài này.');
}

/** The steps this person may take now; placeholders stand in for the note and time they will type. */
export function availableActions(actor: Actor, article: Article, policy: NewsroomPolicy, now = new Date()): TransitionName[] {
  const future = new Date(now.getTime() + 60 * 60 * 1000);
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => refusal(actor, article, { name, note: '-', publishAt: future }, policy, now) === null);
}

export async function workflowInfo(app: FastifyInstance, actor: Actor, policy: NewsroomPolicy, article: Article): Promise<WorkflowInfo> {
  const db = app.db.kysely;
  const section = await db.selectFrom('sections').select('path').where('id', '=', article.section_id).executeTakeFirst();
  const author =
    article.author_id === null ? undefined : await db.selectFrom('users').select('display_name').where('id', '=', article.author_id).executeTakeFirst();
  const returned = article.status === 'returned' ? await lastReturn(db, article.id) : null;
  const live = article.status === 'published' && section;
  return {
    article,
    actions: availableActions(actor, article, policy),
    mayToggleComments: PERMISSIONS['article.comments'].includes(actor.role),
    publishAtValue: toZonedInput(article.published_at, app.config.timeZone),
    returnNote: returned ? { note: returned.note, by: returned.returned_by, at: returned.returned_at } : null,
    publicUrl: live ? articlePath(section.path, article.slug, article.id) : null,
    authorName: author?.display_name ?? null,
    live: article.status === 'published' ? { hasChanges: hasWorkingCopy(article), submittedAt: article.changes_submitted_at } : null,
  };
}

export interface EditorAssets {
  script?: string;
  css?: string;
}

let assets: EditorAssets | null = null;

/**
 * The rich-text editor's bundle (public/assets/editor.js) and stylesheet (public/editor.css), with a
 * content hash, once built. The newsroom shell has no slot for page assets, so the editor page
 * carries them itself; without them the page still works (the body is edited as HTML).
 */
export function editorAssets(): EditorAssets {
  assets ??= { script: versionedAsset('assets/editor.js', '/static/assets/editor.js'), css: versionedAsset('editor.css', '/static/editor.css') };
  return assets;
}

export interface ArticlePageOptions {
  status?: number;
  /** The person's own text (refused save); the saved article's otherwise. */
  form?: ArticleForm;
  errors?: FormErrors;
  /** The version hidden in the form: the base of the next save. */
  version?: number;
  notice?: { kind: 'ok' | 'error'; text: string };
  conflict?: ConflictView;
  /** Text the person sent but may no longer save, shown back on the read-only page. */
  kept?: ArticleForm;
}

/** Opening the editor counts as being there: others see the name before the first heartbeat. */
async function editorPresence(request: FastifyRequest, articleId: number): Promise<EditorPageProps['presence']> {
  const db = request.server.db.kysely;
  const userId = currentUser(request).id;
  await markPresent(db, articleId, userId);
  const message = presenceMessage(await othersPresent(db, articleId, userId));
  return { message, url: articleAdminPath(articleId, '/dang-sua'), intervalMs: HEARTBEAT_MS };
}

/** The editor for people who may change the article now, a read-only view for those who may only see it. */
export async function sendArticlePage(request: FastifyRequest, reply: FastifyReply, who: Asker, article: Article, options: ArticlePageOptions = {}) {
  const app = request.server;
  const db = app.db.kysely;
  const ctx = adminContext(request, reply);
  const timeZone = app.config.timeZone;
  const workflow = await workflowInfo(app, who.actor, who.policy, article);
  const tags = (await tagsOf(db, article.id)).map((t) => t.name);
  if (!mayEdit(who.actor, facts(article), who.policy)) {
    const section = await db.selectFrom('sections').select('name').where('id', '=', article.section_id).executeTakeFirst();
    const image =
      article.featured_image_id === null
        ? null
        : await db.selectFrom('images').select(['hash', 'variants', 'alt', 'width', 'height']).where('id', '=', article.featured_image_id).executeTakeFirst();
    const page = (
      <ArticleReadPage
        ctx={ctx}
        timeZone={timeZone}
        article={article}
        sectionName={section?.name ?? ''}
        tags={tags}
        image={image ?? null}
        workflow={workflow}
        notice={options.notice}
        kept={options.kept}
      />
    );
    return sendAdminPage(reply, page, options.status);
  }
  const form = options.form ?? formFromContent(await latestContent(db, article));
  const presence = await editorPresence(request, article.id);
  const newTags = await newTagNames(db, who.actor.id, typedTags(form.tags));
  const page = (
    <EditorPage
      ctx={ctx}
      timeZone={timeZone}
      sections={await listSections(db)}
      articleId={article.id}
      version={options.version ?? article.version}
      form={form}
      featuredImage={await featuredImageOf(db, form.featured_image_id)}
      newTags={newTags}
      errors={options.errors}
      notice={options.notice}
      conflict={options.conflict}
      presence={presence}
      workflow={workflow}
      assets={editorAssets()}
    />
  );
  return sendAdminPage(reply, page, options.status);
}
