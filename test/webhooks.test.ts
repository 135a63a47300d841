import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { insertComment } from '../src/comments/comments.js';
import { moderateComments } from '../src/comments/moderation.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import type { User } from '../src/db/schema.js';
import { saveContent } from '../src/newsroom/articles.js';
import { workingCopyStep } from '../src/newsroom/working-copy.js';
import { applyTransition, publishDue } from '../src/newsroom/workflow.js';
import { createUser } from '../src/newsroom/users.js';
import { createEndpoint } from '../src/webhooks/endpoints.js';
import { LEASE_MS, RETRY_WINDOW_MS, WebhookWorker } from '../src/webhooks/worker.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { formOf } from './helpers/newsroom-client.js';
import { assertCsrfRefused, assertOnlyRoles, loginAllRoles, type RoleClients } from './helpers/role-clients.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: records what it gets, answers `status`, or never answers. */
class Receiver {
  readonly received: Received[] = [];
  status = 200;
  hang = false;
  private readonly server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      this.received.push({ headers: req.headers, body });
      if (this.hang) return;
      res.writeHead(this.status).end('ok');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  close() {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const SECRET = 'khoa-bi-mat-cua-toa-soan-123';
const policy = { managingEditorMayPublish: false };

for (const dialect of dialects) {
  describe(`webhooks (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    let receiver: Receiver;
    let hookUrl: string;
    let chief: User;
    let worker: WebhookWorker;
    before(async () => {
      t = await createTestApp(dialect, { webhookAllowPrivate: true });
      fixture = await seedFixture(t, 2);
      chief = await createUser(t.db.kysely, { username: 'tbt', displayName: 'Tổng Biên Tập', role: 'editor_in_chief' });
      receiver = new Receiver();
      hookUrl = await receiver.start();
      worker = new WebhookWorker(t.db, { siteUrl: () => 'http://bao.test', allowPrivate: true });
    });
    after(async () => {
      await receiver.close();
      await t.close();
    });
    beforeEach(async () => {
      await t.db.kysely.deleteFrom('webhook_endpoints').execute();
      await t.db.kysely.deleteFrom('webhook_events').execute();
      receiver.received.length = 0;
      receiver.status = 200;
      receiver.hang = false;
    });

    const actor = () => ({ id: chief.id, role: chief.role, sectionIds: [] });
    const events = () => t.db.kysely.selectFrom('webhook_events').selectAll().orderBy('created_at').execute();
    const deliveries = () => t.db.kysely.selectFrom('webhook_deliveries').selectAll().orderBy('id').execute();
    const draft = async (title: string) => {
      const row = await t.db.kysely
        .insertInto('articles')
        .values({
          title,
          slug: `bai-${Math.random().toString(36).slice(2)}`,
          lead: 'Sapo.',
          body_html: '<p>x</p>',
          section_id: fixture.sections.news.id,
          status: 'edited',
          published_at: null,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
          byline: 'Thu Hà',
          author_id: fixture.authorId,
          featured_image_id: null,
          featured_caption: '',
          featured_credit: '',
          seo_title: '',
          seo_description: '',
          trashed_at: null,
          status_before_trash: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return row;
    };

    it('publishing, editing, unpublishing, the scheduler and comment approval each write an event with the change', async () => {
      const all = await createEndpoint(
        t.db.kysely,
        { url: hookUrl, secret: SECRET, events: ['article.published', 'article.updated', 'article.unpublished', 'comment.approved'] },
        chief.id,
      );
      const onlyComments = await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['comment.approved'] }, chief.id);
      const article = await draft('Bài sắp đăng');
      await applyTransition(t.db.kysely, actor(), article.id, { name: 'publish' }, policy);
      const live = await t.db.kysely.selectFrom('articles').selectAll().where('id', '=', article.id).executeTakeFirstOrThrow();
      const edited = await saveContent(t.db.kysely, actor(), article.id, { ...contentOf(live), title: 'Bài đã sửa' }, { baseVersion: live.version, policy });
      await workingCopyStep(t.db.kysely, actor(), article.id, { step: 'update_live', baseVersion: edited.version }, policy);
      await applyTransition(t.db.kysely, actor(), article.id, { name: 'unpublish' }, policy);
      const scheduled = await draft('Bài hẹn giờ');
      await t.db.kysely
        .updateTable('articles')
        .set({ status: 'scheduled', published_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', scheduled.id)
        .execute();
      assert.deepEqual(await publishDue(t.db.kysely), [scheduled.id]);
      const comment = await insertComment(t.db.kysely, {
        articleId: fixture.articles[0].id,
        parentId: null,
        name: 'Bạn đọc',
        email: '',
        body: 'Bài hay.',
        ipHash: 'x',
        status: 'pending',
      });
      await moderateComments(t.db.kysely, [comment.id], 'approve', chief.id);
      await moderateComments(t.db.kysely, [comment.id], 'approve', chief.id);
      const types = (await events()).map((e) => e.type);
      assert.deepEqual(
        types,
        ['article.published', 'article.updated', 'article.unpublished', 'article.published', 'comment.approved'],
        'approving twice is one event',
      );
      const byEndpoint = (id: number) => deliveries().then((ds) => ds.filter((d) => d.endpoint_id === id).length);
      assert.equal(await byEndpoint(all.id), 5);
      assert.equal(await byEndpoint(onlyComments.id), 1);
      const updated = JSON.parse((await events())[1].payload) as { article: { title: string; path: string } };
      assert.equal(updated.article.title, 'Bài đã sửa');
    });

    it('the outbox row is part of the change: when it cannot be written, the publish does not happen', async () => {
      await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      const article = await draft('Bài không đăng được');
      if (dialect === 'sqlite')
        await sql`CREATE TRIGGER outbox_down BEFORE INSERT ON webhook_events BEGIN SELECT RAISE(ABORT, 'outbox down'); END`.execute(t.db.kysely);
      else {
        await sql`CREATE FUNCTION outbox_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$ LANGUAGE plpgsql`.execute(t.db.kysely);
        await sql`CREATE TRIGGER outbox_down BEFORE INSERT ON webhook_events FOR EACH ROW EXECUTE FUNCTION outbox_down()`.execute(t.db.kysely);
      }
      try {
        await assert.rejects(applyTransition(t.db.kysely, actor(), article.id, { name: 'publish' }, policy));
      } finally {
        await sql`DROP TRIGGER outbox_down${sql.raw(dialect === 'postgres' ? ' ON webhook_events' : '')}`.execute(t.db.kysely);
      }
      const after = await t.db.kysely.selectFrom('articles').select(['status']).where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.equal(after.status, 'edited');
      assert.equal((await events()).length, 0);
    });

    it('sends signed JSON with a timestamp and an idempotency key; a 2xx marks it delivered', async () => {
      const endpoint = await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      const article = await draft('Tin nóng');
      await applyTransition(t.db.kysely, actor(), article.id, { name: 'publish' }, policy);
      assert.equal(await worker.runOnce(), 1);
      assert.equal(receiver.received.length, 1);
      const { headers, body } = receiver.received[0];
      const timestamp = Number(headers['x-toasoan-timestamp']);
      assert.ok(Math.abs(timestamp - Date.now() / 1000) < 60);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
      assert.equal(headers['x-toasoan-signature'], expected);
      const [event] = await events();
      assert.equal(headers['idempotency-key'], event.id);
      assert.equal(headers['x-toasoan-event'], 'article.published');
      const json = JSON.parse(body) as { id: string; type: string; data: { article: { id: number; url: string; title: string } } };
      assert.equal(json.id, event.id);
      assert.equal(json.data.article.id, article.id);
      assert.match(json.data.article.url, new RegExp(`^http://bao\\.test/thoi-su/.+-${article.id}\\.html$`));
      const [delivery] = await deliveries();
      assert.equal(delivery.status, 'delivered');
      assert.equal(delivery.last_status_code, 200);
      assert.equal(delivery.endpoint_id, endpoint.id);
      assert.equal(await worker.runOnce(), 0, 'nothing left to send');
    });

    it('retries a failing endpoint with growing delays for a day, then gives up', async () => {
      await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      await applyTransition(t.db.kysely, actor(), (await draft('Tin lỗi')).id, { name: 'publish' }, policy);
      receiver.status = 503;
      const start = Date.now();
      await worker.runOnce(new Date(start));
      let [d] = await deliveries();
      assert.equal(d.status, 'pending');
      assert.equal(d.attempts, 1);
      assert.equal(d.last_status_code, 503);
      const firstDelay = Date.parse(d.next_attempt_at) - start;
      assert.ok(firstDelay >= 24_000 && firstDelay <= 36_000, String(firstDelay));
      assert.equal(await worker.runOnce(new Date(start + 1000)), 0, 'not due yet');
      await worker.runOnce(new Date(Date.parse(d.next_attempt_at)));
      [d] = await deliveries();
      const secondDelay = Date.parse(d.next_attempt_at) - Date.parse(d.last_attempt_at ?? '');
      assert.ok(secondDelay > firstDelay, `${secondDelay} > ${firstDelay}`);
      assert.equal(receiver.received.length, 2);
      assert.equal(new Set(receiver.received.map((r) => r.headers['idempotency-key'])).size, 1, 'the same key on every try');
      await worker.runOnce(new Date(start + RETRY_WINDOW_MS + 60_000));
      [d] = await deliveries();
      assert.equal(d.status, 'failed');
      assert.equal(d.attempts, 3);
    });

    it('sends each event once per endpoint when several nodes run the worker at the same time', async () => {
      const a = await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      const b = await createEndpoint(t.db.kysely, { url: `${hookUrl}?b`, secret: SECRET, events: ['article.published'] }, chief.id);
      for (let i = 0; i < 12; i++) await applyTransition(t.db.kysely, actor(), (await draft(`Tin ${i}`)).id, { name: 'publish' }, policy);
      const nodes: Db[] = [openDatabase(t.config.databaseUrl), openDatabase(t.config.databaseUrl), openDatabase(t.config.databaseUrl)];
      try {
        const workers = nodes.map((db, i) => new WebhookWorker(db, { siteUrl: () => 'http://bao.test', allowPrivate: true, nodeId: `node-${i}` }));
        for (let round = 0; round < 6; round++) await Promise.all(workers.map((w) => w.runOnce()));
      } finally {
        await Promise.all(nodes.map((db) => db.close()));
      }
      const keys = receiver.received.map((r) => `${r.headers['idempotency-key']} ${r.headers['x-toasoan-delivery']}`);
      assert.equal(keys.length, 24, 'twelve events, two endpoints');
      assert.equal(new Set(keys).size, 24, 'no delivery sent twice');
      assert.ok((await deliveries()).every((d) => d.status === 'delivered' && [a.id, b.id].includes(d.endpoint_id)));
    });

    it('a node killed with kill -9 mid-send leaves the delivery to be sent again after its claim expires', async () => {
      await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      await applyTransition(t.db.kysely, actor(), (await draft('Tin trước sự cố')).id, { name: 'publish' }, policy);
      receiver.hang = true;
      const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'webhook-node.ts');
      const child = spawn(process.execPath, ['--import', 'tsx', script, t.config.databaseUrl, 'doomed-node'], { stdio: 'ignore' });
      for (let i = 0; i < 200 && receiver.received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(receiver.received.length, 1, 'the child got as far as sending');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      let [d] = await deliveries();
      assert.equal(d.status, 'pending');
      assert.equal(d.locked_by, 'doomed-node');
      receiver.hang = false;
      assert.equal(await worker.runOnce(), 0, 'the claim still holds');
      await worker.runOnce(new Date(Date.now() + LEASE_MS + 1000));
      [d] = await deliveries();
      assert.equal(d.status, 'delivered');
      assert.equal(receiver.received.length, 2);
      assert.equal(receiver.received[0].headers['idempotency-key'], receiver.received[1].headers['idempotency-key']);
    });

    it('refuses to send to a private address at send time unless allowed', async () => {
      await createEndpoint(t.db.kysely, { url: hookUrl, secret: SECRET, events: ['article.published'] }, chief.id);
      await applyTransition(t.db.kysely, actor(), (await draft('Tin nội bộ')).id, { name: 'publish' }, policy);
      const strict = new WebhookWorker(t.db, { siteUrl: () => 'http://bao.test', allowPrivate: false });
      await strict.runOnce();
      const [d] = await deliveries();
      assert.equal(receiver.received.length, 0);
      assert.equal(d.status, 'pending');
      assert.match(d.last_error, /nội bộ/);
    });
  });
}

