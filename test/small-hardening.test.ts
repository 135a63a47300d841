import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/connection.js';
import { INITIAL_PASSWORD_FILE } from '../src/newsroom/initial-password.js';
import { verifyPassword } from '../src/newsroom/passwords.js';
import { DatabaseSessionStore } from '../src/newsroom/sessions.js';
import { createUser } from '../src/newsroom/users.js';
import { AUDIT_NOTE_MAX } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { loginAllRoles } from './helpers/role-clients.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PASSWORD = 'mật-khẩu-đủ-dài-123';

describe('files on disk', () => {
  it('a new SQLite database file is readable by its owner only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-mode-'));
    try {
      const db = openDatabase(`sqlite:${path.join(dir, 'bao.db')}`);
      await db.kysely
        .selectFrom('sqlite_master' as never)
        .selectAll()
        .execute();
      await db.close();
      assert.equal(statSync(path.join(dir, 'bao.db')).mode & 0o777, 0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('user:reset-password reads --password-stdin and removes the stale first-password file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-stdin-'));
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${path.join(dir, 'x.db')}`,
      LOG_LEVEL: 'silent',
      NODE_NO_WARNINGS: '1',
    };
    const cli = (args: string[], input?: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli/main.ts', ...args],
          { cwd: ROOT, env, timeout: 60_000 },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
        );
        child.stdin?.end(input ?? '');
      });
    try {
      const created = await cli(['user:create', '--username', 'admin', '--name', 'Quản trị', '--role', 'admin', '--password-stdin'], 'mat-khau-tu-stdin-1\n');
      assert.equal(created.code, 0, created.stderr);
      assert.doesNotMatch(created.stdout, /mat-khau-tu-stdin-1/);
      writeFileSync(path.join(dir, INITIAL_PASSWORD_FILE), 'cu\n', { mode: 0o600 });
      const reset = await cli(['user:reset-password', '--username', 'admin', '--password-stdin'], 'mat-khau-moi-stdin-2\n');
      assert.equal(reset.code, 0, reset.stderr);
      assert.equal(existsSync(path.join(dir, INITIAL_PASSWORD_FILE)), false);
      const db = openDatabase(env.DATABASE_URL);
      const row = await db.kysely.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
      await db.close();
      assert.ok(await verifyPassword('mat-khau-moi-stdin-2', row.password_hash ?? ''));
      const both = await cli(['user:reset-password', '--username', 'admin', '--password', 'x', '--password-stdin'], 'y\n');
      assert.equal(both.code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const dialect of dialects) {
  describe(`sessions, CSRF and audit notes (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(async () => t.close());

    it('a session ends at its absolute lifetime however busy it is', async () => {
      const user = await createUser(t.db.kysely, { username: 'bandoc', displayName: 'B', role: 'reporter' });
      let now = Date.parse('2024-03-01T08:00:00.000Z');
      const store = new DatabaseSessionStore(t.db.kysely, { idleMs: 60 * 60_000, maxAgeMs: 12 * 60 * 60_000, now: () => now });
      const token = await store.create(user.id);
      for (let hour = 0; hour < 11; hour++) {
        now += 55 * 60_000;
        assert.ok(await store.resume(token), `hour ${hour}`);
      }
      now += 2 * 60 * 60_000 - 11 * 5 * 60_000 + 60_000;
      assert.equal(await store.resume(token), null);
    });

    it('the CSRF secret is renewed at login and logout: a token from before is refused after', async () => {
      await createUser(t.db.kysely, { username: 'minhkhoa', displayName: 'Minh Khoa', role: 'reporter', password: PASSWORD });
      const browser = new NewsroomClient(t.app);
      await browser.get('/admin/dang-nhap');
      const beforeSecret = browser.cookies.get('toasoan_csrf');
      const beforeToken = browser.token;
      await browser.post('/admin/dang-nhap', { username: 'minhkhoa', password: PASSWORD });
      assert.equal(browser.cookies.get('toasoan_csrf'), undefined, 'cleared at login');
      await browser.get('/admin');
      assert.notEqual(browser.cookies.get('toasoan_csrf'), beforeSecret);
      const stale = await browser.post('/admin/mat-khau', { current: PASSWORD, next: 'mat-khau-moi-du-dai', confirm: 'mat-khau-moi-du-dai' }, beforeToken);
      assert.equal(stale.statusCode, 403);
      const insideToken = browser.token;
      await browser.post('/admin/dang-xuat', {});
      assert.equal(browser.cookies.get('toasoan_csrf'), undefined, 'cleared at logout');
      await browser.get('/admin/dang-nhap');
      const replay = await browser.post('/admin/dang-nhap', { username: 'minhkhoa', password: PASSWORD }, insideToken);
      assert.equal(replay.statusCode, 403);
    });

    it('an audit note longer than the limit is refused and nothing changes', async () => {
      const fx = await seedFixture(t, 1, { status: 'submitted', publishedAt: null });
      const clients = await loginAllRoles(t);
      await t.db.kysely
        .insertInto('user_sections')
        .values({
          user_id: (await t.db.kysely.selectFrom('users').select('id').where('username', '=', 'bientap').executeTakeFirstOrThrow()).id,
          section_id: fx.sections.news.id,
        })
        .execute();
      const id = fx.articles[0].id;
      await clients.editor.get(`/admin/bai-viet/${id}`);
      const audit = async () => (await t.db.kysely.selectFrom('audit_log').select('id').where('article_id', '=', id).execute()).length;
      const before = await audit();
      const long = await clients.editor.post(`/admin/bai-viet/${id}/chuyen`, { name: 'return', note: 'Lý do. '.repeat(AUDIT_NOTE_MAX) });
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /Ghi chú dài quá/);
      assert.equal(await audit(), before);
      const ok = await clients.editor.post(`/admin/bai-viet/${id}/chuyen`, { name: 'return', note: 'Cần thêm số liệu.' });
      assert.equal(ok.statusCode, 303);
    });

    it('a NUL character anywhere gets a 400, not a database error', async () => {
      for (const url of ['/tac-gia/%00', '/chu-de/a%00b', '/tim-kiem?q=%00', '/api/v1/search?q=a%00']) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 400, url);
        assert.match(response.body, /ký tự không hợp lệ/);
      }
      const comment = await t.app.inject({
        method: 'POST',
        url: '/binh-luan',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'article_id=1&body=a%00b',
      });
      assert.equal(comment.statusCode, 400);
    });
  });
}
