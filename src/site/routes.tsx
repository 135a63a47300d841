import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { countLive, findAuthorBySlug, findLiveArticle, findTagBySlug, listLatest, listMostRead, type ListFilter } from '../content/articles.js';
import { ensureReaderNonce } from '../comments/reader-nonce.js';
import { homeStories } from '../content/curation.js';
import { ViewGate } from '../content/view-gate.js';
import { sectionAncestry, sectionAndDescendantIds } from '../content/sections.js';
import { articleIdFromPath, articlePath, authorPath, sectionPath, tagPath } from '../content/urls.js';
import { PageTags } from '../cache/changes.js';
import { localDateKey } from '../vi/index.js';
import { renderArticle } from './article-view.js';
import { SITE_TAGS, summaryTags } from './page-tags.js';
import type { Crumb } from './components.js';
import type { SiteContext } from './context.js';
import { HomePage, type SectionBlock } from './pages/home.js';
import { ListingPage } from './pages/listing.js';
import { PAGE_SIZE, pageCount, parsePage } from '../content/pagination.js';
import { renderDocument } from './render.js';
import { loadSiteContext } from './site-context.js';
import { sendErrorPage } from './errors.js';
import { findRedirect, hasLegacyQuery, LEGACY_QUERY_KEYS } from '../content/redirects.js';
import { queryFields } from '../request-fields.js';
import { encodedQuery, permanentRedirect } from './redirects.js';

const TRANSPARENT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const DAY_MS = 24 * 60 * 60 * 1000;

const HOME_QUERY = queryFields(...LEGACY_QUERY_KEYS);
const LISTING_QUERY = queryFields('trang');
/** Any other path is an article (a reply link, the notice after a comment) or a section listing. */
const PAGE_QUERY = queryFields('trang', 'tra-loi', 'binh-luan');
type ListingRequest = FastifyRequest<{ Querystring: Static<typeof LISTING_QUERY> }>;
type PageRequest = FastifyRequest<{ Querystring: Static<typeof PAGE_QUERY> }>;

async function home(app: FastifyInstance, reply: FastifyReply) {
  const db = app.db.kysely;
  const now = new Date();
  const nowIso = now.toISOString();
  const weekAgo = localDateKey(new Date(now.getTime() - 6 * DAY_MS), app.config.timeZone);
  // What depends on nothing else runs together (on PostgreSQL, at once on the pool's connections).
  const [{ site, sections }, curated, mostRead] = await Promise.all([loadSiteContext(app), homeStories(db, nowIso), listMostRead(db, nowIso, weekAgo, 8)]);
  // The managing editor's picks lead the page while they are live; otherwise the latest story does.
  const picked = [...(curated.lead ? [curated.lead.id] : []), ...curated.featured.map((a) => a.id)];
  const latest = await listLatest(db, nowIso, { excludeIds: picked }, { limit: 9, offset: 0 });
  const lead = curated.lead ?? latest[0] ?? null;
  const latestList = curated.lead ? latest.slice(0, 8) : latest.slice(1);
  const shown = [...picked, ...latest.map((a) => a.id)];
  const topLevel = sections.filter((s) => s.parent_id === null && s.in_menu === 1);
  const blocks: SectionBlock[] = (
    await Promise.all(
      topLevel.map(async (section) => ({
        section,
        articles: await listLatest(db, nowIso, { sectionIds: sectionAndDescendantIds(sections, section.id), excludeIds: shown }, { limit: 4, offset: 0 }),
      })),
    )
  ).filter((b) => b.articles.length > 0);
  const tags = [
    ...SITE_TAGS,
    PageTags.home,
    PageTags.mostRead,
    PageTags.listAll,
    ...topLevel.map((s) => PageTags.sectionList(s.id)),
    ...summaryTags([...(lead ? [lead] : []), ...curated.featured, ...latestList, ...blocks.flatMap((b) => b.articles), ...mostRead]),
  ];
  return reply.sendPage(
    renderDocument(<HomePage site={site} lead={lead} featured={curated.featured} latest={latestList} blocks={blocks} mostRead={mostRead} />),
    tags,
  );
}

