import { existsSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { contentChanged, PageTags } from '../../cache/changes.js';
import { hashAddress } from '../../comments/comments.js';
import { htmlToText } from '../../content/html-text.js';
import { sharedSecret } from '../../content/settings.js';
import { ensureTags } from '../../content/store.js';
import type { Article, ArticleStatus, CommentStatus, Database, Image, ImportSourceTable, RedirectTargetKind } from '../../db/schema.js';
import { contentHash, imageFile, ImageRejectedError, originalFile, storeImage, variantName } from '../../media/store.js';
import { addArticlesIn, articlesArrived, ContentError, LIMITS } from '../../newsroom/articles.js';
import { bestVariantUrl, imageWidths, variantUrl } from '../../media/urls.js';
import { redirectKey } from '../../content/redirects.js';
import { decodeLegacy, normalizeText, slugify, suggestLegacyEncoding, zonedTimeToInstant, type LegacyEncoding } from '../../vi/index.js';
import { checkSignal, type Progress } from '../archive.js';
import { convertBody } from './body.js';
import { children, field, readWxr, type XmlNode } from './wxr.js';

export interface WordPressOptions {
  mediaDir: string;
  /** A copy of the old site's wp-content/uploads. */
  uploadsDir?: string;
  /** Everything is read and checked, and the report printed, but nothing is kept. */
  dryRun?: boolean;
  /** Import pages (post_type page) as articles; otherwise they are reported and skipped. */
  pages?: boolean;
  /** Time zone of the old site's local dates, for drafts that have no GMT date. */
  timeZone: string;
  onProgress?: Progress;
  signal?: AbortSignal;
}

export interface WordPressReport {
  source: string;
  imported: Record<'users' | 'sections' | 'tags' | 'articles' | 'comments' | 'images' | 'redirects', number>;
  /** Objects a previous run had already imported. */
  unchanged: number;
  skipped: Array<{ what: string; reason: string }>;
  notes: string[];
  repaired: { objects: number; byEncoding: Partial<Record<LegacyEncoding, number>> };
  missingImages: string[];
  droppedShortcodes: Record<string, number>;
  dryRun: boolean;
}

export class WordPressInputError extends Error {}

class DryRunDone extends Error {}

interface Attachment {
  id: string;
  url: string;
  title: string;
  caption: string;
  alt: string;
  link: string;
}

interface Category {
  nicename: string;
  name: string;
  parent: string;
  description: string;
}

type Kind = ImportSourceTable['kind'];
type Trx = Transaction<Database>;

const STATUS: Record<string, ArticleStatus> = { publish: 'published', draft: 'draft', pending: 'submitted', future: 'scheduled', private: 'draft' };
const NOT_IMPORTED: Record<string, string> = { trash: 'trong thùng rác', 'auto-draft': 'bản nháp tự động', inherit: 'bản sửa đổi' };

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function pathOf(url: string): { path: string; query: URLSearchParams } | null {
  try {
    const parsed = new URL(url, 'http://wordpress.invalid');
    return { path: decodeURIComponent(parsed.pathname), query: parsed.searchParams };
  } catch {
    return null;
  }
}

function meta(item: XmlNode, key: string): string {
  const entry = children(item, 'wp:postmeta').find((m) => field(m, 'wp:meta_key') === key);
  return entry ? field(entry, 'wp:meta_value') : '';
}

/** First pass: the site's address, attachments (featured images may come after their post), categories, the item count. */
async function survey(
  file: string,
): Promise<{ base: string; attachments: Map<string, Attachment>; categories: Map<string, Category>; items: number; records: number }> {
  const attachments = new Map<string, Attachment>();
  const categories = new Map<string, Category>();
  let base = '';
  let items = 0;
  let records = 0;
  for await (const record of readWxr(file)) {
    records += 1;
    if (record.type === 'channel') {
      if (record.field === 'wp:base_site_url' || (record.field === 'link' && !base)) base = record.value.replace(/\/+$/, '');
    } else if (record.type === 'category') {
      const nicename = decodeSlug(field(record.node, 'wp:category_nicename'));
      categories.set(nicename, {
        nicename,
        name: htmlToText(field(record.node, 'wp:cat_name')),
        parent: decodeSlug(field(record.node, 'wp:category_parent')),
        description: htmlToText(field(record.node, 'wp:category_description')),
      });
    } else if (record.type === 'item') {
      items += 1;
      if (field(record.node, 'wp:post_type') === 'attachment') {
        const id = field(record.node, 'wp:post_id');
        attachments.set(id, {
          id,
          url: field(record.node, 'wp:attachment_url') || field(record.node, 'guid'),
          title: htmlToText(field(record.node, 'title')),
          caption: htmlToText(field(record.node, 'excerpt:encoded')),
          alt: htmlToText(meta(record.node, '_wp_attachment_image_alt')),
          link: field(record.node, 'link'),
        });
      }
    }
  }
  if (records === 0) throw new WordPressInputError('tệp WXR không có nội dung');
  return { base, attachments, categories, items, records };
}

/** Old text typed in TCVN3 or VNI: decoded when the guess is clear and the result reads as Vietnamese. */
function repairText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = suggestLegacyEncoding(text);
  if (!encoding) return { text, encoding: null };
  const decoded = decodeLegacy(text, encoding);
  const letters = (s: string) => s.match(/[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g)?.length ?? 0;
  return letters(decoded) >= letters(text) + 2 ? { text: decoded, encoding } : { text, encoding: null };
}

function wpDate(gmt: string, local: string, timeZone: string): string | null {
  const valid = (s: string) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(s) && !s.startsWith('0000');
  if (valid(gmt)) return new Date(`${gmt.replace(' ', 'T')}Z`).toISOString();
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local) ?? [];
  if (!valid(local) || year === undefined) return null;
  return zonedTimeToInstant({ year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) }, timeZone).toISOString();
}

