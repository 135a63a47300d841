import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ListFilter } from '../content/articles.js';
import { findAuthorBySlug, findTagBySlug } from '../content/articles.js';
import { findSectionByPath, listSections, sectionAndDescendantIds } from '../content/sections.js';
import { authorPath, sectionPath, tagPath } from '../content/urls.js';
import { sendErrorPage } from '../site/errors.js';
import { bestVariantUrl } from '../media/urls.js';
import { lastChange, loadFeedArticles } from './articles.js';
import { PageTags } from '../cache/changes.js';
import { SITE_TAGS } from '../site/page-tags.js';
import { feedPathOf, SITE_FEED_PATH } from './paths.js';
import { renderRss } from './rss.js';

/** The newest 50 live stories. */
export const FEED_SIZE = 50;

interface FeedScope {
  title: string;
  description: string;
  linkPath: string;
  filter: ListFilter;
  /** What the feed lists, for the page cache: the whole paper, a section, a tag or an author. */
  listTags: readonly string[];
}

async function sendFeed(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, scope: FeedScope) {
  const now = new Date().toISOString();
  const items = await loadFeedArticles(app.db.kysely, app.config.mediaDir, now, scope.filter, FEED_SIZE);
  const lastModified = await lastChange(app.db.kysely, items);
  const logo = app.siteSettings.current.logo;
  const body = renderRss({
    siteUrl: app.config.siteUrl,
    siteName: app.siteInfo.name,
    timeZone: app.config.timeZone,
    title: scope.title,
    description: scope.description,
    linkPath: scope.linkPath,
    selfPath: feedPathOf(scope.linkPath),
    logoPath: logo ? bestVariantUrl(logo, 144) : undefined,
    lastBuildDate: lastModified,
    items,
  });
  // Through the page cache: purged with the lists it shows and each item's text (full bodies).
  const tags = [...SITE_TAGS, ...scope.listTags, ...items.flatMap((item) => [PageTags.summary(item.id), PageTags.article(item.id)])];
  return reply.sendPage(body, { tags, type: 'application/rss+xml; charset=utf-8', lastModified });
}

export async function feedRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const siteName = () => app.siteInfo.name;

  app.get(SITE_FEED_PATH, (request, reply) =>
    sendFeed(app, request, reply, { title: siteName(), description: app.siteInfo.description, linkPath: '/', filter: {}, listTags: [PageTags.listAll] }),
  );

  const sectionFeed = async (request: FastifyRequest, reply: FastifyReply, path: string) => {
    const section = await findSectionByPath(db, path);
    if (!section) return sendErrorPage(app, request, reply, 404);
    const sections = await listSections(db);
    return sendFeed(app, request, reply, {
      title: `${section.name} - ${siteName()}`,
      description: section.description || `Tin tức ${section.name} - ${siteName()}`,
      linkPath: sectionPath(section.path),
      filter: { sectionIds: sectionAndDescendantIds(sections, section.id) },
      listTags: [PageTags.sectionList(section.id)],
    });
  };
  app.get<{ Params: { section: string } }>('/:section/rss.xml', (request, reply) => sectionFeed(request, reply, request.params.section));
  app.get<{ Params: { section: string; sub: string } }>('/:section/:sub/rss.xml', (request, reply) =>
    sectionFeed(request, reply, `${request.params.section}/${request.params.sub}`),
  );

  app.get<{ Params: { slug: string } }>('/chu-de/:slug/rss.xml', async (request, reply) => {
    const tag = await findTagBySlug(db, request.params.slug);
    if (!tag) return sendErrorPage(app, request, reply, 404, 'Không có chủ đề này.');
    return sendFeed(app, request, reply, {
      title: `${tag.name} - ${siteName()}`,
      description: `Các bài viết về chủ đề ${tag.name} - ${siteName()}`,
      linkPath: tagPath(tag.slug),
      filter: { tagId: tag.id },
      listTags: [PageTags.tagList(tag.id), PageTags.tag(tag.id)],
    });
  });

  app.get<{ Params: { slug: string } }>('/tac-gia/:slug/rss.xml', async (request, reply) => {
    const author = await findAuthorBySlug(db, request.params.slug);
    if (!author) return sendErrorPage(app, request, reply, 404, 'Không có tác giả này.');
    return sendFeed(app, request, reply, {
      title: `${author.display_name} - ${siteName()}`,
      description: `Các bài viết của ${author.display_name} - ${siteName()}`,
      linkPath: authorPath(author.slug),
      filter: { authorId: author.id },
      listTags: [PageTags.authorList(author.id), PageTags.author(author.id)],
    });
  });
}