interface ListingInput {
  site: SiteContext;
  title: string;
  description: string;
  basePath: string;
  crumbs: Crumb[];
  filter: ListFilter;
  intro?: ComponentChildren;
  /** What the listing itself depends on besides the articles it shows. */
  tags: string[];
}

async function listing(app: FastifyInstance, request: ListingRequest, reply: FastifyReply, input: ListingInput) {
  const page = parsePage(request.query.trang);
  const db = app.db.kysely;
  const now = new Date().toISOString();
  const [articles, total] = await Promise.all([
    listLatest(db, now, input.filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countLive(db, now, input.filter),
  ]);
  if (page > pageCount(total)) return sendErrorPage(app, request, reply, 404, 'Trang này không còn bài viết nào.');
  const html = renderDocument(<ListingPage {...input} articles={articles} page={page} pageCount={pageCount(total)} />);
  return reply.sendPage(html, [...SITE_TAGS, ...input.tags, ...summaryTags(articles)]);
}

async function section(app: FastifyInstance, request: ListingRequest, reply: FastifyReply, path: string, notFound: () => Promise<unknown>) {
  // Every page lists all sections for its menu: the one asked for is among them.
  const { site, sections } = await loadSiteContext(app);
  const found = sections.find((s) => s.path === path);
  if (!found) return notFound();
  const chain = sectionAncestry(sections, found);
  const children = sections.filter((s) => s.parent_id === found.id);
  return listing(app, request, reply, {
    site,
    title: found.name,
    description: found.description || `Tin tức ${found.name} - ${site.siteName}`,
    basePath: sectionPath(found.path),
    crumbs: chain.map((s) => ({ name: s.name, href: sectionPath(s.path) })),
    filter: { sectionIds: sectionAndDescendantIds(sections, found.id) },
    tags: [PageTags.sectionList(found.id)],
    intro:
      children.length > 0 ? (
        <nav class="subsections" aria-label="Chuyên mục con">
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <a href={sectionPath(c.path)}>{c.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : undefined,
  });
}

async function article(app: FastifyInstance, request: PageRequest, reply: FastifyReply, path: string, id: number) {
  const detail = await findLiveArticle(app.db.kysely, id, new Date().toISOString());
  if (!detail) return sendErrorPage(app, request, reply, 404, 'Bài viết không tồn tại hoặc đã được gỡ.');
  const canonical = articlePath(detail.section.path, detail.article.slug, detail.article.id);
  if (path !== canonical) return permanentRedirect(reply, canonical, encodedQuery(request.raw.url));
  const params = request.query;
  const replyTo = typeof params['tra-loi'] === 'string' && /^\d{1,12}$/.test(params['tra-loi']) ? Number(params['tra-loi']) : null;
  const { html, tags } = await renderArticle(app, detail, { replyToId: replyTo, pendingNotice: params['binh-luan'] === 'cho-duyet' });
  return reply.sendPage(html, tags);
}

function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function hasLiveArticles(app: FastifyInstance, filter: ListFilter): Promise<boolean> {
  return (await countLive(app.db.kysely, new Date().toISOString(), filter)) > 0;
}

const SECTION_PATH = /^[a-z0-9-]+(\/[a-z0-9-]+)?$/;
/** One path segment: tag and author slugs. */
const SLUG = /^[^/]+$/;

export async function siteRoutes(app: FastifyInstance) {
  // Per node: each app node limits what it is sent; the limits hold per client all the same.
  const viewGate = new ViewGate();
  app.get<{ Querystring: Static<typeof HOME_QUERY> }>('/', { schema: { querystring: HOME_QUERY } }, async (request, reply) => {
    // An imported site's old ?p=123 addresses: looked up only when such a query is present.
    if (hasLegacyQuery(request.query)) {
      const moved = await findRedirect(app.db.kysely, '/', new URLSearchParams(request.raw.url?.split('?')[1] ?? ''));
      if (moved) return reply.redirect(moved, 301);
    }
    return home(app, reply);
  });

  // Tag and author slugs come from names of any length; a `:slug` param would 404 past the
  // router's 100-character limit, so these routes take the rest of the path instead.
  app.get<{ Params: { '*': string }; Querystring: Static<typeof LISTING_QUERY> }>(
    '/chu-de/*',
    { schema: { querystring: LISTING_QUERY } },
    async (request, reply) => {
      const slug = request.params['*'];
      const tag = SLUG.test(slug) ? await findTagBySlug(app.db.kysely, slug) : undefined;
      // A tag only on drafts must not be found by guessing its slug.
      if (!tag || !(await hasLiveArticles(app, { tagId: tag.id }))) return sendErrorPage(app, request, reply, 404, 'Không có chủ đề này.');
      const { site } = await loadSiteContext(app);
      return listing(app, request, reply, {
        site,
        title: tag.name,
        description: `Các bài viết về chủ đề ${tag.name} - ${site.siteName}`,
        basePath: tagPath(tag.slug),
        crumbs: [{ name: `Chủ đề: ${tag.name}`, href: tagPath(tag.slug) }],
        filter: { tagId: tag.id },
        tags: [PageTags.tag(tag.id), PageTags.tagList(tag.id)],
      });
    },
  );

  app.get<{ Params: { '*': string }; Querystring: Static<typeof LISTING_QUERY> }>(
    '/tac-gia/*',
    { schema: { querystring: LISTING_QUERY } },
    async (request, reply) => {
      const slug = request.params['*'];
      const author = SLUG.test(slug) ? await findAuthorBySlug(app.db.kysely, slug) : undefined;
      // Only bylines readers can already see: not administrators, deactivated or unpublished accounts.
      if (!author || !(await hasLiveArticles(app, { authorId: author.id }))) return sendErrorPage(app, request, reply, 404, 'Không có tác giả này.');
      const { site } = await loadSiteContext(app);
      return listing(app, request, reply, {
        site,
        title: author.display_name,
        description: `Các bài viết của ${author.display_name} - ${site.siteName}`,
        basePath: authorPath(author.slug),
        crumbs: [{ name: `Tác giả: ${author.display_name}`, href: authorPath(author.slug) }],
        filter: { authorId: author.id },
        tags: [PageTags.author(author.id), PageTags.authorList(author.id)],
        intro: author.bio ? <p class="author-bio">{author.bio}</p> : undefined,
      });
    },
  );

  app.get<{ Params: { file: string } }>('/luot-xem/:file', (request, reply) => {
    const match = /^(\d{1,12})\.gif$/.exec(request.params.file);
    if (match && viewGate.admit(request.ip, Number(match[1]))) app.views.record(Number(match[1]));
    // The comment form's reader cookie rides on this uncached request (see reader-nonce.ts).
    ensureReaderNonce(request, reply, app.secrets.form, app.config.siteUrl.startsWith('https:'));
    return reply.header('Cache-Control', 'no-store').type('image/gif').send(TRANSPARENT_GIF);
  });

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>('/*', { schema: { querystring: PAGE_QUERY } }, async (request, reply) => {
    const rawPath = request.raw.url?.split('?')[0] ?? '/';
    const path = decodePath(rawPath);
    if (path === null) return sendErrorPage(app, request, reply, 400, 'Đường dẫn không hợp lệ.');
    const id = articleIdFromPath(path);
    if (id !== null) return article(app, request, reply, path, id);
    // Addresses the paper never made (an imported site's old permalinks) before any 404.
    const movedOrMissing = async () => {
      const moved = await findRedirect(app.db.kysely, path);
      return moved ? reply.redirect(moved, 301) : sendErrorPage(app, request, reply, 404);
    };
    // Only a section path survives the trailing-slash redirect: anything else (`//evil.com/`,
    // `/%5Cevil.com/`, control characters) would become a Location that leaves the site.
    const trimmed = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : path;
    if (trimmed !== path) {
      const moved = await findRedirect(app.db.kysely, path);
      if (moved) return reply.redirect(moved, 301);
    }
    const sectionSlugPath = trimmed.slice(1);
    if (!SECTION_PATH.test(sectionSlugPath)) return movedOrMissing();
    if (trimmed !== path) return permanentRedirect(reply, sectionPath(sectionSlugPath), encodedQuery(request.raw.url));
    return section(app, request, reply, sectionSlugPath, movedOrMissing);
  });
}
