import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { buildApp, type BuildOptions } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Db, type DialectName } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { Article, Section } from '../../src/db/schema.js';
import { createSection } from '../../src/content/sections.js';
import { addArticle, type ArrivingArticle } from '../../src/newsroom/articles.js';
import { storeImage } from '../../src/media/store.js';
import { createUser } from '../../src/newsroom/users.js';
import { createMigratedTestDatabase } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-data-'));
  return {
    ...loadConfig({
      DATA_DIR: dataDir,
      SITE_URL: 'http://bao.test',
      LOG_LEVEL: 'silent',
      COMMENT_MIN_SECONDS: '0',
      SCHEDULER_INTERVAL_SECONDS: '0',
      PASSWORD_HASH_COST: '10',
    }),
    ...overrides,
  };
}

/** A migrated, empty database of its own and an app on it; close() removes both. */
export async function createTestApp(
  dialect: DialectName,
  overrides: Partial<Config> = {},
  build: Pick<BuildOptions, 'searchTuning' | 'onRoute'> = {},
): Promise<TestApp> {
  const database = await createMigratedTestDatabase(dialect);
  const config = testConfig({ databaseUrl: database.url, ...overrides });
  const db = openDatabase(database.url);
  // A no-op on a copy of the current template (a few queries); it would bring a stale copy up to date.
  await migrateToLatest(db);
  const app = await buildApp(config, { db, logger: false, ...build });
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.close();
      await database.drop();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export interface Fixture {
  sections: { news: Section; economy: Section; farming: Section };
  authorId: number;
  authorSlug: string;
  articles: Article[];
}

/** A small JPEG drawn on the fly, different for every seed so each one is stored separately. */
export async function testJpeg(seed: number, width = 800, height = 500): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 37) % 255, g: (seed * 91) % 255, b: 120 } } })
    .jpeg()
    .toBuffer();
}

const HOUR_MS = 60 * 60 * 1000;

/** Sections Thời sự, Kinh tế › Nông nghiệp, one reporter, and `count` published articles an hour apart. */
export async function seedFixture(t: TestApp, count = 3, articleOverrides: Partial<ArrivingArticle> = {}): Promise<Fixture> {
  const db = t.db.kysely;
  const news = await createSection(db, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
  const economy = await createSection(db, { name: 'Kinh tế', slug: 'kinh-te', parentId: null, position: 1 });
  const farming = await createSection(db, { name: 'Nông nghiệp', slug: 'nong-nghiep', parentId: economy.id, position: 2 });
  const author = await createUser(db, { username: 'thuha', displayName: 'Nguyễn Thu Hà', role: 'reporter' });
  const image = await storeImage(db, t.config.mediaDir, await testJpeg(1), {
    originalName: 'anh.jpg',
    alt: 'Ruộng bậc thang',
    caption: 'Ruộng bậc thang mùa lúa chín.',
    credit: 'Ảnh: Thu Hà',
  });
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    articles.push(
      await addArticle(db, {
        title: `Đại hội Đảng bộ xã Pá Vạc lần thứ ${i + 1}`,
        lead: `Sáng nay, xã Pá Vạc khai mạc đại hội lần thứ ${i + 1} với sự tham dự của hơn 120 đại biểu đại diện cho các chi bộ trong toàn xã.`,
        bodyHtml: '<p>Đoạn thứ nhất của bài.</p><blockquote><p>Chúng tôi quyết tâm hoàn thành.</p><cite>Ông Lường Văn Sỹ</cite></blockquote>',
        sectionId: i % 2 === 0 ? news.id : farming.id,
        status: 'published',
        publishedAt: new Date(Date.now() - (i + 1) * HOUR_MS).toISOString(),
        byline: 'Thu Hà',
        authorId: author.id,
        featuredImageId: image.id,
        featuredCaption: 'Quang cảnh đại hội.',
        featuredCredit: 'Ảnh: Thu Hà',
        tags: ['Đại hội Đảng', 'Nông thôn mới'],
        ...articleOverrides,
      }),
    );
  }
  return { sections: { news, economy, farming }, authorId: author.id, authorSlug: author.slug, articles };
}

/** The reader cookie a browser gets from an article page's view-counter image, as a Cookie header. */
export async function readerCookie(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/luot-xem/x.gif' });
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