function libraryImgTag(image: Image, alt: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const srcset = imageWidths(image)
    .map((w) => `${variantUrl(image, w)} ${w}w`)
    .join(', ');
  return `<img src="${bestVariantUrl(image, 1024)}" srcset="${srcset}" sizes="(min-width: 760px) 720px, 100vw" width="${image.width}" height="${image.height}" alt="${escape(alt || image.alt)}" loading="lazy" decoding="async">`;
}

interface PostText {
  title: string;
  lead: string;
  byline: string;
  caption: string;
  tags: string[];
}

/**
 * The import policy's first half (see importWordPress): a post's text fitted into the editor's
 * limits. Text longer than its limit is cut there; tags beyond the number allowed, or too long for
 * one, are dropped. Says what was cut, for the report.
 */
function fitToLimits(text: PostText): { post: PostText; cut: string[] } {
  const cut: string[] = [];
  const fit = (value: string, max: number, what: string) => {
    const clean = normalizeText(value).trim();
    // Counted in code points, as the editor's checks count.
    const chars = [...clean];
    if (chars.length <= max) return clean;
    cut.push(what);
    return chars.slice(0, max).join('').trim();
  };
  const tags = [...new Set(text.tags.map((t) => normalizeText(t).trim()).filter(Boolean))];
  const kept = tags.filter((t) => [...t].length <= LIMITS.tag).slice(0, LIMITS.tags);
  const post = {
    title: fit(text.title, LIMITS.title, 'tiêu đề'),
    lead: fit(text.lead, LIMITS.lead, 'sapo'),
    byline: fit(text.byline, LIMITS.byline, 'bút danh'),
    caption: fit(text.caption, LIMITS.caption, 'chú thích ảnh'),
    tags: kept,
  };
  if (kept.length < tags.length) cut.push(`thẻ (giữ ${kept.length}/${tags.length})`);
  return { post, cut };
}

/** One run of the importer: the transaction, the maps from old ids to new ones, and the report. */
class Run {
  readonly report: WordPressReport;
  readonly createdFiles: string[] = [];
  /** Articles this run added: their pages are purged once the run has committed. */
  readonly arrived: number[] = [];
  private readonly sections = new Map<string, number>();
  private readonly folded = new Map<string, string>();
  private fallbackSection: number | null = null;
  private secret = '';
  private readonly repairedEncodings: Partial<Record<LegacyEncoding, number>> = {};

