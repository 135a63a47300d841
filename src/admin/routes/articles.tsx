import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listSections } from '../../content/sections.js';
import { uniqueArticleSlug } from '../../content/store.js';
import type { Kysely } from 'kysely';
import type { Article, ArticleStatus, Database } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { ConflictError, ContentError, createDraft, hasWorkingCopy, saveContent, type ArticleContent } from '../../newsroom/articles.js';
import { latestContent, WORKING_COPY_STEPS, type WorkingCopyStep } from '../../newsroom/working-copy.js';
import { currentUser } from '../../newsroom/auth.js';
import { switchComments } from '../../newsroom/comment-switch.js';
import { mayEdit } from '../../newsroom/permissions.js';
import { listArticles, type ListFilter } from '../../newsroom/queries.js';
import { applyTransition, STATUS_NAMES, TRANSITIONS, type TransitionName } from '../../newsroom/workflow.js';
import { slugify } from '../../vi/index.js';
import { contentFromForm, emptyForm, fieldErrors, formFromBody, formFromContent, type ArticleForm, type FormErrors } from '../article-input.js';
import { positiveId, textOf } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { EditorPage } from '../pages/article-editor.js';
import { featuredImageOf } from '../pages/media-dialog.js';
import { conflictRoutes, conflictView } from './conflict.js';
import { presenceRoutes } from './presence.js';
import { ArticleListPage } from '../pages/article-list.js';
import { fromZonedInput, ZONED_INPUT_HINT } from '../zoned-time.js';
import { sendNotice } from '../pages/notice.js';
import { ARTICLE_BODY, formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';
import { articleFromParams, asker, editorAssets, facts, requireView, sendArticlePage, type Asker } from './article-shared.js';
import { historyRoutes } from './history.js';
import { newDraftRoutes } from './new-draft.js';
import { workingCopyRoutes } from './working-copy.js';

/** The newsroom's article screens: list, new, editor (save, autosave) and workflow steps. */

const LIST_QUERY = queryFields('q', 'trang-thai', 'chuyen-muc', 'trang');

/** Names that come from a request are looked up as own keys only: "toString" is in every object. */
function listFilter(q: Static<typeof LIST_QUERY>): { filter: ListFilter; page: number } {
  const status = textOf(q['trang-thai']);
  return {
    filter: { status: Object.hasOwn(STATUS_NAMES, status) ? (status as ArticleStatus) : undefined, sectionId: positiveId(q['chuyen-muc']) ?? undefined },
    page: positiveId(q.trang) ?? 1,
  };
}

/** The newsroom looks for a known article, not browses: the best matches of every status are enough. */
const NEWSROOM_SEARCH_LIMIT = 100;

const NOTICES = [
  ['luu', 'Đã lưu bài.'],
  ['tao', 'Đã tạo bản nháp.'],
  ['luu-ban-sua', 'Đã lưu bản sửa. Bạn đọc chưa thấy các thay đổi này cho đến khi bài được cập nhật.'],
] as const;

const ARTICLE_PAGE_QUERY = queryFields(...NOTICES.map(([key]) => key), 'thay-doi', 'chuyen', 'anh', 'binh-luan');

/** The one-line confirmation after a redirect (?luu=1, ?chuyen=submit). */
function noticeFrom(q: Static<typeof ARTICLE_PAGE_QUERY>): { kind: 'ok'; text: string } | undefined {
  const step = textOf(q['thay-doi']);
  if (Object.hasOwn(WORKING_COPY_STEPS, step)) return { kind: 'ok', text: `Đã thực hiện: ${WORKING_COPY_STEPS[step as WorkingCopyStep]}.` };
  const transition = textOf(q.chuyen);
  if (Object.hasOwn(TRANSITIONS, transition)) return { kind: 'ok', text: `Đã thực hiện: ${TRANSITIONS[transition as TransitionName].label}.` };
  const notice = NOTICES.find(([k]) => q[k] === '1');
  return notice ? { kind: 'ok', text: notice[1] } : undefined;
}

/** An emptied slug is made again from the title (the core would otherwise keep the old one). */
async function withSlug(request: FastifyRequest, content: ArticleContent, articleId: number): Promise<ArticleContent> {
  if (content.slug.trim() || !slugify(content.title)) return content;
  return { ...content, slug: await uniqueArticleSlug(request.server.db.kysely, slugify(content.title), articleId) };
}

type ArticleRequest = FastifyRequest<{ Params: IdParams; Body: Static<typeof ARTICLE_BODY> }>;

type SaveOutcome = { ok: true; article: Article } | { ok: false; status: 400; errors: FormErrors } | { ok: false; status: 409; current: Article };

/** One save, from the form or from autosave: the same checks and the same revision either way. */
async function save(request: FastifyRequest, who: Asker, article: Article, form: ArticleForm, version: unknown): Promise<SaveOutcome> {
  const { content, errors } = contentFromForm(form);
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors };
  // A save without a readable base version cannot prove it saw the latest text: version 0 never
  // matches, so it is handled as a conflict and the person gets the merge view.
  const baseVersion = positiveId(version) ?? 0;
  try {
    const saved = await saveContent(request.server.db.kysely, who.actor, article.id, await withSlug(request, content, article.id), {
      baseVersion,
      policy: who.policy,
    });
    return { ok: true, article: saved };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, status: 400, errors: fieldErrors(error.errors) };
    if (error instanceof ConflictError) return { ok: false, status: 409, current: error.current };
    throw error;
  }
}

