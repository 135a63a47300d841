import type { Kysely, Transaction } from 'kysely';
import type { Article, ArticleRevision, ArticleStatus, Database } from '../db/schema.js';
import { BODY_BOUNDS, bodyProblem, sanitizeBody } from '../content/sanitize.js';
import { tagsOf as tagsOfArticle } from '../content/articles.js';
import { setArticleTags, uniqueArticleSlug } from '../content/store.js';
import { HttpError } from '../http-error.js';
import { indexArticleIn } from '../search/indexer.js';
import { normalizeText, slugify } from '../vi/index.js';
import { writeAudit, type AuditEntry } from './audit.js';
import { mayEdit, roleAllows, type Actor, type NewsroomPolicy } from './permissions.js';
import { articleChanged, articleSaved, articleState } from '../content/dependencies.js';
import { derivedColumns, derivedZone } from '../content/derived.js';

export interface ArticleContent {
  title: string;
  /** As typed; empty means "made from the title" for a new article and "unchanged" on a save. */
  slug: string;
  lead: string;
  bodyHtml: string;
  sectionId: number;
  tags: string[];
  byline: string;
  featuredImageId: number | null;
  featuredCaption: string;
  featuredCredit: string;
  seoTitle: string;
  seoDescription: string;
}

export const LIMITS = {
  title: 300,
  slug: 150,
  lead: 1500,
  body: BODY_BOUNDS.maxChars,
  byline: 150,
  tag: 60,
  tags: 15,
  caption: 500,
  seoTitle: 120,
  seoDescription: 320,
};

export type ContentErrors = Partial<Record<keyof ArticleContent, string>>;

/** Counted in code points, but a value twice over in UTF-16 units is too long without counting. */
function tooLong(value: string, max: number): boolean {
  return value.length > max && (value.length > 2 * max || [...value].length > max);
}

/** Cleans what the editor sent and says, per field, what is wrong with it. */
export function checkContent(raw: ArticleContent): { content: ArticleContent; errors: ContentErrors } {
  const text = (value: string) => normalizeText(value).trim();
  // Checked before sanitising: the sanitiser's cost grows with length and nesting.
  const bodyError = bodyProblem(raw.bodyHtml);
  const content: ArticleContent = {
    ...raw,
    title: text(raw.title),
    slug: slugify(raw.slug),
    lead: text(raw.lead),
    bodyHtml: bodyError ? '' : sanitizeBody(raw.bodyHtml),
    tags: raw.tags.map(text).filter(Boolean),
    byline: text(raw.byline),
    featuredCaption: text(raw.featuredCaption),
    featuredCredit: text(raw.featuredCredit),
    seoTitle: text(raw.seoTitle),
    seoDescription: text(raw.seoDescription),
  };
  const errors: ContentErrors = {};
  if (!content.title) errors.title = 'Bài viết cần có tiêu đề.';
  else if (tooLong(content.title, LIMITS.title)) errors.title = `Tiêu đề dài quá ${LIMITS.title} ký tự.`;
  if (tooLong(content.slug, LIMITS.slug)) errors.slug = `Đường dẫn dài quá ${LIMITS.slug} ký tự.`;
  // Typed but with nothing a URL can keep ("!!!"): said, rather than silently keeping the old one.
  else if (!content.slug && raw.slug.trim()) errors.slug = 'Đường dẫn cần có chữ hoặc số (dấu tiếng Việt được bỏ, khoảng trắng thành dấu gạch ngang).';
  if (tooLong(content.lead, LIMITS.lead)) errors.lead = `Sapo dài quá ${LIMITS.lead} ký tự.`;
  if (bodyError) errors.bodyHtml = bodyError;
  if (tooLong(content.byline, LIMITS.byline)) errors.byline = `Bút danh dài quá ${LIMITS.byline} ký tự.`;
  if (content.tags.length > LIMITS.tags) errors.tags = `Tối đa ${LIMITS.tags} chủ đề.`;
  else if (content.tags.some((t) => tooLong(t, LIMITS.tag))) errors.tags = `Mỗi chủ đề tối đa ${LIMITS.tag} ký tự.`;
  if (tooLong(content.featuredCaption, LIMITS.caption)) errors.featuredCaption = `Chú thích ảnh dài quá ${LIMITS.caption} ký tự.`;
  if (tooLong(content.seoTitle, LIMITS.seoTitle)) errors.seoTitle = `Tiêu đề SEO dài quá ${LIMITS.seoTitle} ký tự.`;
  if (tooLong(content.seoDescription, LIMITS.seoDescription)) errors.seoDescription = `Mô tả SEO dài quá ${LIMITS.seoDescription} ký tự.`;
  return { content, errors };
}

