import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Article } from '../src/db/schema.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestDatabase, type TestDatabase } from './helpers/db.js';
import { AppNode, HttpNewsroom } from './helpers/node-process.js';

/**
 * Two app processes on one PostgreSQL database: what node A's newsroom changes, node B serves
 * within a second, whether the invalidations travel through Redis or through PostgreSQL itself.
 */

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const PASSWORD = 'mật-khẩu-đủ-dài-123';

/** A TCP relay to Redis that the test can cut, as a network failure would. */
class CuttableRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(Number(REDIS.port || 6379), REDIS.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }
}

async function within(ms: number, check: () => Promise<boolean>, what: string): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) assert.fail(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function pageCacheState(node: AppNode): Promise<string> {
  const body = (await (await node.fetch('/readyz')).json()) as { pageCache?: { state: string } };
  return body.pageCache?.state ?? 'none';
}

for (const bus of ['redis', 'postgres'] as const) {
  describe(`two nodes, invalidations through ${bus}`, () => {
    let database: TestDatabase;
    let db: Db;
    let a: AppNode;
    let b: AppNode;
    let relay: CuttableRelay;
    let draft: Article;
    let live: Article;

    before(async () => {
      database = await createTestDatabase('postgres');
      db = openDatabase(database.url);
      await migrateToLatest(db);
      const news = await createSection(db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
      await createUser(db.kysely, { username: 'tongbientap', displayName: 'Tổng biên tập', role: 'editor_in_chief', password: PASSWORD });
      const base = { lead: 'Sapo.', bodyHtml: '<p>Nội dung.</p>', sectionId: news.id, byline: 'Thu Hà', authorId: null };
      live = await addArticle(db.kysely, { ...base, title: 'Chợ phiên Bắc Hà', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() });
      draft = await addArticle(db.kysely, { ...base, title: 'Lũ quét ở Mù Cang Chải', status: 'edited', publishedAt: null });
      relay = new CuttableRelay();
      await relay.open();
      const env: Record<string, string> = { DATABASE_URL: database.url, SITE_URL: 'http://bao.test' };
      if (bus === 'redis') {
        env.REDIS_URL = `redis://127.0.0.1:${relay.port}`;
        env.REDIS_PREFIX = `toasoan-test:${process.pid}:${randomBytes(4).toString('hex')}:`;
      }
      a = await AppNode.start(env);
      b = await AppNode.start(env);
      for (const node of [a, b]) await within(5000, async () => (await pageCacheState(node)) === 'on', 'page cache on');
    });

    after(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await relay?.cut().catch(() => undefined);
      await db?.close();
      await database?.drop();
    });

    test('what node A publishes and unpublishes, node B serves within a second', async () => {
      const draftPath = articlePath('thoi-su', draft.slug, draft.id);
      const home = async () => (await b.fetch('/')).text();
      assert.doesNotMatch(await home(), /Lũ quét ở Mù Cang Chải/);
      assert.doesNotMatch(await home(), /Lũ quét ở Mù Cang Chải/, 'B keeps the home page in its cache');
      assert.equal((await b.fetch(draftPath)).status, 404);

      const chief = new HttpNewsroom(a);
      await chief.login('tongbientap', PASSWORD);
      assert.equal(await chief.step(draft.id, 'publish'), 303);
      const shown = await within(1000, async () => /Lũ quét ở Mù Cang Chải/.test(await home()), 'published on B');
      assert.equal((await b.fetch(draftPath)).status, 200);
      assert.match(await (await b.fetch(draftPath)).text(), /Lũ quét ở Mù Cang Chải/);

      assert.equal(await chief.step(draft.id, 'unpublish'), 303);
      const gone = await within(
        1000,
        async () => (await b.fetch(draftPath)).status === 404 && !/Lũ quét ở Mù Cang Chải/.test(await home()),
        'unpublished on B',
      );
      console.log(`node B: published after ${shown} ms, unpublished after ${gone} ms`);
    });

    if (bus === 'redis') {
      test('a node that loses Redis stops answering from its cache, and says so in its log and /readyz', async () => {
        const livePath = articlePath('thoi-su', live.slug, live.id);
        assert.match(await (await b.fetch(livePath)).text(), /Chợ phiên Bắc Hà/);
        await relay.cut();
        await within(3000, async () => (await pageCacheState(b)) === 'bypassed', 'B reports the cache bypassed');
        // The log line crosses a pipe from B's process and may arrive after /readyz has answered.
        await within(3000, async () => /page cache bypassed/.test(b.log), 'B logs the cache bypassed');
        const ready = (await (await b.fetch('/readyz')).json()) as { pageCache: { reason: string } };
        assert.match(ready.pageCache.reason, /Redis/);
        // A change no message can announce now: B must show it because it renders every page.
        await db.kysely.updateTable('articles').set({ title: 'Chợ phiên Bắc Hà mùa xuân' }).where('id', '=', live.id).execute();
        assert.match(await (await b.fetch(livePath)).text(), /Chợ phiên Bắc Hà mùa xuân/);
        await relay.open();
        await within(10_000, async () => (await pageCacheState(b)) === 'on', 'B resumes once Redis is back');
      });
    }
  });
}
