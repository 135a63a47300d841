import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articlePath } from '../src/content/urls.js';
import { createTestApp, readerCookie, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

function formToken(html: string): string {
  const match = /name="token" value="([^"]+)"/.exec(html);
  assert.ok(match, 'no comment token on the page');
  return match[1];
}

/** Comment form tokens are bound to the reader's cookie, single use, and refused from other sites. */
for (const dialect of dialects) {
  describe(`comment tokens bound to the reader (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let n = 0;
    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 1);
    });
    after(async () => t.close());

    const pageUrl = () => articlePath(fx.sections.news.path, fx.articles[0].slug, fx.articles[0].id);
    const post = (token: string, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/binh-luan',
        remoteAddress: `198.51.100.${++n}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: new URLSearchParams({
          article_id: String(fx.articles[0].id),
          token,
          name: 'Bạn đọc',
          email: '',
          body: `Bình luận số ${n}.`,
          website: '',
        }).toString(),
      });
    const count = async () => (await t.db.kysely.selectFrom('comments').select('id').execute()).length;

    it('a token is used once per reader; the cached page serves many readers', async () => {
      const token = formToken((await t.app.inject({ method: 'GET', url: pageUrl() })).body);
      const [alice, bob] = [await readerCookie(t.app), await readerCookie(t.app)];
      assert.notEqual(alice, bob);
      assert.equal((await post(token, { cookie: alice })).statusCode, 303);
      const again = await post(token, { cookie: alice });
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /Biểu mẫu này đã được gửi/);
      assert.equal((await post(token, { cookie: bob })).statusCode, 303);
      assert.equal(await count(), 2);
    });

    it('without the reader cookie: the form comes back with the text and token, and a cookie, to be sent once more', async () => {
      const token = formToken((await t.app.inject({ method: 'GET', url: pageUrl() })).body);
      const first = await post(token);
      assert.equal(first.statusCode, 400);
      assert.match(first.body, /thêm một lần để xác nhận/);
      assert.equal(formToken(first.body), token);
      const cookie = first.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      assert.match(cookie, /toasoan_ban_doc=/);
      const before = await count();
      assert.equal((await post(token, { cookie })).statusCode, 303);
      assert.equal(await count(), before + 1);
      // A forged cookie is no cookie.
      const forged = await post(token, { cookie: 'toasoan_ban_doc=AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB' });
      assert.match(forged.body, /thêm một lần để xác nhận/);
    });

    it('refuses forms sent from another site', async () => {
      const token = formToken((await t.app.inject({ method: 'GET', url: pageUrl() })).body);
      const before = await count();
      const foreign: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'null' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const headers of foreign) {
        const response = await post(token, { cookie: await readerCookie(t.app), ...headers });
        assert.equal(response.statusCode, 403, JSON.stringify(headers));
        assert.match(response.body, /từ trang web khác/);
      }
      assert.equal(await count(), before);
      const same = await post(token, { cookie: await readerCookie(t.app), origin: 'http://bao.test', 'sec-fetch-site': 'same-origin' });
      assert.equal(same.statusCode, 303);
    });
  });
}