export class ContentError extends HttpError {
  constructor(readonly errors: ContentErrors) {
    super(400, Object.values(errors)[0] ?? 'Dữ liệu không hợp lệ.');
  }
}

/** Someone saved the article after the version this save started from. */
export class ConflictError extends HttpError {
  constructor(readonly current: Article) {
    super(409, 'Bài đã được người khác lưu trong lúc bạn sửa. Nội dung của bạn vẫn còn dưới đây: hãy đối chiếu với bản mới nhất rồi lưu lại.');
  }
}

async function checkReferences(db: Kysely<Database>, content: ArticleContent, articleId: number | null): Promise<ContentErrors> {
  const errors: ContentErrors = {};
  const section = await db.selectFrom('sections').select('id').where('id', '=', content.sectionId).executeTakeFirst();
  if (!section) errors.sectionId = 'Chuyên mục không tồn tại.';
  if (content.featuredImageId !== null) {
    const image = await db.selectFrom('images').select('id').where('id', '=', content.featuredImageId).executeTakeFirst();
    if (!image) errors.featuredImageId = 'Ảnh đại diện không tồn tại.';
  }
  if (content.slug) {
    let query = db.selectFrom('articles').select('id').where('slug', '=', content.slug);
    if (articleId !== null) query = query.where('id', '!=', articleId);
    if (await query.executeTakeFirst()) errors.slug = 'Đường dẫn này đã được bài khác dùng.';
  }
  return errors;
}

/** Keeps one version of an article's content as a revision. */
export async function snapshot(
  trx: Kysely<Database>,
  articleId: number,
  version: number,
  content: ArticleContent,
  savedBy: number | null,
  note: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('article_revisions')
    .values({
      article_id: articleId,
      version,
      title: content.title,
      slug: content.slug,
      lead: content.lead,
      body_html: content.bodyHtml,
      section_id: content.sectionId,
      byline: content.byline,
      tags: JSON.stringify(content.tags),
      featured_image_id: content.featuredImageId,
      featured_caption: content.featuredCaption,
      featured_credit: content.featuredCredit,
      seo_title: content.seoTitle,
      seo_description: content.seoDescription,
      saved_by: savedBy,
      note,
      created_at: at,
    })
    .execute();
}

/** The content an article row holds (for a live article with a working copy: what readers see). */
export async function rowContent(db: Kysely<Database>, article: Article): Promise<ArticleContent> {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    bodyHtml: article.body_html,
    sectionId: article.section_id,
    tags: (await tagsOfArticle(db, article.id)).map((t) => t.name),
    byline: article.byline,
    featuredImageId: article.featured_image_id,
    featuredCaption: article.featured_caption,
    featuredCredit: article.featured_credit,
    seoTitle: article.seo_title,
    seoDescription: article.seo_description,
  };
}

/** The `articles` columns an article's content sets (the slug apart: it has rules of its own). */
export function contentColumns(content: ArticleContent) {
  return {
    title: content.title,
    lead: content.lead,
    body_html: content.bodyHtml,
    section_id: content.sectionId,
    byline: content.byline,
    featured_image_id: content.featuredImageId,
    featured_caption: content.featuredCaption,
    featured_credit: content.featuredCredit,
    seo_title: content.seoTitle,
    seo_description: content.seoDescription,
  };
}

