import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { safeNextPath } from '../src/newsroom/auth.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, seedFixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';

/** Where a browser on the site would end up after following `location` from `from`. */
function followedOrigin(location: string, from = 'http://bao.test/'): string {
  return new URL(location, from).origin;
}

const OFF_SITE = ['//evil.com/', '/%2Fevil.com/', '///evil.com/', '/%5Cevil.com/', '/%09/evil.com/', '/%2F%2Fevil.com/', '/%2e%2e//evil.com/'];
const MALFORMED = ['/%E1%BB%B1/', '/%0d%0a/', '/abc%00/', '/%0d%0aSet-Cookie:%20a=b/', '/kinh-te/%E1%BB%B1-1.html/', '/%ff/', '/%C0%AF/'];
const NEXT_OFF_SITE = [
  '/admin/..//evil.com/',
  '/admin/%2e%2e//evil.com/',
  '/admin/../..//evil.com',
  '//evil.com/admin/',
  '/admin\\..\\..\\/evil.com',
  '/admin/..%2F%2Fevil.com',
  'https://evil.com/admin/',
  '/admin/%0d%0a',
];

describe('safeNextPath', () => {
  it('keeps only paths that resolve inside /admin on our own origin', () => {
    for (const value of NEXT_OFF_SITE) {
      const next = safeNextPath(value);
      assert.ok(next === '/admin' || /^\/admin\/[^/]/.test(next), `${value} → ${next}`);
      assert.equal(followedOrigin(next), 'http://bao.test', value);
      assert.ok(!next.includes('//'), `${value} → ${next}`);
    }
    assert.equal(safeNextPath('/admin/bai-viet?trang=2'), '/admin/bai-viet?trang=2');
    assert.equal(safeNextPath('/admin/bài-viết'), '/admin/b%C3%A0i-vi%E1%BA%BFt');
    assert.equal(safeNextPath('/adminx'), '/admin');
  });
});

for (const dialect of dialects) {
  describe(`no redirect leaves the site, malformed URLs get a Vietnamese 4xx (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      await seedFixture(t, 2);
      await createUser(t.db.kysely, { username: 'phongvien', displayName: 'Phóng viên', role: 'reporter', password: 'mat-khau-du-dai-1' });
    });
    after(async () => t.close());

    it('never answers with a Location that a browser follows off the site', async () => {
      for (const url of OFF_SITE) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
        if (response.headers.location)
          assert.equal(followedOrigin(String(response.headers.location)), 'http://bao.test', `${url} → ${response.headers.location}`);
        else assert.equal(response.statusCode, 404, url);
      }
    });

    it('answers malformed paths with a Vietnamese HTML page, never Fastify JSON or a 500', async () => {
      for (const url of MALFORMED) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        assert.match(String(response.headers['content-type']), /text\/html/, url);
        assert.match(response.body, /lang="vi"/, url);
      }
    });

    it('keeps working redirects, with a cache lifetime, and re-encodes their query', async () => {
      const section = await t.app.inject({ method: 'GET', url: '/kinh-te/?trang=1&q=%E1%BB%B1' });
      assert.equal(section.statusCode, 301);
      assert.equal(section.headers.location, '/kinh-te?trang=1&q=%E1%BB%B1');
      assert.match(String(section.headers['cache-control']), /max-age=\d+/);
      const article = await t.db.kysely.selectFrom('articles').select('id').executeTakeFirstOrThrow();
      const moved = await t.app.inject({ method: 'GET', url: `/cu/ten-cu-${article.id}.html?x=1` });
      assert.equal(moved.statusCode, 301);
      assert.match(String(moved.headers.location), new RegExp(`-${article.id}\\.html\\?x=1$`));
      assert.match(String(moved.headers['cache-control']), /max-age=\d+/);
    });

    it('does not chain through the login form', async () => {
      for (const next of NEXT_OFF_SITE) {
        const browser = new NewsroomClient(t.app);
        await browser.get(`/admin/dang-nhap?tiep=${encodeURIComponent(next)}`);
        const login = await browser.post('/admin/dang-nhap', { username: 'phongvien', password: 'mat-khau-du-dai-1', tiep: next });
        assert.equal(login.statusCode, 303, next);
        const location = String(login.headers.location);
        assert.equal(followedOrigin(location), 'http://bao.test', `${next} → ${location}`);
        assert.ok(new URL(location, 'http://bao.test/').pathname.startsWith('/admin'), `${next} → ${location}`);
        // Logged in, the login page itself redirects at once: the same rule, no 500 on odd text.
        for (const odd of [next, '/admin/%E1%BB%B1', '/admin/ự', '/admin/%0d%0a']) {
          const again = await browser.get(`/admin/dang-nhap?tiep=${encodeURIComponent(odd)}`);
          assert.equal(again.statusCode, 303, odd);
          assert.equal(followedOrigin(String(again.headers.location)), 'http://bao.test', odd);
        }
      }
    });
  });
}