async function postSave(request: ArticleRequest, reply: FastifyReply) {
  const who = await asker(request);
  const article = await articleFromParams(request);
  const form = formFromBody(request.body);
  if (!mayEdit(who.actor, facts(article), who.policy)) {
    // Someone moved the article on (submitted, forwarded) while this person typed: refuse, but hand
    // the text back to those who can still see the article.
    requireView(who.actor, article);
    const notice = { kind: 'error' as const, text: 'Bạn không được sửa bài này ở trạng thái hiện tại. Nội dung bạn gửi chưa được lưu.' };
    return sendArticlePage(request, reply, who, article, { status: 403, notice, kept: form });
  }
  const outcome = await save(request, who, article, form, request.body?.version);
  if (outcome.ok) return reply.redirect(`/admin/bai-viet/${article.id}?${hasWorkingCopy(outcome.article) ? 'luu-ban-sua' : 'luu'}=1`, 303);
  if (outcome.status === 400) {
    const version = positiveId(request.body?.version) ?? article.version;
    const notice = { kind: 'error' as const, text: 'Bài chưa được lưu: hãy sửa các ô được đánh dấu.' };
    return sendArticlePage(request, reply, who, article, { status: 400, form, errors: outcome.errors, version, notice });
  }
  const notice = { kind: 'error' as const, text: new ConflictError(outcome.current).message };
  return sendArticlePage(request, reply, who, outcome.current, {
    status: 409,
    form,
    version: outcome.current.version,
    notice,
    conflict: (await conflictView(request, form, outcome.current)) ?? undefined,
  });
}

async function postAutosave(request: ArticleRequest, reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store');
  const who = await asker(request);
  const article = await articleFromParams(request);
  if (!mayEdit(who.actor, facts(article), who.policy)) return reply.status(403).send({ error: 'Bạn không được sửa bài này ở trạng thái hiện tại.' });
  const outcome = await save(request, who, article, formFromBody(request.body), request.body?.version);
  if (outcome.ok) {
    // A live article's row keeps what readers see (and its time); the working copy was saved now.
    const unpublished = hasWorkingCopy(outcome.article);
    return reply.send({ version: outcome.article.version, savedAt: unpublished ? new Date().toISOString() : outcome.article.updated_at, unpublished });
  }
  if (outcome.status === 400) return reply.status(400).send({ error: Object.values(outcome.errors)[0] ?? 'Dữ liệu không hợp lệ.', fields: outcome.errors });
  return reply.status(409).send({ error: new ConflictError(outcome.current).message, version: outcome.current.version });
}

