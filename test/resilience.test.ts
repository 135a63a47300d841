import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { prepareDatabase } from '../src/bootstrap.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { sqliteFileFromUrl } from '../src/db/connection.js';
import { MAX_AGE_MS } from '../src/content/site-settings.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, seedFixture, testConfig, testJpeg, type TestApp } from './helpers/app.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { createTestDatabase, dialects, type TestDatabase } from './helpers/db.js';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Resolves with the value, or with 'timeout' when the promise takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, sleep(ms).then(() => 'timeout' as const)]);
}

describe('PostgreSQL that restarts or stops answering (through a proxy)', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let db: Db;
  let t: Awaited<ReturnType<typeof buildApp>>;

  before(async () => {
    database = await createTestDatabase('postgres');
    const setup = openDatabase(database.url);
    await migrateToLatest(setup);
    await setup.close();
    proxy = await startTcpProxy(Number(new URL(database.url).port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    db = openDatabase(viaProxy.toString(), { queryTimeoutMs: 1_500, connectTimeoutMs: 1_000 });
    t = await buildApp(testConfig({ databaseUrl: viaProxy.toString() }), { db, logger: false });
  });
  after(async () => {
    await t?.close();
    await db?.close();
    await proxy?.close();
    await database?.drop();
  });

  it('survives every connection being cut (a restart) and reconnects by itself', async () => {
    assert.equal((await t.inject('/readyz')).statusCode, 200);
    proxy.cut();
    await sleep(200);
    assert.equal((await t.inject('/readyz')).statusCode, 200, 'a new connection is opened');
    assert.equal((await t.inject('/')).statusCode, 200);
  });

  it('survives pg_terminate_backend on its idle connections', async () => {
    await Promise.all([t.inject('/'), t.inject('/readyz'), t.inject('/')]);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const name = new URL(database.url).pathname.slice(1);
    const { rows } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    await admin.end();
    assert.ok(rows.length > 0, 'there were connections to terminate');
    await sleep(200);
    assert.equal((await t.inject('/')).statusCode, 200);
  });

  it('a database that stops answering: /healthz answers, pages fail within bounds with 503, and all recovers', async () => {
    await sleep(MAX_AGE_MS + 100); // the settings are due for a reload on the next request
    proxy.freeze();
    try {
      const health = await within(t.inject('/healthz'), 1_000);
      assert.notEqual(health, 'timeout', '/healthz must not wait for the database');
      assert.equal(health !== 'timeout' && health.statusCode, 200);
      const page = await within(t.inject('/'), 8_000);
      assert.notEqual(page, 'timeout', 'a page must fail within the query timeout, not hang');
      assert.equal(page !== 'timeout' && page.statusCode, 503);
      const ready = await within(t.inject('/readyz'), 4_000);
      assert.equal(ready !== 'timeout' && ready.statusCode, 503);
    } finally {
      proxy.thaw();
    }
    await sleep(200);
    assert.equal((await t.inject('/')).statusCode, 200, 'serves again once the database answers');
    assert.equal((await t.inject('/readyz')).statusCode, 200);
  });
});

for (const dialect of dialects) {
  describe(`page views survive a failed write (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      await seedFixture(t, 1);
      await t.app.views.stop();
    });
    after(async () => t?.close());

    it('a failed batch is kept and written with a later one; later batches still run', async () => {
      const [article] = await t.db.kysely.selectFrom('articles').select('id').execute();
      for (let i = 0; i < 3; i++) t.app.views.record(article.id);
      await sql`ALTER TABLE article_views_daily RENAME TO article_views_daily_away`.execute(t.db.kysely);
      await t.app.views.flush(); // must not reject
      await sql`ALTER TABLE article_views_daily_away RENAME TO article_views_daily`.execute(t.db.kysely);
      for (let i = 0; i < 2; i++) t.app.views.record(article.id);
      await t.app.views.flush();
      const row = await t.db.kysely.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.equal(Number(row.view_count), 5);
    });
  });
}

describe('SQLite locked by another process', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite');
    await seedFixture(t, 1);
    await t.app.views.stop();
  });
  after(async () => t?.close());

  it('a write waits without holding the event loop, then succeeds', async () => {
    const file = sqliteFileFromUrl(t.config.databaseUrl);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{d.exec('ROLLBACK');process.exit(0)},2500)`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const [article] = await t.db.kysely.selectFrom('articles').select('id').execute();
    t.app.views.record(article.id);
    let last = Date.now();
    let longest = 0;
    const monitor = setInterval(() => {
      longest = Math.max(longest, Date.now() - last);
      last = Date.now();
    }, 10);
    try {
      await t.app.views.flush();
    } finally {
      clearInterval(monitor);
      await exited;
    }
    assert.ok(longest < 1_000, `the event loop was held for ${longest} ms`);
    const row = await t.db.kysely.selectFrom('articles').select('view_count').where('id', '=', article.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.view_count), 1);
  });
});

describe('Redis down', () => {
  let t: TestApp;
  before(async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    t = await createTestApp('sqlite', { redisUrl: `redis://127.0.0.1:${port}` });
  });
  after(async () => t?.close());

  it('the newsroom answers 503 with a clear message, the reading site still works', async () => {
    const res = await within(t.app.inject({ url: '/admin', cookies: { toasoan_session: 'a'.repeat(43) } }), 10_000);
    assert.notEqual(res, 'timeout');
    if (res === 'timeout') return;
    assert.equal(res.statusCode, 503);
    assert.match(res.body, /Redis/);
    assert.equal((await t.app.inject('/')).statusCode, 200);
  });
});

for (const dialect of dialects) {
  describe(`start-up lock (${dialect})`, () => {
    it('two nodes starting together on an empty database: one migrates and sets up, both start', async () => {
      const database = await createTestDatabase(dialect);
      const config = testConfig({ databaseUrl: database.url, demoContent: false });
      const said: string[] = [];
      try {
        const dbs = await Promise.all([0, 1].map(() => prepareDatabase(config, { info: (m) => said.push(m) })));
        const users = await dbs[0].kysely.selectFrom('users').select('id').execute();
        for (const db of dbs) await db.close();
        assert.equal(users.length, 1, 'one administrator');
        assert.equal(said.filter((m) => m.startsWith('Đã chạy migration')).length, 1, 'migrations ran once');
      } finally {
        await database.drop();
        rmSync(config.dataDir, { recursive: true, force: true });
      }
    });
  });
}

describe('media folder that stops taking files', () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'toasoan-media-'));
    t = await createTestApp('sqlite', { mediaDir: dir });
    // After start the folder goes away (a lost mount) and a file stands in its place.
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, '');
    await createUser(t.db.kysely, { username: 'phongvien', displayName: 'Phóng viên', role: 'reporter', password: 'mat-khau-dai-12345' });
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an upload is answered 503 with a message, as JSON to the JSON uploader', async () => {
    const client = new NewsroomClient(t.app);
    await client.login('phongvien', 'mat-khau-dai-12345');
    await client.get('/admin/anh');
    const boundary = '----toasoanmedia';
    const image = await testJpeg(3, 64, 48);
    const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const body = Buffer.concat([
      Buffer.from(field('_csrf', client.token) + field('alt', 'Cánh đồng lúa')),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      image,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/anh',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie, accept: 'application/json' },
      payload: body,
    });
    assert.equal(res.statusCode, 503, res.body.slice(0, 200));
    assert.match(res.json<{ error: string }>().error, /thư mục ảnh/);
  });
});