function contentOf(article: Parameters<typeof formOf>[0]) {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    bodyHtml: article.body_html,
    sectionId: article.section_id,
    tags: [],
    byline: article.byline,
    featuredImageId: article.featured_image_id,
    featuredCaption: article.featured_caption,
    featuredCredit: article.featured_credit,
    seoTitle: article.seo_title,
    seoDescription: article.seo_description,
  };
}

describe('webhook screens in the newsroom', () => {
  let t: TestApp;
  let clients: RoleClients;
  let receiver: Receiver;
  let hookUrl: string;
  before(async () => {
    t = await createTestApp('sqlite');
    clients = await loginAllRoles(t);
    receiver = new Receiver();
    hookUrl = await receiver.start();
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  it('only administrators see and change webhooks, with CSRF', async () => {
    await assertOnlyRoles(t, clients, { method: 'GET', url: '/admin/webhook' }, ['admin']);
    await assertOnlyRoles(t, clients, { method: 'POST', url: '/admin/webhook', form: { url: 'https://8.8.8.8/hook', events: 'article.published' } }, ['admin']);
    await assertCsrfRefused(t, clients.admin, '/admin/webhook', { url: 'https://8.8.8.8/hook', events: 'article.published' });
  });

  it('refuses loopback and private addresses and bad events, changing nothing', async () => {
    const before = await t.db.kysely.selectFrom('webhook_endpoints').selectAll().execute();
    await clients.admin.get('/admin/webhook');
    const forms: Record<string, string>[] = [
      { url: hookUrl, events: 'article.published' },
      { url: 'http://localhost/x', events: 'article.published' },
      { url: 'https://8.8.8.8/x', events: 'bai.bi.xoa' },
      { url: 'https://8.8.8.8/x', secret: 'ngan', events: 'article.published' },
    ];
    for (const form of forms) {
      const res = await clients.admin.post('/admin/webhook', form);
      assert.equal(res.statusCode, 400, JSON.stringify(form));
      assert.match(res.body, /nội bộ|sự kiện|Khóa bí mật/);
    }
    assert.deepEqual(await t.db.kysely.selectFrom('webhook_endpoints').selectAll().execute(), before);
  });

  it('shows each delivery with its last response code, and can switch an endpoint off and delete it', async () => {
    const endpoint = await t.db.kysely.selectFrom('webhook_endpoints').selectAll().executeTakeFirstOrThrow();
    const chief = await t.db.kysely.selectFrom('users').selectAll().where('role', '=', 'editor_in_chief').executeTakeFirstOrThrow();
    const fixture = await seedFixture(t, 1);
    await t.db.kysely.updateTable('articles').set({ status: 'edited' }).where('id', '=', fixture.articles[0].id).execute();
    await applyTransition(t.db.kysely, { id: chief.id, role: chief.role, sectionIds: [] }, fixture.articles[0].id, { name: 'publish' }, policy);
    // That endpoint is a public address no test can reach: point its delivery at the local receiver.
    await t.db.kysely.updateTable('webhook_endpoints').set({ url: hookUrl }).where('id', '=', endpoint.id).execute();
    receiver.status = 410;
    await new WebhookWorker(t.db, { siteUrl: () => 'http://bao.test', allowPrivate: true }).runOnce();
    const page = await clients.admin.get('/admin/webhook');
    assert.match(page.body, /<td class="delivery-code">410/);
    assert.match(page.body, /article\.published/);
    assert.equal((await clients.admin.post(`/admin/webhook/${endpoint.id}/tat`)).statusCode, 303);
    assert.equal((await t.db.kysely.selectFrom('webhook_endpoints').select('active').where('id', '=', endpoint.id).executeTakeFirstOrThrow()).active, 0);
    await clients.admin.get('/admin/webhook');
    assert.equal((await clients.admin.post(`/admin/webhook/${endpoint.id}/xoa`)).statusCode, 303);
    assert.equal((await t.db.kysely.selectFrom('webhook_deliveries').selectAll().execute()).length, 0);
    await clients.admin.get('/admin/webhook');
    assert.equal((await clients.admin.post('/admin/webhook/999/xoa')).statusCode, 404);
  });
});
