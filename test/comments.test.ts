import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { approveComments, insertComment } from '../src/comments/comments.js';
import { issueFormToken } from '../src/comments/form-token.js';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import type { Article, Comment } from '../src/db/schema.js';
import { createTestApp, seedFixture, type Fixture, type TestApp, readerCookie } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities } from '../src/content/html-text.js';

function formToken(html: string): string {
  const match = /<input type="hidden" name="token" value="([^"]+)"/.exec(html);
  assert.ok(match, 'the page has a comment form with a token');
  return match[1];
}

/** What the reader sees back in the textarea. */
function textareaContent(html: string): string {
  const match = /<textarea [^>]*name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  assert.ok(match, 'the page has the comment textarea');
  return decodeEntities(match[1]);
}

function inputValue(html: string, name: string): string {
  const tag = new RegExp(`<input [^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  assert.ok(tag, `no input ${name}`);
  return decodeEntities(/ value="([^"]*)"/.exec(tag)?.[1] ?? '');
}

function commentHeading(html: string): string {
  const match = /<h2 id="binh-luan-heading">([\s\S]*?)<\/h2>/.exec(html);
  assert.ok(match);
  return decodeEntities(match[1].replace(/<[^>]*>/g, '')).trim();
}

function commentSection(html: string): string {
  const match = /<section class="comments"[\s\S]*?<\/section>/.exec(html);
  assert.ok(match);
  return match[0];
}

let addressCounter = 1;
/** Each test posts from an address of its own, so the rate limit of one never touches another. */
function freshAddress(): string {
  addressCounter++;
  return `10.0.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
}

interface Post {
  name?: string;
  email?: string;
  body?: string;
  token?: string | null;
  articleId?: number | string;
  parentId?: number | string;
  website?: string;
}

for (const dialect of dialects) {
  describe(`reader comments (${dialect})`, () => {
    let t: TestApp;
    let app: FastifyInstance;
    let fixture: Fixture;
    let article: Article;
    let other: Article;
    let url: string;

    async function page(path = url): Promise<LightMyRequestResponse> {
      const res = await app.inject({ method: 'GET', url: path });
      assert.equal(res.statusCode, 200, path);
      return res;
    }

    async function post(fields: Post, remoteAddress = freshAddress(), target: FastifyInstance = app): Promise<LightMyRequestResponse> {
      const form: Record<string, string> = {
        article_id: String(fields.articleId ?? article.id),
        name: fields.name ?? 'Lò Văn Páo',
        email: fields.email ?? '',
        body: fields.body ?? 'Bài viết rất hay, cảm ơn tòa soạn.',
        website: fields.website ?? '',
      };
      if (fields.token !== null) form.token = fields.token ?? formToken((await target.inject({ method: 'GET', url })).body);
      if (fields.parentId !== undefined) form.parent_id = String(fields.parentId);
      return target.inject({
        method: 'POST',
        url: '/binh-luan',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await readerCookie(target) },
        payload: new URLSearchParams(form).toString(),
        remoteAddress,
      });
    }

    async function allComments(): Promise<Comment[]> {
      return t.db.kysely.selectFrom('comments').selectAll().orderBy('id').execute();
    }

    async function expectRefused(res: LightMyRequestResponse, status: number, message: RegExp, before: number) {
      assert.equal(res.statusCode, status, res.body.slice(0, 200));
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /<html lang="vi">/);
      assert.match(res.body, /Bình luận chưa được gửi/);
      assert.match(res.body, message);
      assert.match(res.body, /<form class="comment-form"/, 'the form comes back');
      assert.equal((await allComments()).length, before, 'nothing is stored');
    }

    before(async () => {
      t = await createTestApp(dialect);
      app = t.app;
      fixture = await seedFixture(t, 2);
      [article, other] = fixture.articles;
      url = articlePath(fixture.sections.news.path, article.slug, article.id);
    });
    after(async () => {
      await t?.close();
    });

    it('posts a comment without JavaScript: pending notice, stored pending, shown after approval', async () => {
      const initial = await page();
      assert.equal(commentHeading(initial.body), 'Bình luận (0)');
      assert.match(initial.body, /Hiện tại chưa có bình luận/);
      const token = formToken(initial.body);

      const res = await post({ token, name: 'Lò Văn Páo', email: 'pao.lo@example.vn', body: 'Mong xã sớm làm đường lên bản Pá Vạc.' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${url}?binh-luan=cho-duyet#binh-luan`);

      const stored = (await allComments()).filter((c) => c.body === 'Mong xã sớm làm đường lên bản Pá Vạc.');
      assert.equal(stored.length, 1);
      assert.equal(stored[0].status, 'pending');
      assert.equal(stored[0].article_id, article.id);
      assert.equal(stored[0].parent_id, null);
      assert.equal(stored[0].email, 'pao.lo@example.vn');
      assert.match(stored[0].ip_hash, /^[0-9a-f]{32}$/, 'the address is kept only as a hash');

      const after = await page(String(res.headers.location).replace(/#.*$/, ''));
      assert.match(after.body, /Bình luận của bạn đang chờ duyệt/);
      assert.doesNotMatch(after.body, /Mong xã sớm làm đường/, 'a pending comment is not shown');
      assert.equal(commentHeading(after.body), 'Bình luận (0)');
      assert.doesNotMatch((await page()).body, /đang chờ duyệt/, 'the notice only follows a post');

      assert.equal(await approveComments(t.db.kysely, [stored[0].id]), 1);
      const approved = await page();
      assert.equal(commentHeading(approved.body), 'Bình luận (1)');
      assert.doesNotMatch(approved.body, /Hiện tại chưa có bình luận/);
      const section = commentSection(approved.body);
      assert.match(section, /<strong class="comment-name">Lò Văn Páo<\/strong>/);
      assert.match(section, /<p class="comment-body">Mong xã sớm làm đường lên bản Pá Vạc\.<\/p>/);
      assert.doesNotMatch(approved.body, /pao\.lo@example\.vn|pao\.lo/, 'the email is never shown');
      // Not on the other article.
      const otherPage = await page(articlePath(fixture.sections.farming.path, other.slug, other.id));
      assert.equal(commentHeading(otherPage.body), 'Bình luận (0)');
    });

    it('nests an approved reply one level under the comment it answers', async () => {
      const [parent] = await Promise.all([
        insertComment(t.db.kysely, {
          articleId: article.id,
          parentId: null,
          name: 'Vàng A Sùng',
          email: '',
          body: 'Câu hỏi về lịch đại hội.',
          ipHash: 'x',
          status: 'approved',
        }),
      ]);
      const replyPage = await page(`${url}?tra-loi=${parent.id}`);
      assert.match(replyPage.body, new RegExp(`<input type="hidden" name="parent_id" value="${parent.id}"/>`));
      assert.match(replyPage.body, /Trả lời <strong>Vàng A Sùng<\/strong>/);

      const res = await post({ token: formToken(replyPage.body), parentId: parent.id, name: 'Ban biên tập', body: 'Đại hội diễn ra vào tháng 3.' });
      assert.equal(res.statusCode, 303);
      const reply = (await allComments()).find((c) => c.body === 'Đại hội diễn ra vào tháng 3.');
      assert.ok(reply);
      assert.equal(reply.parent_id, parent.id);
      assert.equal(reply.status, 'pending');
      assert.doesNotMatch((await page()).body, /Đại hội diễn ra vào tháng 3/);

      await approveComments(t.db.kysely, [reply.id]);
      // A reply to the reply attaches to the top comment: threads stay one level deep.
      const second = await post({ parentId: reply.id, name: 'Vàng A Sùng', body: 'Cảm ơn ban biên tập.' });
      assert.equal(second.statusCode, 303);
      const secondReply = (await allComments()).find((c) => c.body === 'Cảm ơn ban biên tập.');
      assert.equal(secondReply?.parent_id, parent.id);
      await approveComments(t.db.kysely, [secondReply?.id ?? 0]);

      const html = (await page()).body;
      const item = new RegExp(`<li><article class="comment" id="binh-luan-${parent.id}">[\\s\\S]*?</article><ol class="replies">([\\s\\S]*?)</ol></li>`).exec(
        html,
      );
      assert.ok(item, 'the replies sit in a list inside the parent comment');
      assert.match(item[1], new RegExp(`id="binh-luan-${reply.id}"[\\s\\S]*Đại hội diễn ra vào tháng 3\\.`));
      assert.match(item[1], /Cảm ơn ban biên tập\./);
      assert.doesNotMatch(item[1], /class="replies"/, 'no deeper nesting');
      assert.doesNotMatch(item[1], /class="reply-link"/, 'replies offer no reply link of their own');
      const count = Number(/\((\d+)\)/.exec(commentHeading(html))?.[1]);
      const approved = (await allComments()).filter((c) => c.article_id === article.id && c.status === 'approved').length;
      assert.equal(count, approved, 'the heading counts approved comments and replies');
    });

    describe('bad input gets the form back and stores nothing', () => {
      const cases: { name: string; post: Post; message: RegExp }[] = [
        { name: 'empty name', post: { name: '   ', body: 'Giữ lại nội dung này 1' }, message: /Vui lòng nhập họ tên\./ },
        { name: 'over-long name', post: { name: 'N'.repeat(81), body: 'Giữ lại nội dung này 2' }, message: /Họ tên dài quá 80 ký tự\./ },
        { name: 'empty text', post: { name: 'Lò Thị Mai', body: ' \n ' }, message: /Vui lòng nhập nội dung bình luận\./ },
        { name: 'over-long text', post: { name: 'Lò Thị Mai', body: `Giữ lại ${'ô'.repeat(3001 - 8)}` }, message: /Bình luận dài quá 3000 ký tự\./ },
        { name: 'malformed email', post: { email: 'mai@@example', body: 'Giữ lại nội dung này 3' }, message: /Địa chỉ email không hợp lệ\./ },
        { name: 'missing token', post: { token: null, body: 'Giữ lại nội dung này 4' }, message: /Biểu mẫu không hợp lệ hoặc đã hết hạn/ },
        {
          name: 'wrong token',
          post: { token: `${Date.now() - 60_000}.${'A'.repeat(43)}`, body: 'Giữ lại nội dung này 5' },
          message: /Biểu mẫu không hợp lệ hoặc đã hết hạn/,
        },
        { name: 'garbage token', post: { token: 'khong-phai-ma', body: 'Giữ lại nội dung này 6' }, message: /Biểu mẫu không hợp lệ hoặc đã hết hạn/ },
        { name: 'filled honeypot', post: { website: 'http://spam.example', body: 'Giữ lại nội dung này 7' }, message: /Không thể gửi bình luận\./ },
      ];
      for (const c of cases) {
        it(c.name, async () => {
          const before = (await allComments()).length;
          const res = await post(c.post);
          await expectRefused(res, 400, c.message, before);
          assert.equal(textareaContent(res.body), (c.post.body ?? '').replace(/\r\n?/g, '\n'), "the reader's text is kept");
          if (c.post.name !== undefined) assert.equal(inputValue(res.body, 'name'), c.post.name, 'the name is kept');
        });
      }

      it('a token issued for another article', async () => {
        const before = (await allComments()).length;
        const res = await post({ token: issueFormToken(app.secrets.form, other.id), body: 'Giữ lại nội dung này 8' });
        await expectRefused(res, 400, /Biểu mẫu không hợp lệ/, before);
      });

      it('an expired token', async () => {
        const before = (await allComments()).length;
        const res = await post({ token: issueFormToken(app.secrets.form, article.id, Date.now() - 25 * 60 * 60 * 1000), body: 'Giữ lại nội dung này 9' });
        await expectRefused(res, 400, /Biểu mẫu không hợp lệ hoặc đã hết hạn/, before);
      });

      it('a reply to a comment of another article', async () => {
        const foreign = await insertComment(t.db.kysely, {
          articleId: other.id,
          parentId: null,
          name: 'Khác',
          email: '',
          body: 'Ở bài khác.',
          ipHash: 'x',
          status: 'approved',
        });
        const before = (await allComments()).length;
        const res = await post({ parentId: foreign.id, body: 'Giữ lại nội dung này 10' });
        await expectRefused(res, 400, /Bình luận bạn muốn trả lời không thuộc bài viết này\./, before);
        assert.equal(textareaContent(res.body), 'Giữ lại nội dung này 10');
      });

      it('a reply to a pending or unknown comment', async () => {
        const pending = await insertComment(t.db.kysely, { articleId: article.id, parentId: null, name: 'Chờ', email: '', body: 'Chưa duyệt.', ipHash: 'x' });
        const before = (await allComments()).length;
        for (const parentId of [pending.id, 987654, 'abc']) {
          const res = await post({ parentId, body: 'Giữ lại nội dung này 11' });
          await expectRefused(res, 400, /Bình luận bạn muốn trả lời không thuộc bài viết này\./, before);
        }
      });

      it('an unknown or unpublished article gets 404', async () => {
        const draft = await addArticle(t.db.kysely, {
          title: 'Bản nháp',
          lead: 'Nháp.',
          bodyHtml: '<p>Nháp.</p>',
          sectionId: fixture.sections.news.id,
          status: 'draft',
          publishedAt: null,
          byline: '',
          authorId: null,
        });
        const before = (await allComments()).length;
        const token = issueFormToken(app.secrets.form, article.id);
        for (const articleId of [999999, draft.id, 'abc', '']) {
          const res = await post({ articleId, token });
          assert.equal(res.statusCode, 404, String(articleId));
          assert.match(res.body, /<html lang="vi">/);
          assert.match(res.body, /Không thể gửi bình luận: bài viết không tồn tại hoặc đã được gỡ\./);
        }
        assert.equal((await allComments()).length, before);
      });

      it('several errors at once are all listed', async () => {
        const before = (await allComments()).length;
        const res = await post({ name: '', email: 'khong-hop-le', body: '' });
        await expectRefused(
          res,
          400,
          /Vui lòng nhập họ tên\.[\s\S]*Địa chỉ email không hợp lệ\.|Địa chỉ email không hợp lệ\.[\s\S]*Vui lòng nhập họ tên\./,
          before,
        );
        assert.match(res.body, /Vui lòng nhập nội dung bình luận\./);
        assert.match(res.body, /aria-invalid="true"/);
      });
    });

    it('refuses the 6th comment within 10 minutes from one address with 429', async () => {
      const address = freshAddress();
      const token = formToken((await page()).body);
      for (let i = 1; i <= 5; i++) {
        const res = await post({ token, body: `Bình luận thứ ${i} từ một địa chỉ.` }, address);
        assert.equal(res.statusCode, 303, `comment ${i}`);
      }
      const before = (await allComments()).length;
      const sixth = await post({ token, body: 'Bình luận thứ 6 từ một địa chỉ.' }, address);
      await expectRefused(sixth, 429, /Vui lòng thử lại sau 10 phút\./, before);
      assert.equal(textareaContent(sixth.body), 'Bình luận thứ 6 từ một địa chỉ.');
      // Another reader is not affected.
      assert.equal((await post({ token, body: 'Từ một địa chỉ khác.' })).statusCode, 303);
    });

    it('keeps comments plain text: markup shows as text', async () => {
      const body = '<b>Đậm</b> & <script>alert(1)</script>\n<a href="javascript:alert(1)">bấm</a>';
      const name = '<i onmouseover="alert(1)">Kẻ gian</i>';
      const res = await post({ name, body, email: 'an.danh@example.vn' });
      assert.equal(res.statusCode, 303);
      const stored = (await allComments()).find((c) => c.name === name);
      assert.ok(stored, 'the text is stored as written');
      assert.equal(stored.body, body);
      await approveComments(t.db.kysely, [stored.id]);
      const html = (await page()).body;
      const section = commentSection(html);
      const shown = [...section.matchAll(/<p class="comment-body">([^<]*)<\/p>/g)].map((m) => decodeEntities(m[1]));
      assert.ok(shown.includes(body), 'the body is shown as the text it is, with no live markup inside');
      const names = [...section.matchAll(/<strong class="comment-name">([^<]*)<\/strong>/g)].map((m) => decodeEntities(m[1]));
      assert.ok(names.includes(name), 'the name is shown as text');
      assert.doesNotMatch(html, /<b>Đậm|<script>alert|<i onmouseover|<a href="javascript/);
      assert.doesNotMatch(html, /an\.danh@example\.vn/);
    });

    it('refuses a form sent faster than a person can type', async () => {
      const slow = await createTestApp(dialect, { commentMinSeconds: 3 });
      try {
        const f = await seedFixture(slow, 1);
        const a = f.articles[0];
        const path = articlePath(f.sections.news.path, a.slug, a.id);
        const form = await slow.app.inject({ method: 'GET', url: path });
        const token = formToken(form.body);
        const cookie = await readerCookie(slow.app);
        const send = (tok: string) =>
          slow.app.inject({
            method: 'POST',
            url: '/binh-luan',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
            payload: new URLSearchParams({ article_id: String(a.id), token: tok, name: 'Bot', email: '', body: 'Nhanh quá.', website: '' }).toString(),
          });
        const fast = await send(token);
        assert.equal(fast.statusCode, 400);
        assert.match(fast.body, /Bạn gửi quá nhanh/);
        assert.equal(textareaContent(fast.body), 'Nhanh quá.');
        const count = async () => (await slow.db.kysely.selectFrom('comments').select('id').execute()).length;
        assert.equal(await count(), 0);
        // The same form, as if the reader spent four seconds writing, is accepted.
        const unhurried = await send(issueFormToken(slow.app.secrets.form, a.id, Date.now() - 4000));
        assert.equal(unhurried.statusCode, 303);
        assert.equal(await count(), 1);
      } finally {
        await slow.close();
      }
    });
  });
}