  constructor(
    private readonly trx: Trx,
    private readonly options: WordPressOptions,
    private readonly source: string,
    private readonly attachments: Map<string, Attachment>,
  ) {
    this.report = {
      source,
      imported: { users: 0, sections: 0, tags: 0, articles: 0, comments: 0, images: 0, redirects: 0 },
      unchanged: 0,
      skipped: [],
      notes: [],
      repaired: { objects: 0, byEncoding: this.repairedEncodings },
      missingImages: [],
      droppedShortcodes: {},
      dryRun: options.dryRun ?? false,
    };
  }

  async start(): Promise<void> {
    this.secret = await sharedSecret(this.trx, 'form_secret');
  }

  private async mapped(kind: Kind, sourceId: string): Promise<number | undefined> {
    const row = await this.trx
      .selectFrom('import_sources')
      .select('local_id')
      .where('source', '=', this.source)
      .where('kind', '=', kind)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    return row?.local_id;
  }

  private async remember(kind: Kind, sourceId: string, localId: number): Promise<void> {
    await this.trx
      .insertInto('import_sources')
      .values({ source: this.source, kind, source_id: sourceId, local_id: localId, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async redirect(url: string, kind: RedirectTargetKind, id: number): Promise<void> {
    const parts = pathOf(url);
    const key = parts && redirectKey(parts.path, parts.query);
    if (!key || key === '/') return;
    const result = await this.trx
      .insertInto('redirects')
      .values({ from_path: key, target_kind: kind, target_id: id, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('from_path').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) this.report.imported.redirects += 1;
  }

  /** Repairs every text of one object; the object counts once in the report. */
  repair<T extends Record<string, string>>(fields: T): T {
    let repaired: LegacyEncoding | null = null;
    const out = { ...fields };
    for (const [key, value] of Object.entries(fields)) {
      const { text, encoding } = repairText(value);
      out[key as keyof T] = text as T[keyof T];
      repaired ??= encoding;
    }
    if (repaired) {
      this.report.repaired.objects += 1;
      this.repairedEncodings[repaired] = (this.repairedEncodings[repaired] ?? 0) + 1;
    }
    return out;
  }

  async author(node: XmlNode): Promise<void> {
    const login = field(node, 'wp:author_login');
    if (!login) return;
    if (await this.mapped('user', login)) return void (this.report.unchanged += 1);
    const { name } = this.repair({ name: htmlToText(field(node, 'wp:author_display_name')) || login });
    let username = login
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 40);
    if (username.length < 2) username = slugify(name).slice(0, 40) || `wp-${field(node, 'wp:author_id')}`;
    const existing = await this.trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (existing) {
      this.report.notes.push(`Tác giả "${login}" trùng tên đăng nhập có sẵn "${username}": gắn vào tài khoản đó.`);
      return this.remember('user', login, existing.id);
    }
    let slug = slugify(name) || username;
    for (let n = 2; await this.trx.selectFrom('users').select('id').where('slug', '=', slug).executeTakeFirst(); n++)
      slug = `${slugify(name) || username}-${n}`;
    const user = await this.trx
      .insertInto('users')
      .values({
        username,
        display_name: normalizeText(name).trim(),
        slug,
        email: field(node, 'wp:author_email') || null,
        password_hash: null,
        role: 'reporter',
        active: 1,
        bio: '',
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.remember('user', login, user.id);
    this.report.imported.users += 1;
  }

  /** Categories into sections of at most two levels; deeper ones fold into their second-level ancestor. */
  async categories(all: Map<string, Category>): Promise<void> {
    /** From the top-level ancestor down to `c`. */
    const chain = (c: Category): [Category, ...Category[]] => {
      const seen = new Set<string>();
      const out: [Category, ...Category[]] = [c];
      for (let top = c; top.parent && !seen.has(top.parent);) {
        const parent = all.get(top.parent);
        if (!parent) break;
        seen.add(top.parent);
        out.unshift(parent);
        top = parent;
      }
      return out;
    };
    const ordered = [...all.values()].sort((a, b) => chain(a).length - chain(b).length);
    for (const [position, category] of ordered.entries()) {
      const path = chain(category);
      // Two levels are kept: the top-level ancestor and, below it, the second-level one.
      const [root, second] = path;
      const target = second ?? root;
      if (path.length > 2) {
        this.folded.set(category.nicename, target.nicename);
        this.report.notes.push(`Chuyên mục "${category.name}" (cấp ${path.length}) được gộp vào "${target.name}".`);
        continue;
      }
      const parentId = second ? (this.sections.get(root.nicename) ?? null) : null;
      this.sections.set(category.nicename, await this.section(category, parentId, position));
    }
    for (const [nicename, into] of this.folded) this.sections.set(nicename, this.sections.get(into)!);
    // WordPress answers /category/parent/child/ and /category/child/.
    for (const category of all.values()) {
      const id = this.sections.get(category.nicename)!;
      await this.redirect(
        `/category/${chain(category)
          .map((c) => c.nicename)
          .join('/')}/`,
        'section',
        id,
      );
      await this.redirect(`/category/${category.nicename}/`, 'section', id);
    }
  }

  private async section(category: Category, parentId: number | null, position: number): Promise<number> {
    const known = await this.mapped('section', category.nicename);
    if (known) {
      this.report.unchanged += 1;
      return known;
    }
    const { name, description } = this.repair({ name: category.name || category.nicename, description: category.description });
    const slug = slugify(category.nicename) || slugify(name) || 'chuyen-muc';
    const parentPath =
      parentId === null ? null : (await this.trx.selectFrom('sections').select('path').where('id', '=', parentId).executeTakeFirstOrThrow()).path;
    const sectionPath = parentPath ? `${parentPath}/${slug}` : slug;
    const existing = await this.trx.selectFrom('sections').select('id').where('path', '=', sectionPath).executeTakeFirst();
    let id = existing?.id;
    if (id === undefined) {
      const row = await this.trx
        .insertInto('sections')
        .values({
          parent_id: parentId,
          slug,
          path: sectionPath,
          name: normalizeText(name).trim(),
          description: normalizeText(description).trim(),
          position,
          in_menu: 1,
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
      this.report.imported.sections += 1;
    }
    await this.remember('section', category.nicename, id);
    return id;
  }

  async tag(node: XmlNode): Promise<void> {
    const slug = decodeSlug(field(node, 'wp:tag_slug'));
    if (!slug) return;
    if (await this.mapped('tag', slug)) return void (this.report.unchanged += 1);
    const { name } = this.repair({ name: htmlToText(field(node, 'wp:tag_name')) || slug });
    const [tag] = await ensureTags(this.trx, [name]);
    if (!tag) return;
    await this.remember('tag', slug, tag.id);
    await this.redirect(`/tag/${slug}/`, 'tag', tag.id);
    this.report.imported.tags += 1;
  }

  private async sectionFor(item: XmlNode, title: string): Promise<number> {
    const categories = children(item, 'category').filter((c) => c.attributes.domain === 'category');
    for (const category of categories) {
      const nicename = decodeSlug(category.attributes.nicename ?? '');
      let id = this.sections.get(nicename);
      if (id === undefined && nicename) {
        id = await this.section({ nicename, name: htmlToText(category.text), parent: '', description: '' }, null, this.sections.size);
        this.sections.set(nicename, id);
      }
      if (id !== undefined) {
        if (categories.length > 1) this.report.notes.push(`"${title}" thuộc ${categories.length} chuyên mục: xếp vào "${htmlToText(category.text)}".`);
        return id;
      }
    }
    this.fallbackSection ??= await this.section({ nicename: 'chua-phan-loai', name: 'Chưa phân loại', parent: '', description: '' }, null, this.sections.size);
    return this.fallbackSection;
  }

  /** A file of the old uploads folder into the media library; null (and reported) when it cannot be found. */
  async image(url: string, alt: string, caption = ''): Promise<Image | null> {
    const marker = url.indexOf('/wp-content/uploads/');
    const relative = marker >= 0 ? decodeSlug(url.slice(marker + '/wp-content/uploads/'.length).split(/[?#]/)[0] ?? '') : '';
    if (!relative || relative.split('/').includes('..')) return null;
    // Prefer the original over WordPress's resized copies (name-300x200.jpg, name-scaled.jpg).
    const original = relative.replace(/-(\d+x\d+|scaled)(\.\w+)$/i, '$2');
    const known = (await this.mapped('image', original)) ?? (await this.mapped('image', relative));
    if (known) return (await this.trx.selectFrom('images').selectAll().where('id', '=', known).executeTakeFirst()) ?? null;
    const file = [original, relative]
      .map((r) => this.options.uploadsDir && path.join(this.options.uploadsDir, r))
      .find((f) => f && existsSync(f) && statSync(f).isFile());
    if (!file) {
      if (!this.report.missingImages.includes(relative)) this.report.missingImages.push(relative);
      return null;
    }
    const data = await readFile(file);
    if (this.options.dryRun) return null;
    const hash = contentHash(data);
    const isNew = !(await this.trx.selectFrom('images').select('id').where('hash', '=', hash).executeTakeFirst());
    let image: Image;
    try {
      image = await storeImage(this.trx, this.options.mediaDir, data, {
        originalName: path.basename(file),
        alt: alt || caption || path.basename(file, path.extname(file)).replace(/[-_]+/g, ' '),
        caption,
      });
    } catch (error) {
      if (!(error instanceof ImageRejectedError)) throw error;
      this.report.missingImages.push(`${relative} (${error.message})`);
      return null;
    }
    if (isNew) {
      this.createdFiles.push(
        path.join(this.options.mediaDir, originalFile(image.hash, image.mime)),
        ...imageWidths(image).map((w) => path.join(this.options.mediaDir, imageFile(image.hash, variantName(image.hash, w)))),
      );
      this.report.imported.images += 1;
    }
    await this.remember('image', original, image.id);
    await this.redirect(`/wp-content/uploads/${relative}`, 'image', image.id);
    await this.redirect(`/wp-content/uploads/${original}`, 'image', image.id);
    return image;
  }

  async item(node: XmlNode): Promise<void> {
    const type = field(node, 'wp:post_type') || 'post';
    const id = field(node, 'wp:post_id');
    const rawTitle = htmlToText(field(node, 'title'));
    const label = `${type === 'page' ? 'Trang' : 'Bài'} #${id} "${rawTitle.slice(0, 60)}"`;
    if (type === 'attachment') return;
    if (type !== 'post' && !(type === 'page' && this.options.pages)) {
      return void this.report.skipped.push({ what: label, reason: type === 'page' ? 'trang tĩnh (dùng --pages để nhập)' : `loại nội dung "${type}"` });
    }
    const wpStatus = field(node, 'wp:status');
    if (NOT_IMPORTED[wpStatus] || !STATUS[wpStatus])
      return void this.report.skipped.push({ what: label, reason: NOT_IMPORTED[wpStatus] ?? `trạng thái "${wpStatus}"` });
    if (await this.mapped('article', id)) return void (this.report.unchanged += 1);

    let status = STATUS[wpStatus];
    if (field(node, 'wp:post_password')) {
      status = 'draft';
      this.report.notes.push(`${label}: có mật khẩu trên WordPress, nhập thành bản nháp.`);
    } else if (wpStatus === 'private') this.report.notes.push(`${label}: riêng tư trên WordPress, nhập thành bản nháp.`);
    if (field(node, 'wp:is_sticky') === '1') this.report.notes.push(`${label}: được ghim (sticky) trên WordPress; hãy chọn lại trong trang chủ.`);

    const text = this.repair({ title: rawTitle, lead: htmlToText(field(node, 'excerpt:encoded')), body: field(node, 'content:encoded') });
    const body = await convertBody(text.body, async (src, alt) => {
      const image = await this.image(src, alt, '');
      return image ? libraryImgTag(image, alt) : null;
    });
    if (body.problem) return void this.report.skipped.push({ what: label, reason: body.problem });

    const thumbnail = this.attachments.get(meta(node, '_thumbnail_id'));
    const featured = thumbnail ? await this.image(thumbnail.url, thumbnail.alt || thumbnail.title, thumbnail.caption) : null;
    const date = wpDate(field(node, 'wp:post_date_gmt'), field(node, 'wp:post_date'), this.options.timeZone) ?? new Date().toISOString();
    const modified = wpDate(field(node, 'wp:post_modified_gmt'), field(node, 'wp:post_modified'), this.options.timeZone) ?? date;
    const authorId = (await this.mapped('user', field(node, 'dc:creator'))) ?? null;
    const displayName = authorId
      ? (await this.trx.selectFrom('users').select('display_name').where('id', '=', authorId).executeTakeFirstOrThrow()).display_name
      : '';
    const tagNames = children(node, 'category')
      .filter((c) => c.attributes.domain === 'post_tag')
      .map((c) => this.repair({ name: htmlToText(c.text) }).name);
    const { post, cut } = fitToLimits({
      title: text.title,
      lead: text.lead,
      byline: displayName,
      caption: featured ? (thumbnail?.caption ?? '') : '',
      tags: tagNames,
    });
    const title = post.title || `Bài viết ${id}`;

    let article: Article | undefined;
    try {
      [article] = await addArticlesIn(
        this.trx,
        [
          {
            title,
            slug: (slugify(decodeSlug(field(node, 'wp:post_name'))) || slugify(title) || `bai-viet-${id}`).slice(0, LIMITS.slug),
            lead: post.lead,
            bodyHtml: body.html,
            sectionId: await this.sectionFor(node, title),
            status,
            publishedAt: status === 'published' || status === 'scheduled' ? date : null,
            createdAt: date,
            updatedAt: modified,
            byline: post.byline,
            authorId,
            featuredImageId: featured?.id ?? null,
            featuredCaption: post.caption,
            tags: post.tags,
            commentsEnabled: field(node, 'wp:comment_status') !== 'closed',
          },
        ],
        { source: `Nhập từ WordPress (${type} #${id}, trạng thái ${wpStatus})` },
      );
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return void this.report.skipped.push({ what: label, reason: Object.values(error.errors).join(' ') });
    }
    if (!article) throw new Error('addArticlesIn gives one article per input');
    this.arrived.push(article.id);
    if (cut.length > 0) this.report.notes.push(`${label}: cắt bớt cho vừa giới hạn của tòa soạn: ${cut.join(', ')}.`);
    for (const [name, count] of Object.entries(body.droppedShortcodes))
      this.report.droppedShortcodes[name] = (this.report.droppedShortcodes[name] ?? 0) + count;
    await this.remember('article', id, article.id);
    this.report.imported.articles += 1;

    await this.redirect(field(node, 'link'), 'article', article.id);
    await this.redirect(`/?${type === 'page' ? 'page_id' : 'p'}=${id}`, 'article', article.id);
    const guid = field(node, 'guid');
    if (/[?&](p|page_id)=\d+/.test(guid)) await this.redirect(guid, 'article', article.id);
    for (const comment of children(node, 'wp:comment')) await this.comment(comment, article.id, label);
  }

  private async comment(node: XmlNode, articleId: number, post: string): Promise<void> {
    const id = field(node, 'wp:comment_id');
    const approved = field(node, 'wp:comment_approved');
    const type = field(node, 'wp:comment_type');
    if (type === 'pingback' || type === 'trackback') return void this.report.skipped.push({ what: `Bình luận #${id} (${post})`, reason: type });
    const status: CommentStatus | null = approved === '1' ? 'approved' : approved === '0' ? 'pending' : null;
    if (!status) return void this.report.skipped.push({ what: `Bình luận #${id} (${post})`, reason: approved === 'spam' ? 'thư rác' : 'trong thùng rác' });
    if (await this.mapped('comment', id)) return void (this.report.unchanged += 1);
    const text = this.repair({ name: htmlToText(field(node, 'wp:comment_author')), body: htmlToText(field(node, 'wp:comment_content'), { paragraphs: true }) });
    if (!text.body) return void this.report.skipped.push({ what: `Bình luận #${id} (${post})`, reason: 'không có nội dung' });
    const parent = field(node, 'wp:comment_parent');
    const parentId = parent && parent !== '0' ? ((await this.mapped('comment', parent)) ?? null) : null;
    const row = await this.trx
      .insertInto('comments')
      .values({
        article_id: articleId,
        parent_id: parentId,
        name: normalizeText(text.name).trim().slice(0, 100) || 'Bạn đọc',
        email: field(node, 'wp:comment_author_email') || null,
        body: normalizeText(text.body).trim(),
        status,
        created_at: wpDate(field(node, 'wp:comment_date_gmt'), field(node, 'wp:comment_date'), this.options.timeZone) ?? new Date().toISOString(),
        ip_hash: hashAddress(this.secret, field(node, 'wp:comment_author_IP') || 'wordpress'),
        hold_reason: null,
        moderated_by: null,
        moderated_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.remember('comment', id, row.id);
    this.report.imported.comments += 1;
  }

  /** Old attachment pages (and ?attachment_id=) lead to the picture, when it came in. */
  async attachmentRedirects(): Promise<void> {
    for (const attachment of this.attachments.values()) {
      const marker = attachment.url.indexOf('/wp-content/uploads/');
      if (marker < 0) continue;
      const relative = decodeSlug(attachment.url.slice(marker + '/wp-content/uploads/'.length));
      const id = (await this.mapped('image', relative.replace(/-(\d+x\d+|scaled)(\.\w+)$/i, '$2'))) ?? (await this.mapped('image', relative));
      if (!id) continue;
      if (attachment.link) await this.redirect(attachment.link, 'image', id);
      await this.redirect(`/?attachment_id=${attachment.id}`, 'image', id);
    }
  }
}

/**
 * Imports a WordPress export (WXR) in one transaction: everything or, on a failure or Ctrl-C,
 * nothing (media files this run wrote are removed again). Objects carry their WordPress id in
 * import_sources, so a second run of the same file changes nothing.
 *
 * Import policy: posts come in through the newsroom's one write path for articles
 * (addArticlesIn), checked like an editor's save, indexed once, with an "import" audit record.
 * What can be fitted into the editor's limits is fitted first (fitToLimits; an empty title becomes
 * "Bài viết <id>"), and said in the notes. A post that still fails the checks (a body too long or
 * nested too deep) is skipped with the reason in report.skipped, and the rest comes in: one bad
 * post neither aborts a whole site's import nor gets past the checks every other article passes.
 */
export async function importWordPress(db: Kysely<Database>, file: string, options: WordPressOptions): Promise<WordPressReport> {
  if (!existsSync(file)) throw new WordPressInputError(`không tìm thấy tệp ${file}`);
  if (options.uploadsDir && !existsSync(options.uploadsDir)) throw new WordPressInputError(`không tìm thấy thư mục ảnh ${options.uploadsDir}`);
  const { base, attachments, categories, items } = await survey(file);
  const source = `wordpress:${base || path.basename(file)}`;
  let run: Run | undefined;
  let done = 0;
  options.onProgress?.(0, items);
  try {
    await db.transaction().execute(async (trx) => {
      run = new Run(trx, options, source, attachments);
      await run.start();
      await run.categories(categories);
      for await (const record of readWxr(file)) {
        checkSignal(options.signal);
        if (record.type === 'author') await run.author(record.node);
        else if (record.type === 'tag') await run.tag(record.node);
        else if (record.type === 'item') {
          await run.item(record.node);
          options.onProgress?.(++done, items);
        }
      }
      await run.attachmentRedirects();
      if (options.dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) {
      for (const written of run?.createdFiles ?? []) await rm(written, { force: true });
      throw error;
    }
  }
  if (!options.dryRun) {
    await articlesArrived(db, run!.arrived);
    // A new section enters the menu every page shows.
    if (run!.report.imported.sections > 0) await contentChanged(db, [PageTags.sections]);
  }
  return run!.report;
}