/**
 * Puts the working copy (revision `version`) into the article row: readers see it from now on if
 * the article is live. Called when a working copy is published, and when a live article is taken
 * down (it is no longer live, so its row holds the newest version again).
 */
export async function applyWorkingCopy(trx: Transaction<Database>, article: Article, now: Date): Promise<Article> {
  const revision = await getRevision(trx, article.id, article.version);
  if (!revision) throw new HttpError(409, 'Không tìm thấy bản sửa của bài.');
  const content = revisionContent(revision);
  const errors = await checkReferences(trx, content, article.id);
  if (Object.keys(errors).length > 0) throw new ContentError(errors);
  const derived = derivedColumns({ ...article, lead: content.lead }, await derivedZone(trx));
  const updated = await trx
    .updateTable('articles')
    .set({
      ...contentColumns(content),
      ...derived,
      slug: content.slug || article.slug,
      live_version: null,
      changes_submitted_at: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', article.id)
    .where('version', '=', article.version)
    .where('status', '=', article.status)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new HttpError(409, 'Bài vừa được người khác thay đổi. Vui lòng tải lại trang.');
  await setArticleTags(trx, article.id, content.tags);
  await indexArticleIn(trx, article.id);
  return updated;
}

interface NewRow {
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  createdAt: string;
  /** The row's last change when it differs from its creation (an article with a history elsewhere). */
  updatedAt?: string;
  /** Readers may comment unless this is false. */
  commentsEnabled?: boolean;
  authorId: number | null;
  /** The audit record of the article's arrival, if it has one. */
  audit: Pick<AuditEntry, 'userId' | 'role' | 'action' | 'note' | 'at'> | null;
  /** A revision of version 1 (the editor's drafts); an article that arrived whole has none. */
  revisionBy?: number;
  /** False only for a bulk load whose caller rebuilds the whole index afterwards. */
  index: boolean;
  /** The zone of its display date (`derivedZone`). */
  timeZone: string;
}

/** The one insert of an article row: its tags, search entry, first revision and audit record, in the caller's transaction. */
async function insertRow(trx: Transaction<Database>, content: ArticleContent, row: NewRow): Promise<Article> {
  const article = await trx
    .insertInto('articles')
    .values({
      ...contentColumns(content),
      ...derivedColumns({ lead: content.lead, published_at: row.publishedAt, created_at: row.createdAt }, row.timeZone),
      slug: row.slug,
      status: row.status,
      published_at: row.publishedAt,
      created_at: row.createdAt,
      updated_at: row.updatedAt ?? row.createdAt,
      comments_enabled: row.commentsEnabled === false ? 0 : 1,
      author_id: row.authorId,
      trashed_at: null,
      status_before_trash: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (content.tags.length > 0) await setArticleTags(trx, article.id, content.tags);
  // In the same transaction: a saved article is never missing from search.
  if (row.index) await indexArticleIn(trx, article.id);
  if (row.revisionBy !== undefined) await snapshot(trx, article.id, article.version, { ...content, slug: article.slug }, row.revisionBy, '', row.createdAt);
  if (row.audit) await writeAudit(trx, { ...row.audit, articleId: article.id, from: null, to: row.status });
  return article;
}

/** A reporter's new draft: version 1, its first revision, and a "created" audit record. */
export async function createDraft(db: Kysely<Database>, actor: Actor, raw: ArticleContent, policy: NewsroomPolicy, now = new Date()): Promise<Article> {
  if (!roleAllows(actor.role, 'article.create', policy)) throw new HttpError(403, 'Vai trò của bạn không được viết bài.');
  const { content, errors } = checkContent(raw);
  Object.assign(errors, await checkReferences(db, content, null));
  if (Object.keys(errors).length > 0) throw new ContentError(errors);
  const iso = now.toISOString();
  const timeZone = await derivedZone(db);
  return db.transaction().execute(async (trx) =>
    insertRow(trx, content, {
      slug: content.slug || (await uniqueArticleSlug(trx, slugify(content.title))),
      status: 'draft',
      publishedAt: null,
      createdAt: iso,
      authorId: actor.id,
      audit: { userId: actor.id, role: actor.role, action: 'create', at: now },
      revisionBy: actor.id,
      index: true,
      timeZone,
    }),
  );
}

/**
 * An article that arrives whole rather than through the editor, in any status: the demo paper,
 * the synthetic corpus, a WordPress import, test fixtures. Its text passes the same checks as the
 * editor's.
 */
export interface ArrivingArticle {
  title: string;
  lead: string;
  bodyHtml: string;
  sectionId: number;
  status: ArticleStatus;
  publishedAt: string | null;
  byline: string;
  authorId: number | null;
  featuredImageId?: number | null;
  featuredCaption?: string;
  featuredCredit?: string;
  tags?: string[];
  /** Made from the title when absent; a taken slug gets -2, -3… */
  slug?: string;
  /**
   * When it was written and last changed elsewhere (a WordPress post's dates). By default: its
   * publication time if past, otherwise now, and last changed when written.
   */
  createdAt?: string;
  updatedAt?: string;
  /** Readers may comment unless this is false (a post whose comments were closed). */
  commentsEnabled?: boolean;
}

export interface ArrivalOptions {
  /**
   * Where the articles came from ("Báo mẫu", "Nhập từ WordPress (post #12, trạng thái publish)"):
   * each gets an "import" audit record saying so. Test fixtures, which stand for articles already
   * in the paper, leave it out.
   */
  source?: string;
  now?: Date;
  /** False leaves the search index alone: for benchmarks that time a whole rebuild afterwards. */
  index?: boolean;
}

function arrivingContent(input: ArrivingArticle): ArticleContent {
  return {
    title: input.title,
    slug: input.slug ?? '',
    lead: input.lead,
    bodyHtml: input.bodyHtml,
    sectionId: input.sectionId,
    tags: input.tags ?? [],
    byline: input.byline,
    featuredImageId: input.featuredImageId ?? null,
    featuredCaption: input.featuredCaption ?? '',
    featuredCredit: input.featuredCredit ?? '',
    seoTitle: '',
    seoDescription: '',
  };
}

/**
 * Adds articles that arrived whole, in the caller's transaction: every one is checked like an
 * editor's save before anything is written (a bad one refuses the lot with a ContentError and
 * writes nothing, so the caller may go on with its transaction), indexed once, and given an
 * "import" audit record when a source is named. Sections and pictures are looked up once per
 * batch, so a large load costs about one insert per row it writes. The caller purges the pages
 * with `articlesArrived` once its transaction has committed.
 */
export async function addArticlesIn(trx: Transaction<Database>, inputs: ArrivingArticle[], options: ArrivalOptions = {}): Promise<Article[]> {
  if (inputs.length === 0) return [];
  const now = options.now ?? new Date();
  const arrivals = inputs.map((input) => {
    const { content, errors } = checkContent(arrivingContent(input));
    if (Object.keys(errors).length > 0) throw new ContentError(errors);
    return { input, content };
  });
  await checkBatchReferences(
    trx,
    arrivals.map((a) => a.content),
  );
  const iso = now.toISOString();
  const timeZone = await derivedZone(trx);
  const added: Article[] = [];
  for (const { input, content } of arrivals) {
    // A past publication time is also when the article was written; a future one is not.
    const createdAt = input.createdAt ?? (input.publishedAt && input.publishedAt < iso ? input.publishedAt : iso);
    added.push(
      await insertRow(trx, content, {
        slug: await uniqueArticleSlug(trx, content.slug || slugify(content.title)),
        status: input.status,
        publishedAt: input.publishedAt,
        createdAt,
        updatedAt: input.updatedAt,
        commentsEnabled: input.commentsEnabled,
        authorId: input.authorId,
        audit: options.source === undefined ? null : { userId: null, role: 'system', action: 'import', note: options.source, at: now },
        index: options.index !== false,
        timeZone,
      }),
    );
  }
  return added;
}

/** After the commit of `addArticlesIn`: a new live article enters the lists of its section, tags and author, and the home page. */
export async function articlesArrived(db: Kysely<Database>, articleIds: Iterable<number>): Promise<void> {
  for (const id of articleIds) await articleSaved(db, id);
}

/** `addArticlesIn` in a transaction of its own, the pages purged after the commit. */
export async function addArticles(db: Kysely<Database>, inputs: ArrivingArticle[], options: ArrivalOptions = {}): Promise<Article[]> {
  if (inputs.length === 0) return [];
  const articles = await db.transaction().execute((trx) => addArticlesIn(trx, inputs, options));
  await articlesArrived(
    db,
    articles.map((a) => a.id),
  );
  return articles;
}

export async function addArticle(db: Kysely<Database>, input: ArrivingArticle, options: ArrivalOptions = {}): Promise<Article> {
  const [article] = await addArticles(db, [input], options);
  if (!article) throw new Error('addArticles gives one article per input');
  return article;
}

async function checkBatchReferences(db: Kysely<Database>, contents: ArticleContent[]): Promise<void> {
  const sectionIds = [...new Set(contents.map((c) => c.sectionId))];
  const imageIds = [...new Set(contents.flatMap((c) => (c.featuredImageId === null ? [] : [c.featuredImageId])))];
  const sections = new Set((await db.selectFrom('sections').select('id').where('id', 'in', sectionIds).execute()).map((s) => s.id));
  const images = new Set(imageIds.length === 0 ? [] : (await db.selectFrom('images').select('id').where('id', 'in', imageIds).execute()).map((i) => i.id));
  for (const content of contents) {
    const errors: ContentErrors = {};
    if (!sections.has(content.sectionId)) errors.sectionId = 'Chuyên mục không tồn tại.';
    if (content.featuredImageId !== null && !images.has(content.featuredImageId)) errors.featuredImageId = 'Ảnh đại diện không tồn tại.';
    if (Object.keys(errors).length > 0) throw new ContentError(errors);
  }
}

export interface SaveOptions {
  /** The version the editor started from; a save from an older one is refused. */
  baseVersion: number;
  policy: NewsroomPolicy;
  note?: string;
  now?: Date;
  /** An audit action to record in the same transaction as the save (restoring a revision). */
  auditAction?: string;
}

/** True while a published article has changes readers do not see yet. */
export function hasWorkingCopy(article: Pick<Article, 'live_version'>): boolean {
  return article.live_version !== null;
}

/**
 * Saves new content as the next version, and keeps it as a revision. A published article keeps
 * what readers see: the new version becomes its working copy (a revision only), published later
 * by someone who may publish (src/newsroom/working-copy.ts).
 */
export async function saveContent(db: Kysely<Database>, actor: Actor, articleId: number, raw: ArticleContent, options: SaveOptions): Promise<Article> {
  const now = options.now ?? new Date();
  const current = await db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
  if (!current) throw new HttpError(404, 'Không tìm thấy bài viết.');
  if (!mayEdit(actor, { authorId: current.author_id, sectionId: current.section_id, status: current.status }, options.policy)) {
    throw new HttpError(403, 'Bạn không được sửa bài này ở trạng thái hiện tại.');
  }
  const { content, errors } = checkContent(raw);
  Object.assign(errors, await checkReferences(db, content, articleId));
  if (Object.keys(errors).length > 0) throw new ContentError(errors);
  const before = await articleState(db, articleId, now);
  const live = current.status === 'published';
  const timeZone = await derivedZone(db);
  const result = await db.transaction().execute(async (trx) => {
    const version = options.baseVersion + 1;
    const slug = content.slug || current.slug;
    // The status is part of the condition: a save must not land in the row of an article that went
    // live since it was read.
    const saved = await trx
      .updateTable('articles')
      .set((eb) =>
        live
          ? { version, live_version: eb.fn.coalesce('live_version', eb.val(options.baseVersion)) }
          : { ...contentColumns(content), ...derivedColumns({ ...current, lead: content.lead }, timeZone), slug, version, updated_at: now.toISOString() },
      )
      .where('id', '=', articleId)
      .where('version', '=', options.baseVersion)
      .where('status', '=', current.status)
      .returningAll()
      .executeTakeFirst();
    if (!saved) {
      throw new ConflictError(await trx.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirstOrThrow());
    }
    // Articles made outside the editor (demo, imports) start without a revision: keep the text this
    // save replaces (the row as read, since the update matched its version), so history has it.
    if (!(await getRevision(trx, articleId, options.baseVersion))) {
      await snapshot(
        trx,
        articleId,
        options.baseVersion,
        await rowContent(trx, current),
        null,
        'Bản trước lần sửa đầu tiên trong tòa soạn',
        current.updated_at,
      );
    }
    if (!live) {
      await setArticleTags(trx, articleId, content.tags);
      // Search follows the saved text at once; status changes need no re-index (search joins articles).
      await indexArticleIn(trx, articleId);
    }
    await snapshot(trx, articleId, version, { ...content, slug }, actor.id, options.note ?? '', now.toISOString());
    if (options.auditAction) {
      await writeAudit(trx, {
        articleId,
        userId: actor.id,
        role: actor.role,
        action: options.auditAction,
        from: saved.status,
        to: saved.status,
        note: options.note,
        at: now,
      });
    }
    return saved;
  });
  // An edit of a live article shows at once; a draft's changes purge nothing.
  await articleChanged(db, before, await articleState(db, articleId, now));
  return result;
}

export async function listRevisions(db: Kysely<Database>, articleId: number) {
  return db
    .selectFrom('article_revisions')
    .leftJoin('users', 'users.id', 'article_revisions.saved_by')
    .select([
      'article_revisions.id',
      'article_revisions.version',
      'article_revisions.title',
      'article_revisions.note',
      'article_revisions.created_at',
      'users.display_name as saved_by_name',
    ])
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.version', 'desc')
    .execute();
}

export async function getRevision(db: Kysely<Database>, articleId: number, version: number): Promise<ArticleRevision | undefined> {
  return db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).where('version', '=', version).executeTakeFirst();
}

export function revisionContent(revision: ArticleRevision): ArticleContent {
  return {
    title: revision.title,
    slug: revision.slug,
    lead: revision.lead,
    bodyHtml: revision.body_html,
    sectionId: revision.section_id,
    tags: JSON.parse(revision.tags) as string[],
    byline: revision.byline,
    featuredImageId: revision.featured_image_id,
    featuredCaption: revision.featured_caption,
    featuredCredit: revision.featured_credit,
    seoTitle: revision.seo_title,
    seoDescription: revision.seo_description,
  };
}

/**
 * Restoring is a save like any other: a new version, a new revision, plus an audit record. For a
 * live article the restored text becomes the working copy; readers see it once it is published.
 */
export async function restoreRevision(
  db: Kysely<Database>,
  actor: Actor,
  articleId: number,
  version: number,
  baseVersion: number,
  policy: NewsroomPolicy,
  now = new Date(),
): Promise<Article> {
  const revision = await getRevision(db, articleId, version);
  if (!revision) throw new HttpError(404, 'Không tìm thấy phiên bản này.');
  const note = `Khôi phục phiên bản ${version}`;
  return saveContent(db, actor, articleId, revisionContent(revision), { baseVersion, policy, note, now, auditAction: 'restore_revision' });
}
