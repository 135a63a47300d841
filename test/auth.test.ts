import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { LOGIN_FAILED } from '../src/admin/pages/login.js';
import type { User, UserRole } from '../src/db/schema.js';
import { LoginThrottle, THROTTLE } from '../src/newsroom/login-throttle.js';
import { DatabaseSessionStore, hashToken, RedisSessionStore, SESSION_COOKIE, TOUCH_INTERVAL_MS, type SessionStore } from '../src/newsroom/sessions.js';
import { createUser, setPassword } from '../src/newsroom/users.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities, NewsroomClient } from './helpers/newsroom-client.js';

const MINUTE_MS = 60_000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CSRF_REFUSED = 'Biểu mẫu đã hết hạn hoặc không hợp lệ';

/** The text of the login page's error, or undefined when there is none. */
function loginError(response: LightMyRequestResponse): string | undefined {
  const match = /<p class="alert alert-error" role="alert">([^<]*)<\/p>/.exec(response.body);
  return match ? decodeEntities(match[1]) : undefined;
}

async function isLoggedIn(browser: NewsroomClient): Promise<boolean> {
  const response = await browser.get('/admin/mat-khau');
  if (response.statusCode === 200) return true;
  assert.equal(response.statusCode, 302);
  return false;
}

const PASSWORD = 'mat-khau-cu-du-dai';

async function addUser(t: TestApp, username: string, role: UserRole = 'reporter', password = PASSWORD): Promise<User> {
  return createUser(t.db.kysely, { username, displayName: `Người dùng ${username}`, role, password });
}

async function passwordHash(t: TestApp, id: number): Promise<string | null> {
  const row = await t.db.kysely.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
  return row.password_hash;
}