async function postCreate(request: FastifyRequest<{ Body: Static<typeof ARTICLE_BODY> }>, reply: FastifyReply) {
  const who = await asker(request);
  const db = request.server.db.kysely;
  const form = formFromBody(request.body);
  const { content, errors } = contentFromForm(form);
  let formErrors = errors;
  if (Object.keys(errors).length === 0) {
    try {
      const article = await createDraft(db, who.actor, content, who.policy);
      return reply.redirect(`/admin/bai-viet/${article.id}?tao=1`, 303);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      formErrors = fieldErrors(error.errors);
    }
  }
  const notice = { kind: 'error' as const, text: 'Bài chưa được tạo: hãy sửa các ô được đánh dấu.' };
  const page = (
    <EditorPage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      sections={await listSections(db)}
      articleId={null}
      version={0}
      form={form}
      errors={formErrors}
      notice={notice}
      featuredImage={await featuredImageOf(db, form.featured_image_id)}
      assets={editorAssets()}
    />
  );
  return sendAdminPage(reply, page, 400);
}

const TRANSITION_BODY = formBody('name', 'note', 'publish_at');

async function postTransition(request: FastifyRequest<{ Params: IdParams; Body: Static<typeof TRANSITION_BODY> }>, reply: FastifyReply) {
  const who = await asker(request);
  const article = await articleFromParams(request);
  // Only steps offered on a page this person may see: never act on an article blind.
  requireView(who.actor, article);
  const body = request.body ?? {};
  const requested = textOf(body.name);
  const name = Object.hasOwn(TRANSITIONS, requested) ? (requested as TransitionName) : null;
  const note = textOf(body.note);
  const rawTime = textOf(body.publish_at);
  const publishAt = rawTime ? fromZonedInput(rawTime, request.server.config.timeZone) : undefined;
  let message: { status: number; text: string } | null = null;
  if (!name) message = { status: 400, text: 'Thao tác không hợp lệ.' };
  else if (publishAt === null)
    message = { status: 400, text: `Giờ đăng không hợp lệ: hãy ghi theo dạng ${ZONED_INPUT_HINT.charAt(0).toLowerCase()}${ZONED_INPUT_HINT.slice(1)}` };
  else {
    try {
      await applyTransition(request.server.db.kysely, who.actor, article.id, { name, note, publishAt }, who.policy);
      return reply.redirect(`/admin/bai-viet/${article.id}?chuyen=${name}`, 303);
    } catch (error) {
      if (!(error instanceof HttpError) || error.statusCode === 404) throw error;
      message = { status: error.statusCode, text: error.message };
    }
  }
  const fresh = await articleFromParams(request);
  return sendArticlePage(request, reply, who, fresh, { status: message.status, notice: { kind: 'error', text: message.text } });
}

/**
 * The media library's picker sends people back with `?anh={imageId}`: the chosen picture fills the
 * featured-image fields (its own caption and credit when the article has none yet).
 */
async function withPickedImage(db: Kysely<Database>, picked: string | string[] | undefined, form: ArticleForm): Promise<ArticleForm> {
  const id = positiveId(textOf(picked));
  if (id === null) return form;
  const image = await db.selectFrom('images').select(['id', 'caption', 'credit']).where('id', '=', id).executeTakeFirst();
  if (!image) return form;
  return {
    ...form,
    featured_image_id: String(image.id),
    featured_caption: form.featured_caption || image.caption,
    featured_credit: form.featured_credit || image.credit,
  };
}

const SWITCH_BODY = formBody('bat');
const NEW_ARTICLE_QUERY = queryFields('anh');