for (const dialect of dialects) {
  describe(`accounts and sessions (${dialect})`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp(dialect);
    });
    afterEach(async () => {
      await t.close();
    });

    it('logs in, sets an HttpOnly SameSite=Lax session cookie, and stores only the token hash', async () => {
      const user = await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      const response = await browser.attemptLogin('ThuHa ', PASSWORD, '/admin/mat-khau');
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/admin/mat-khau');
      const header = [response.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`));
      assert.ok(header);
      assert.match(header, /; HttpOnly/);
      assert.match(header, /; SameSite=Lax/);
      assert.match(header, /; Path=\//);
      assert.doesNotMatch(header, /; Secure/);

      const token = browser.session;
      assert.ok(token);
      const rows = await t.db.kysely.selectFrom('sessions').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].id, hashToken(token));
      assert.notEqual(rows[0].id, token);
      assert.equal(rows[0].user_id, user.id);

      const page = await browser.get('/admin/mat-khau');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="vi">/);
      assert.match(page.body, /Người dùng thuha/);
      assert.match(page.body, /Phóng viên/);
      assert.match(page.body, /action="\/admin\/dang-xuat"/);
      assert.match(page.body, /<link rel="stylesheet" href="\/static\/admin\.css\?v=[0-9a-f]{12}"/);
      assert.equal(page.headers['cache-control'], 'no-store');
    });

    it('sends the return path only to newsroom pages', async () => {
      await addUser(t, 'thuha');
      for (const [next, expected] of [
        ['/admin/bai-viet?trang=2', '/admin/bai-viet?trang=2'],
        ['https://evil.example/admin', '/admin'],
        ['//evil.example/admin', '/admin'],
        ['/administrator', '/admin'],
        ['/admin\\@evil.example', '/admin'],
      ]) {
        const browser = new NewsroomClient(t.app);
        const response = await browser.attemptLogin('thuha', PASSWORD, next);
        assert.equal(response.headers.location, expected, next);
      }
      const login = await new NewsroomClient(t.app).get('/admin/dang-nhap?tiep=%2F%2Fevil.example');
      assert.match(login.body, /name="tiep" value="\/admin"/);
    });

    it('gives the same status and message for a wrong password, an unknown user and an inactive user', async () => {
      await addUser(t, 'thuha');
      const inactive = await addUser(t, 'nghiviec');
      await t.db.kysely.updateTable('users').set({ active: 0 }).where('id', '=', inactive.id).execute();
      const attempts = [
        ['thuha', 'sai-mat-khau-roi'],
        ['khongcoai', PASSWORD],
        ['nghiviec', PASSWORD],
      ];
      for (const [username, password] of attempts) {
        const browser = new NewsroomClient(t.app, `198.51.100.${attempts.findIndex((a) => a[0] === username) + 1}`);
        const response = await browser.attemptLogin(username, password);
        assert.equal(response.statusCode, 401, username);
        assert.equal(loginError(response), LOGIN_FAILED, username);
        assert.equal(browser.session, undefined, username);
      }
      assert.equal((await t.db.kysely.selectFrom('sessions').selectAll().execute()).length, 0);
    });

    it('locks an account at one address for 15 minutes after 10 failures, even for the right password; not its owner elsewhere', async () => {
      await addUser(t, 'thuha');
      await addUser(t, 'minhkhoa');
      const attacker = '203.0.113.9';
      for (let i = 1; i <= THROTTLE.maxFailures; i++) {
        const response = await new NewsroomClient(t.app, attacker).attemptLogin('thuha', `doan-sai-lan-${i}`);
        assert.equal(response.statusCode, 401);
      }
      const locked = await new NewsroomClient(t.app, attacker).attemptLogin('thuha', PASSWORD);
      assert.equal(locked.statusCode, 401);
      assert.equal(loginError(locked), LOGIN_FAILED);

      const rows = await t.db.kysely.selectFrom('login_throttle').selectAll().where('locked_until', 'is not', null).execute();
      assert.equal(rows.length, 2, 'the pair and the address');
      for (const row of rows) {
        const lockMs = Date.parse(row.locked_until ?? '') - Date.now();
        assert.ok(lockMs > 14 * MINUTE_MS && lockMs <= 15 * MINUTE_MS, `locked for ${lockMs} ms`);
      }
      // The owner, at their own address, is not locked out by someone guessing elsewhere.
      const owner = await new NewsroomClient(t.app, '203.0.113.50').attemptLogin('thuha', PASSWORD);
      assert.equal(owner.statusCode, 303);
      const other = await new NewsroomClient(t.app, '203.0.113.51').attemptLogin('minhkhoa', PASSWORD);
      assert.equal(other.statusCode, 303);

      // When the 15 minutes are over, the right password works again from there too.
      await t.db.kysely
        .updateTable('login_throttle')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .execute();
      const later = await new NewsroomClient(t.app, attacker).attemptLogin('thuha', PASSWORD);
      assert.equal(later.statusCode, 303);
    });

    it('locks an address after 10 failures from it, whatever the usernames', async () => {
      await addUser(t, 'thuha');
      const attacker = new NewsroomClient(t.app, '203.0.113.99');
      for (let i = 1; i <= THROTTLE.maxFailures; i++) {
        const response = await attacker.attemptLogin(`ten-doan-${i}`, 'mot-mat-khau-bat-ky');
        assert.equal(response.statusCode, 401);
      }
      const fromSameAddress = await new NewsroomClient(t.app, '203.0.113.99').attemptLogin('thuha', PASSWORD);
      assert.equal(fromSameAddress.statusCode, 401);
      assert.equal(loginError(fromSameAddress), LOGIN_FAILED);
      const fromElsewhere = await new NewsroomClient(t.app, '203.0.113.100').attemptLogin('thuha', PASSWORD);
      assert.equal(fromElsewhere.statusCode, 303);
    });

    it('ends the session on logout', async () => {
      await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.attemptLogin('thuha', PASSWORD);
      const token = browser.session;
      assert.ok(token);
      const response = await browser.submit('/admin/dang-xuat', { _csrf: await browser.csrf('/admin/mat-khau') });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/admin/dang-nhap');
      assert.equal(browser.session, undefined);
      assert.equal((await t.db.kysely.selectFrom('sessions').selectAll().execute()).length, 0);
      // The old cookie, replayed, opens nothing.
      browser.cookies.set(SESSION_COOKIE, token);
      assert.equal(await isLoggedIn(browser), false);
    });

    it('ends a session left idle longer than SESSION_IDLE_MINUTES', async () => {
      await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.attemptLogin('thuha', PASSWORD);
      const idle = t.config.sessionIdleMinutes;
      assert.equal(idle, 120);
      const age = (minutes: number) =>
        t.db.kysely
          .updateTable('sessions')
          .set({ last_seen_at: new Date(Date.now() - minutes * MINUTE_MS).toISOString() })
          .execute();

      await age(idle - 2);
      assert.equal(await isLoggedIn(browser), true);
      // That request renewed the idle clock.
      const seen = await t.db.kysely.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow();
      assert.ok(Date.now() - Date.parse(seen.last_seen_at) < MINUTE_MS);

      await age(idle + 1);
      assert.equal(await isLoggedIn(browser), false);
      assert.equal((await t.db.kysely.selectFrom('sessions').selectAll().execute()).length, 0);
    });

    it('treats a deactivated user as logged out', async () => {
      const user = await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.attemptLogin('thuha', PASSWORD);
      assert.equal(await isLoggedIn(browser), true);
      await t.db.kysely.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();
      assert.equal(await isLoggedIn(browser), false);
    });

    it('changes the own password: keeps this browser logged in, ends the other sessions', async () => {
      const user = await addUser(t, 'thuha');
      const here = new NewsroomClient(t.app, '192.0.2.10');
      const elsewhere = new NewsroomClient(t.app, '192.0.2.11');
      await here.attemptLogin('thuha', PASSWORD);
      await elsewhere.attemptLogin('thuha', PASSWORD);
      const before = here.session;

      const newPassword = 'mat-khau-moi-that-dai';
      const response = await here.submit('/admin/mat-khau', {
        _csrf: await here.csrf('/admin/mat-khau'),
        current: PASSWORD,
        next: newPassword,
        confirm: newPassword,
      });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/admin/mat-khau?da-doi=1');
      assert.notEqual(here.session, before, 'the session is re-created with a new token');
      assert.equal(await isLoggedIn(here), true);
      assert.equal(await isLoggedIn(elsewhere), false);
      const sessions = await t.db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
      assert.equal(sessions.length, 1);

      assert.equal((await new NewsroomClient(t.app, '192.0.2.12').attemptLogin('thuha', PASSWORD)).statusCode, 401);
      assert.equal((await new NewsroomClient(t.app, '192.0.2.13').attemptLogin('thuha', newPassword)).statusCode, 303);
    });

    it('refuses a password change with a wrong current password, a short or mismatched new one', async () => {
      const user = await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.attemptLogin('thuha', PASSWORD);
      const hash = await passwordHash(t, user.id);
      const cases = [
        { current: 'khong-phai-mat-khau', next: 'mat-khau-moi-that-dai', confirm: 'mat-khau-moi-that-dai', error: /Mật khẩu hiện tại không đúng/ },
        { current: PASSWORD, next: 'ngan', confirm: 'ngan', error: /ít nhất 10 ký tự/ },
        { current: PASSWORD, next: 'mat-khau-moi-that-dai', confirm: 'mat-khau-khac-han-di', error: /không khớp/ },
      ];
      for (const { error, ...form } of cases) {
        const response = await browser.submit('/admin/mat-khau', { _csrf: await browser.csrf('/admin/mat-khau'), ...form });
        assert.equal(response.statusCode, 400);
        assert.match(response.body, error);
      }
      assert.equal(await passwordHash(t, user.id), hash);
      assert.equal(await isLoggedIn(browser), true);
    });

    it('lets an administrator reset a password, ending that user’s sessions; others get 403', async () => {
      await addUser(t, 'quantri', 'admin');
      const reporter = await addUser(t, 'thuha');
      const adminBrowser = new NewsroomClient(t.app, '192.0.2.20');
      const reporterBrowser = new NewsroomClient(t.app, '192.0.2.21');
      await adminBrowser.attemptLogin('quantri', PASSWORD);
      await reporterBrowser.attemptLogin('thuha', PASSWORD);

      // A reporter may not reset anyone's password, the administrator's included.
      const admin = await t.db.kysely.selectFrom('users').selectAll().where('username', '=', 'quantri').executeTakeFirstOrThrow();
      const refused = await reporterBrowser.submit(`/admin/nguoi-dung/${admin.id}/mat-khau`, {
        _csrf: await reporterBrowser.csrf('/admin/mat-khau'),
        password: 'chiem-quyen-quan-tri',
      });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Không có quyền/);
      assert.equal(admin.password_hash, await passwordHash(t, admin.id));
      assert.equal(await isLoggedIn(adminBrowser), true);

      const tooShort = await adminBrowser.submit(`/admin/nguoi-dung/${reporter.id}/mat-khau`, {
        _csrf: await adminBrowser.csrf('/admin/mat-khau'),
        password: 'ngan',
      });
      assert.equal(tooShort.statusCode, 400);
      assert.equal(await isLoggedIn(reporterBrowser), true);

      const missing = await adminBrowser.submit('/admin/nguoi-dung/999999/mat-khau', {
        _csrf: await adminBrowser.csrf('/admin/mat-khau'),
        password: 'mat-khau-cap-lai-moi',
      });
      assert.equal(missing.statusCode, 404);

      const reset = await adminBrowser.submit(`/admin/nguoi-dung/${reporter.id}/mat-khau`, {
        _csrf: await adminBrowser.csrf('/admin/mat-khau'),
        password: 'mat-khau-cap-lai-moi',
      });
      assert.equal(reset.statusCode, 200);
      assert.match(reset.body, /Đã đặt lại mật khẩu/);
      assert.equal(await isLoggedIn(reporterBrowser), false);
      assert.equal(await isLoggedIn(adminBrowser), true);
      assert.equal((await new NewsroomClient(t.app, '192.0.2.22').attemptLogin('thuha', 'mat-khau-cap-lai-moi')).statusCode, 303);
    });

    it('refuses state changes with a missing or wrong CSRF token, changing nothing', async () => {
      const user = await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.attemptLogin('thuha', PASSWORD);
      const hash = await passwordHash(t, user.id);
      const form = { current: PASSWORD, next: 'mat-khau-moi-that-dai', confirm: 'mat-khau-moi-that-dai' };

      const missing = await browser.submit('/admin/mat-khau', form);
      assert.equal(missing.statusCode, 403);
      assert.match(missing.body, new RegExp(CSRF_REFUSED));
      const wrong = await browser.submit('/admin/mat-khau', { ...form, _csrf: 'khong-phai-ma-that' });
      assert.equal(wrong.statusCode, 403);
      // A token minted for another browser does not fit this browser's secret.
      const foreign = await new NewsroomClient(t.app).csrf();
      assert.equal((await browser.submit('/admin/mat-khau', { ...form, _csrf: foreign })).statusCode, 403);
      assert.equal(await passwordHash(t, user.id), hash);
      const logout = await browser.submit('/admin/dang-xuat', {});
      assert.equal(logout.statusCode, 403);
      assert.equal(await isLoggedIn(browser), true);

      // The header works for scripts.
      const token = await browser.csrf('/admin/mat-khau');
      const viaHeader = await browser.submit('/admin/mat-khau', form, { 'x-csrf-token': token });
      assert.equal(viaHeader.statusCode, 303);
    });

    it('protects the login form with CSRF too', async () => {
      await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app);
      await browser.get('/admin/dang-nhap');
      const response = await browser.submit('/admin/dang-nhap', { username: 'thuha', password: PASSWORD });
      assert.equal(response.statusCode, 403);
      assert.match(response.body, new RegExp(CSRF_REFUSED));
      assert.equal(browser.session, undefined);
      assert.equal((await t.db.kysely.selectFrom('sessions').selectAll().execute()).length, 0);
    });

    it('sends anonymous GETs to the login page and refuses anonymous POSTs with 401', async () => {
      const browser = new NewsroomClient(t.app);
      const page = await browser.get('/admin/mat-khau');
      assert.equal(page.statusCode, 302);
      assert.equal(page.headers.location, '/admin/dang-nhap?tiep=%2Fadmin%2Fmat-khau');
      // Percent-escapes reach the same route; they must not get past the check.
      const escaped = await browser.get('/%61dmin/mat-khau');
      assert.equal(escaped.statusCode, 302);
      const unknown = await browser.get('/admin/khong-co-trang-nay?a=1');
      assert.equal(unknown.headers.location, '/admin/dang-nhap?tiep=%2Fadmin%2Fkhong-co-trang-nay%3Fa%3D1');

      const post = await browser.submit('/admin/mat-khau', { _csrf: await browser.csrf(), current: 'x', next: 'y', confirm: 'y' });
      assert.equal(post.statusCode, 401);
      assert.match(post.body, /Cần đăng nhập/);
      const json = await browser.request('POST', '/admin/nguoi-dung/1/mat-khau', {
        form: { password: 'mat-khau-bat-ky-1' },
        headers: { accept: 'application/json' },
      });
      assert.equal(json.statusCode, 401);
      assert.equal(typeof json.json<{ error: string }>().error, 'string');
    });

    it('counts the attempts of an unknown username and locks it like a real one, longer each time', async () => {
      let now = Date.parse('2024-03-01T08:00:00.000Z');
      const throttle = new LoginThrottle(t.db.kysely, 'bi-mat-thu', () => now);
      const fail = async (keys: ReturnType<LoginThrottle['keys']>) => {
        const allowed = await throttle.reserve(keys);
        if (allowed) await throttle.recordFailure(keys);
        return allowed;
      };
      const keys = throttle.keys('khongcoai', '203.0.113.7');
      for (let i = 0; i < THROTTLE.maxFailures - 1; i++) assert.equal(await fail(keys), true);
      assert.equal(await throttle.isLocked(keys), false);
      assert.equal(await fail(keys), true);
      assert.equal(await throttle.isLocked(keys), true);
      assert.equal(await throttle.reserve(keys), false);
      now += 15 * MINUTE_MS - 1000;
      assert.equal(await throttle.isLocked(keys), true);
      now += 2000;
      assert.equal(await throttle.isLocked(keys), false);
      // The second lock of the same pair lasts twice as long.
      for (let i = 0; i < THROTTLE.maxFailures; i++) assert.equal(await fail(keys), true);
      now += 30 * MINUTE_MS - 1000;
      assert.equal(await throttle.reserve(keys), false);
      now += 2000;
      assert.equal(await throttle.reserve(keys), true);
      // Failures older than the window do not add up to a lock.
      const slow = throttle.keys('chamchap', '203.0.113.8');
      for (let i = 0; i < THROTTLE.maxFailures * 2; i++) {
        await fail(slow);
        now += THROTTLE.windowMs / (THROTTLE.maxFailures - 1);
      }
      assert.equal(await throttle.isLocked(slow), false);
      // Keys do not hold the username or the address in the clear.
      const stored = await t.db.kysely.selectFrom('login_throttle').select(['key', 'account']).execute();
      assert.ok(stored.every((row) => !`${row.key}${row.account}`.includes('khongcoai') && !row.key.includes('203.0.113')));
    });

    it('reserves attempts before checking the password: 40 parallel guesses check at most 10, and the right one among them is refused', async () => {
      await addUser(t, 'thuha');
      const browsers = Array.from({ length: 40 }, () => new NewsroomClient(t.app, '198.51.100.7'));
      const tokens = await Promise.all(browsers.map((b) => b.csrf()));
      const responses = await Promise.all(
        browsers.map((b, i) => b.submit('/admin/dang-nhap', { _csrf: tokens[i], username: 'thuha', password: i === 39 ? PASSWORD : `sai-${i}` })),
      );
      assert.ok(
        responses.every((r) => r.statusCode === 401),
        responses.map((r) => r.statusCode).join(','),
      );
      assert.equal(await isLoggedIn(browsers[39]), false);
    });

    it('reserves attempts on the password form too', async () => {
      await addUser(t, 'thuha');
      const browser = new NewsroomClient(t.app, '198.51.100.8');
      await browser.login('thuha', PASSWORD);
      const csrf = await browser.csrf('/admin/mat-khau');
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          browser.submit('/admin/mat-khau', {
            _csrf: csrf,
            current: i === 29 ? PASSWORD : `sai-${i}`,
            next: 'mat-khau-moi-du-dai',
            confirm: 'mat-khau-moi-du-dai',
          }),
        ),
      );
      assert.ok(
        responses.every((r) => r.statusCode === 400),
        responses.map((r) => r.statusCode).join(','),
      );
    });

    it('a password reset lifts every lock on the account', async () => {
      const user = await addUser(t, 'thuha');
      for (let i = 1; i <= THROTTLE.maxFailures; i++) await new NewsroomClient(t.app, '203.0.113.20').attemptLogin('thuha', `sai-${i}`);
      assert.equal((await new NewsroomClient(t.app, '203.0.113.20').attemptLogin('thuha', PASSWORD)).statusCode, 401);
      await setPassword(t.db.kysely, t.app.sessions, 'thuha', 'mat-khau-moi-du-dai');
      assert.equal((await new NewsroomClient(t.app, '203.0.113.21').attemptLogin('thuha', 'mat-khau-moi-du-dai')).statusCode, 303);
      const pairRows = await t.db.kysely.selectFrom('login_throttle').selectAll().where('account', 'is not', null).execute();
      assert.equal(pairRows.length, 0, `user ${user.id}`);
    });

    it('database session store: idle expiry and at most one last_seen write a minute', async () => {
      const user = await addUser(t, 'thuha');
      const other = await addUser(t, 'minhkhoa');
      let now = Date.parse('2024-03-01T08:00:00.000Z');
      const store = new DatabaseSessionStore(t.db.kysely, { idleMs: 30 * MINUTE_MS, now: () => now });
      await exerciseStore(
        store,
        user.id,
        other.id,
        (ms) => (now += ms),
        async () => {
          const row = await t.db.kysely.selectFrom('sessions').select('last_seen_at').orderBy('created_at').executeTakeFirst();
          return row ? Date.parse(row.last_seen_at) : undefined;
        },
      );
    });
  });
}

describe('session cookie over https', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite', { siteUrl: 'https://bao.test' });
  });
  after(async () => {
    await t.close();
  });

  it('is Secure when SITE_URL is https', async () => {
    await addUser(t, 'thuha');
    const response = await new NewsroomClient(t.app).attemptLogin('thuha', PASSWORD);
    assert.equal(response.statusCode, 303);
    const cookies = [response.headers['set-cookie']].flat().filter((c): c is string => typeof c === 'string');
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    assert.ok(session);
    assert.match(session, /; Secure/);
    assert.match(session, /; HttpOnly/);
    assert.match(session, /; SameSite=Lax/);
  });
});

/**
 * The behaviour both stores share. `advance` moves the store's clock; `lastSeen` reads the stored
 * last-seen time of the first session, to show it is not written on every request.
 */
async function exerciseStore(
  store: SessionStore,
  userId: number,
  otherUserId: number,
  advance: (ms: number) => void,
  lastSeen: () => Promise<number | undefined>,
) {
  const token = await store.create(userId);
  assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  const created = await lastSeen();
  const session = await store.resume(token);
  assert.equal(session?.userId, userId);
  assert.equal(session?.id, hashToken(token));
  assert.equal(await store.resume('khong-phai-token'), null);
  assert.equal(await store.resume(randomBytes(32).toString('base64url')), null);

  advance(TOUCH_INTERVAL_MS / 2);
  await store.resume(token);
  assert.equal(await lastSeen(), created, 'not written within a minute');
  advance(TOUCH_INTERVAL_MS);
  await store.resume(token);
  assert.equal(await lastSeen(), (created ?? 0) + TOUCH_INTERVAL_MS * 1.5, 'written after a minute');

  // Sliding: 29 minutes idle, twice over, keeps it alive; 31 minutes ends it.
  advance(29 * MINUTE_MS);
  assert.ok(await store.resume(token));
  advance(29 * MINUTE_MS);
  assert.ok(await store.resume(token));
  advance(31 * MINUTE_MS);
  assert.equal(await store.resume(token), null);
  assert.equal(await lastSeen(), undefined, 'the idle session is removed');

  const first = await store.create(userId);
  const second = await store.create(userId);
  const other = await store.create(otherUserId);
  await store.end(first);
  assert.equal(await store.resume(first), null);
  assert.ok(await store.resume(second));
  await store.endAllForUser(userId);
  assert.equal(await store.resume(second), null);
  assert.ok(await store.resume(other), 'another user keeps their session');
  await store.endAllForUser(otherUserId);
}

describe('Redis session store', () => {
  const prefix = `toasoan-test:${process.pid}:${randomBytes(4).toString('hex')}:`;
  let inspector: Redis;
  before(() => {
    inspector = new Redis(REDIS_URL);
  });
  after(async () => {
    const keys = await inspector.keys(`${prefix}*`);
    if (keys.length > 0) await inspector.del(...keys);
    await inspector.quit();
  });

  it('keeps sessions under keys with the idle time as TTL, and ends them like the database store', async () => {
    let now = Date.parse('2024-03-01T08:00:00.000Z');
    const idleMs = 30 * MINUTE_MS;
    const store = new RedisSessionStore(new Redis(REDIS_URL), { idleMs, prefix, now: () => now });
    try {
      const token = await store.create(7);
      const key = store.sessionKey(hashToken(token));
      const ttl = await inspector.pttl(key);
      assert.ok(ttl > idleMs - 5000 && ttl <= idleMs, `TTL ${ttl}`);
      assert.equal(await inspector.exists(`${prefix}session:${token}`), 0, 'the raw token is no key');
      assert.deepEqual(await inspector.smembers(store.userKey(7)), [hashToken(token)]);
      await store.end(token);
      assert.equal(await inspector.exists(key), 0);
      assert.deepEqual(await inspector.smembers(store.userKey(7)), []);

      await exerciseStore(
        store,
        7,
        8,
        (ms) => (now += ms),
        async () => {
          const ids = await inspector.smembers(store.userKey(7));
          const values = await Promise.all(ids.map((id) => inspector.get(store.sessionKey(id))));
          const seen = values.filter((v): v is string => v !== null).map((v) => (JSON.parse(v) as { lastSeenAt: number }).lastSeenAt);
          return seen.length > 0 ? Math.min(...seen) : undefined;
        },
      );
      assert.deepEqual(await inspector.keys(`${prefix}session:*`), []);
    } finally {
      await store.close();
    }
  });
});