export async function articleRoutes(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof LIST_QUERY> }>(
    '/bai-viet',
    {
      config: { permission: 'article.view' },
      schema: { querystring: LIST_QUERY },
    },
    async (request, reply) => {
      const who = await asker(request);
      const { filter, page } = listFilter(request.query);
      const words = textOf(request.query.q).trim().slice(0, 200);
      if (words) {
        const results = await app.searchEngine.search(words, { scope: 'all', limit: NEWSROOM_SEARCH_LIMIT });
        filter.search = { query: words, ids: results.hits.map((hit) => hit.id) };
      }
      const { rows, total } = await listArticles(app.db.kysely, who.actor, filter, page);
      const sections = await listSections(app.db.kysely);
      return sendAdminPage(
        reply,
        <ArticleListPage
          ctx={adminContext(request, reply)}
          timeZone={app.config.timeZone}
          sections={sections}
          filter={filter}
          rows={rows}
          total={total}
          page={page}
        />,
      );
    },
  );

  app.get<{ Querystring: Static<typeof NEW_ARTICLE_QUERY> }>(
    '/bai-viet/moi',
    { config: { permission: 'article.create' }, schema: { querystring: NEW_ARTICLE_QUERY } },
    async (request, reply) => {
      const sections = await listSections(app.db.kysely);
      const form = await withPickedImage(app.db.kysely, request.query.anh, emptyForm(undefined, currentUser(request).display_name));
      return sendAdminPage(
        reply,
        <EditorPage
          ctx={adminContext(request, reply)}
          timeZone={app.config.timeZone}
          sections={sections}
          articleId={null}
          version={0}
          form={form}
          featuredImage={await featuredImageOf(app.db.kysely, form.featured_image_id)}
          assets={editorAssets()}
        />,
      );
    },
  );

  app.post('/bai-viet', { config: { permission: 'article.create' }, schema: { body: ARTICLE_BODY } }, postCreate);

  app.get<{ Params: IdParams; Querystring: Static<typeof ARTICLE_PAGE_QUERY> }>(
    '/bai-viet/:id',
    { config: { permission: 'article.view' }, schema: { params: ID_PARAMS, querystring: ARTICLE_PAGE_QUERY } },
    async (request, reply) => {
      const who = await asker(request);
      const article = await articleFromParams(request);
      requireView(who.actor, article);
      const form = await withPickedImage(app.db.kysely, request.query.anh, formFromContent(await latestContent(app.db.kysely, article)));
      return sendArticlePage(request, reply, who, article, { notice: noticeFrom(request.query), form });
    },
  );

  app.post('/bai-viet/:id', { config: { permission: 'article.edit' }, schema: { params: ID_PARAMS, body: ARTICLE_BODY } }, postSave);
  app.post(
    '/bai-viet/:id/chuyen',
    {
      config: { permission: 'article.workflow' },
      schema: { params: ID_PARAMS, body: TRANSITION_BODY },
    },
    postTransition,
  );
  app.post('/bai-viet/:id/autosave', { config: { permission: 'article.edit' }, schema: { params: ID_PARAMS, body: ARTICLE_BODY } }, postAutosave);

  // The article screen shows this switch to those who may use it.
  app.post<{ Params: IdParams; Body: Static<typeof SWITCH_BODY> }>(
    '/bai-viet/:id/binh-luan',
    {
      config: { permission: 'article.comments' },
      schema: { params: ID_PARAMS, body: SWITCH_BODY },
    },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      const back = [{ href: '/admin/bai-viet', label: 'Về danh sách bài viết' }];
      const on = textOf(request.body?.bat);
      if (on !== '0' && on !== '1') return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Hãy chọn bật hoặc tắt bình luận.', back);
      // A missing article and one this person may not see get the same answer: ids are not probed here.
      const article = id === null ? null : await switchComments(app.db.kysely, (await asker(request)).actor, id, on === '1');
      if (!article) return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy bài viết.', back);
      return reply.redirect(`/admin/bai-viet/${article.id}?binh-luan=${on === '1' ? 'bat' : 'tat'}`, 303);
    },
  );

  await app.register(historyRoutes);
  await app.register(newDraftRoutes);
  await app.register(conflictRoutes);
  await app.register(presenceRoutes);
  await app.register(workingCopyRoutes);
}
