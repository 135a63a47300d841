import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { bannedKey, findBannedWords } from '../src/comments/banned-words.js';
import { insertComment } from '../src/comments/comments.js';
import { pendingCommentCount, QUEUE_PAGE_SIZE } from '../src/comments/moderation.js';
import { articlePath, sectionPath } from '../src/content/urls.js';
import type { Article, Comment, CommentStatus, UserRole } from '../src/db/schema.js';
import { createUser } from '../src/newsroom/users.js';
import { formatArticleDate } from '../src/vi/index.js';
import { createTestApp, seedFixture, type Fixture, type TestApp, readerCookie } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities, NewsroomClient } from './helpers/newsroom-client.js';

const PASSWORD = 'mat-khau-du-dai-2024';
const ROLES: UserRole[] = ['reporter', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];
const MODERATORS: UserRole[] = ['editor', 'managing_editor', 'editor_in_chief'];
const CSRF_REFUSED = /Biểu mẫu đã hết hạn hoặc không hợp lệ/;
const MINUTE_MS = 60_000;

describe('banned-word matching (no database)', () => {
  it('folds both sides and matches whole words and phrases only', () => {
    assert.equal(bannedKey('  Đồ   KHỐN-nạn! '), 'do khon nan');
    assert.equal(bannedKey('hoà'), bannedKey('hòa'), 'either tone-mark placement');
    const words = [{ folded: bannedKey('ngu') }, { folded: bannedKey('đồ khốn') }];
    assert.equal(findBannedWords('Ông Nguyễn nói đúng', words).length, 0, '"ngu" is not a word of "Nguyễn"');
    assert.equal(findBannedWords('ngungu nguy', words).length, 0);
    assert.equal(findBannedWords('Thật là NGU.', words).length, 1);
    assert.equal(findBannedWords('do khon', words).length, 1, 'a phrase without diacritics');
    assert.equal(findBannedWords('đồ khốnkhổ', words).length, 0, 'the phrase must end at a word boundary');
    assert.equal(findBannedWords('đồ\nkhốn', words).length, 1, 'any run of spaces or punctuation separates words');
  });
});

for (const dialect of dialects) {
  describe(`comment moderation (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    let article: Article;
    let other: Article;
    let articleUrl: string;
    const clients = new Map<UserRole, NewsroomClient>();
    let address = 1;

    function as(role: UserRole): NewsroomClient {
      const client = clients.get(role);
      assert.ok(client);
      return client;
    }

    async function addComment(
      fields: Partial<Pick<Comment, 'name' | 'email' | 'body' | 'status' | 'created_at' | 'hold_reason'>> & { article?: Article } = {},
    ): Promise<Comment> {
      return insertComment(t.db.kysely, {
        articleId: (fields.article ?? article).id,
        parentId: null,
        name: fields.name ?? 'Lò Văn Páo',
        email: fields.email ?? '',
        body: fields.body ?? 'Bài viết rất hay.',
        ipHash: 'test',
        status: fields.status ?? 'pending',
        createdAt: fields.created_at,
        holdReason: fields.hold_reason,
      });
    }

    async function statusOf(id: number): Promise<CommentStatus> {
      const row = await t.db.kysely.selectFrom('comments').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      return row.status;
    }

    async function statuses(ids: number[]): Promise<CommentStatus[]> {
      return Promise.all(ids.map(statusOf));
    }

    async function publicPage(url = articleUrl): Promise<string> {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      return res.body;
    }

    /** A form post with repeated fields (checkboxes), as a browser sends it. */
    async function postPairs(client: NewsroomClient | null, url: string, pairs: [string, string][], csrf = true): Promise<LightMyRequestResponse> {
      const params = new URLSearchParams(pairs);
      if (client && csrf) params.append('_csrf', client.token);
      const cookie = client ? [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
      return t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        payload: params.toString(),
      });
    }

    /** A reader's comment through the public form, as the reading site takes it. */
    async function readerPost(name: string, body: string): Promise<Comment> {
      const page = await publicPage();
      const token = /<input type="hidden" name="token" value="([^"]+)"/.exec(page)?.[1];
      assert.ok(token);
      const res = await t.app.inject({
        method: 'POST',
        url: '/binh-luan',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await readerCookie(t.app) },
        payload: new URLSearchParams({ article_id: String(article.id), token, name, email: '', body, website: '' }).toString(),
        remoteAddress: `10.9.${Math.floor(++address / 250)}.${address % 250}`,
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.equal(res.headers.location, `${articleUrl}?binh-luan=cho-duyet#binh-luan`, 'a held comment looks the same to the reader');
      return t.db.kysely.selectFrom('comments').selectAll().where('body', '=', body).executeTakeFirstOrThrow();
    }

    function assertNotice(res: LightMyRequestResponse, status: number, message: RegExp) {
      assert.equal(res.statusCode, status, res.body.slice(0, 300));
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /<html lang="vi">/);
      assert.match(decodeEntities(res.body), message);
    }

    /** Ids of the comments on a queue page, in the order shown. */
    function queueIds(html: string): number[] {
      return [...html.matchAll(/<li class="mod-item" id="bl-(\d+)">/g)].map((m) => Number(m[1]));
    }

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 2);
      [article, other] = fixture.articles;
      articleUrl = articlePath(fixture.sections.news.path, article.slug, article.id);
      for (const role of ROLES) {
        await createUser(t.db.kysely, { username: `u-${role.replace(/_/g, '-')}`, displayName: `Người ${role}`, role, password: PASSWORD });
        const client = new NewsroomClient(t.app);
        await client.login(`u-${role.replace(/_/g, '-')}`, PASSWORD);
        clients.set(role, client);
      }
    });
    after(async () => {
      await t?.close();
    });
    beforeEach(async () => {
      await t.db.kysely.deleteFrom('comments').execute();
      await t.db.kysely.deleteFrom('banned_words').execute();
      // Deleted behind the domain's back: start each test from freshly rendered pages.
      t.app.pageCache.cache.clear();
    });

    it('lists pending comments newest first with article, section, name, email, local time, text and hold reason', async () => {
      const now = Date.now();
      const oldest = await addComment({
        name: 'Vàng A Sùng',
        email: 'sung@example.vn',
        body: 'Đường lên bản <b>khó đi</b>.',
        created_at: new Date(now - 30 * MINUTE_MS).toISOString(),
      });
      const newest = await addComment({ article: other, name: 'Lò Thị Mai', body: 'Dòng một\nDòng hai', created_at: new Date(now - MINUTE_MS).toISOString() });
      const middle = await addComment({
        name: 'Giàng Seo Phử',
        body: 'Đồ ngu.',
        hold_reason: 'Chứa từ cấm: ngu',
        created_at: new Date(now - 10 * MINUTE_MS).toISOString(),
      });
      const approved = await addComment({ status: 'approved', body: 'Đã duyệt từ trước.' });
      await addComment({ status: 'spam', body: 'Mua thuốc giá rẻ.' });

      const res = await as('editor').get('/admin/binh-luan');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.deepEqual(queueIds(res.body), [newest.id, middle.id, oldest.id]);
      const html = decodeEntities(res.body);
      assert.match(html, /Chờ duyệt \(3\)/);
      assert.match(html, /Đã duyệt \(1\)/);
      assert.match(html, /Spam \(1\)/);
      assert.match(html, /Đã từ chối \(0\)/);
      const otherUrl = articlePath(fixture.sections.farming.path, other.slug, other.id);
      assert.ok(html.includes(`<a href="${articleUrl}">${article.title}</a>`), 'the article title links to the public article');
      assert.ok(html.includes(`<a href="${otherUrl}">${other.title}</a>`));
      assert.ok(html.includes(`<a href="${sectionPath(fixture.sections.news.path)}">Thời sự</a>`), 'and its section');
      assert.ok(html.includes('<a class="mod-email" href="mailto:sung@example.vn">sung@example.vn</a>'), 'moderators see the email');
      assert.ok(html.includes(formatArticleDate(new Date(oldest.created_at), t.config.timeZone)), 'time in the site zone');
      assert.ok(
        res.body.includes('Đường lên bản &lt;b>khó đi&lt;/b>.') || res.body.includes('Đường lên bản &lt;b&gt;khó đi&lt;/b&gt;.'),
        'comment text is escaped',
      );
      assert.match(res.body, /Dòng một<\/span><span><br\/>Dòng hai/, 'line breaks kept');
      assert.match(html, /<span class="mod-badge">Giữ lại<\/span> Chứa từ cấm: ngu/);
      assert.doesNotMatch(html, /Đã duyệt từ trước|Mua thuốc giá rẻ/, 'other statuses are not in the pending queue');

      const approvedPage = await as('editor').get('/admin/binh-luan?trang-thai=approved');
      assert.equal(approvedPage.statusCode, 200);
      assert.deepEqual(queueIds(approvedPage.body), [approved.id]);
      const spamPage = await as('editor').get('/admin/binh-luan?trang-thai=spam');
      assert.match(decodeEntities(spamPage.body), /Mua thuốc giá rẻ/);
      const rejectedPage = await as('editor').get('/admin/binh-luan?trang-thai=rejected');
      assert.deepEqual(queueIds(rejectedPage.body), []);
      assert.match(decodeEntities(rejectedPage.body), /Không có bình luận nào đã từ chối/);
    });

    it('pages the queue by 50', async () => {
      const base = Date.now() - 2 * 60 * MINUTE_MS;
      const made: Comment[] = [];
      for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++)
        made.push(await addComment({ body: `Bình luận số ${i}`, created_at: new Date(base + i * 1000).toISOString() }));
      const newestFirst = made.map((c) => c.id).reverse();
      const first = await as('managing_editor').get('/admin/binh-luan');
      assert.deepEqual(queueIds(first.body), newestFirst.slice(0, QUEUE_PAGE_SIZE));
      assert.match(first.body, /Trang 1\/2/);
      assert.ok(first.body.includes('href="/admin/binh-luan?trang=2"'));
      const second = await as('managing_editor').get('/admin/binh-luan?trang=2');
      assert.deepEqual(queueIds(second.body), newestFirst.slice(QUEUE_PAGE_SIZE));
      const beyond = await as('managing_editor').get('/admin/binh-luan?trang=9');
      assert.equal(beyond.statusCode, 302, 'past the last page goes to the last page');
      assert.equal(beyond.headers.location, '/admin/binh-luan?trang=2');
    });

    it('approves one comment and it appears on the article at once', async () => {
      const comment = await addComment({ name: 'Hà Văn Thắng', body: 'Mong tỉnh sớm sửa cầu treo.' });
      assert.doesNotMatch(await publicPage(), /Mong tỉnh sớm sửa cầu treo/);
      const editor = as('editor');
      await editor.get('/admin/binh-luan');
      const res = await editor.post(`/admin/binh-luan/${comment.id}`, { action: 'approve', 'trang-thai': 'pending', trang: '1' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/binh-luan?xong=approve&so=1');
      const stored = await t.db.kysely.selectFrom('comments').selectAll().where('id', '=', comment.id).executeTakeFirstOrThrow();
      assert.equal(stored.status, 'approved');
      assert.ok(stored.moderated_at, 'when');
      const editorId = (await t.db.kysely.selectFrom('users').select('id').where('username', '=', 'u-editor').executeTakeFirstOrThrow()).id;
      assert.equal(stored.moderated_by, editorId, 'who decided is recorded');

      const html = await publicPage();
      assert.match(html, new RegExp(`id="binh-luan-${comment.id}"`));
      assert.match(html, /<p class="comment-body">Mong tỉnh sớm sửa cầu treo\.<\/p>/);
      assert.match(html, /Bình luận <span class="count">\(1\)<\/span>/);

      const back = await editor.get(String(res.headers.location));
      assert.match(decodeEntities(back.body), /Đã duyệt 1 bình luận\./);
      assert.deepEqual(queueIds(back.body), [], 'it left the pending queue');
      const approved = await editor.get('/admin/binh-luan?trang-thai=approved');
      assert.match(decodeEntities(approved.body), /Đã duyệt bởi Người editor lúc/);
    });

    it('rejects and marks as spam one by one; neither shows on the article', async () => {
      const rejected = await addComment({ body: 'Bình luận lạc đề.' });
      const spam = await addComment({ body: 'Quảng cáo vay tiền nhanh.' });
      const chief = as('editor_in_chief');
      await chief.get('/admin/binh-luan');
      assert.equal((await chief.post(`/admin/binh-luan/${rejected.id}`, { action: 'reject' })).statusCode, 303);
      const res = await chief.post(`/admin/binh-luan/${spam.id}`, { action: 'spam' });
      assert.equal(res.headers.location, '/admin/binh-luan?xong=spam&so=1');
      assert.deepEqual(await statuses([rejected.id, spam.id]), ['rejected', 'spam']);
      const html = await publicPage();
      assert.doesNotMatch(html, /Bình luận lạc đề|Quảng cáo vay tiền/);
      assert.match(html, /Hiện tại chưa có bình luận/);

      // A decision can be revisited from its own tab: an approved one that turns out bad is taken down.
      await chief.get('/admin/binh-luan?trang-thai=rejected');
      const again = await chief.post(`/admin/binh-luan/${rejected.id}`, { action: 'approve', 'trang-thai': 'rejected' });
      assert.equal(again.headers.location, '/admin/binh-luan?trang-thai=rejected&xong=approve&so=1');
      assert.match(await publicPage(), /Bình luận lạc đề/);
      await chief.post(`/admin/binh-luan/${rejected.id}`, { action: 'reject' });
      assert.doesNotMatch(await publicPage(), /Bình luận lạc đề/);
    });

    it('approves, rejects and marks as spam in bulk; the row button ignores the checkboxes', async () => {
      const [a, b, c, d, e] = await Promise.all(['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((n) => addComment({ body: `Ý kiến ${n}.` })));
      const editor = as('editor');
      await editor.get('/admin/binh-luan');
      const approve = await postPairs(editor, '/admin/binh-luan', [
        ['id', String(a.id)],
        ['id', String(b.id)],
        ['action', 'approve'],
        ['trang-thai', 'pending'],
        ['trang', '1'],
      ]);
      assert.equal(approve.statusCode, 303);
      assert.equal(approve.headers.location, '/admin/binh-luan?xong=approve&so=2');
      const reject = await postPairs(editor, '/admin/binh-luan', [
        ['id', String(c.id)],
        ['action', 'reject'],
      ]);
      assert.equal(reject.statusCode, 303);
      const spam = await postPairs(editor, '/admin/binh-luan', [
        ['id', String(d.id)],
        ['id', String(d.id)],
        ['action', 'spam'],
      ]);
      assert.equal(spam.headers.location, '/admin/binh-luan?xong=spam&so=1', 'a repeated id counts once');
      assert.deepEqual(await statuses([a.id, b.id, c.id, d.id, e.id]), ['approved', 'approved', 'rejected', 'spam', 'pending']);

      const html = await publicPage();
      assert.match(html, /Ý kiến Một\./);
      assert.match(html, /Ý kiến Hai\./);
      assert.doesNotMatch(html, /Ý kiến Ba|Ý kiến Bốn|Ý kiến Năm/);
      assert.match(html, /Bình luận <span class="count">\(2\)<\/span>/);

      // A row's own button submits the whole form, checked boxes included: only that row is decided.
      const row = await postPairs(editor, `/admin/binh-luan/${e.id}`, [
        ['id', String(a.id)],
        ['action', 'spam'],
      ]);
      assert.equal(row.statusCode, 303);
      assert.deepEqual(await statuses([a.id, e.id]), ['approved', 'spam']);
    });

    it('refuses bad input with a Vietnamese message and changes nothing', async () => {
      const comment = await addComment();
      const editor = as('editor');
      await editor.get('/admin/binh-luan');
      const cases: [string, [string, string][], number, RegExp][] = [
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['action', 'delete'],
          ],
          400,
          /Thao tác không hợp lệ/,
        ],
        ['/admin/binh-luan', [['id', String(comment.id)]], 400, /Thao tác không hợp lệ/],
        ['/admin/binh-luan', [['action', 'approve']], 400, /Bạn chưa chọn bình luận nào/],
        [
          '/admin/binh-luan',
          [
            ['id', 'abc'],
            ['action', 'approve'],
          ],
          400,
          /Mã bình luận không hợp lệ/,
        ],
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['id', '99999'],
            ['action', 'approve'],
          ],
          404,
          /Không tìm thấy bình luận số 99999\. Chưa có bình luận nào được xử lý/,
        ],
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['action', 'approve'],
            ['trang-thai', 'xoa'],
          ],
          400,
          /Trạng thái lọc không hợp lệ/,
        ],
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['action', 'approve'],
            ['trang', '-1'],
          ],
          400,
          /Số trang không hợp lệ/,
        ],
        [`/admin/binh-luan/${comment.id}`, [['action', 'publish']], 400, /Thao tác không hợp lệ/],
        ['/admin/binh-luan/99999', [['action', 'approve']], 404, /Không tìm thấy bình luận số 99999/],
        ['/admin/binh-luan/0', [['action', 'approve']], 404, /Không tìm thấy bình luận này/],
      ];
      for (const [url, pairs, status, message] of cases) {
        const res = await postPairs(editor, url, pairs);
        assertNotice(res, status, message);
        assert.match(res.body, /href="\/admin\/binh-luan"/, 'with a way back to the queue');
        assert.equal(await statusOf(comment.id), 'pending', `${url} ${JSON.stringify(pairs)} changed nothing`);
      }
      const tooMany = Array.from({ length: 201 }, (_, i): [string, string] => ['id', String(i + 1)]);
      assertNotice(await postPairs(editor, '/admin/binh-luan', [...tooMany, ['action', 'approve']]), 400, /tối đa 200 bình luận/);
      assertNotice(await editor.get('/admin/binh-luan?trang-thai=cho-duyet'), 400, /Trạng thái lọc không hợp lệ/);
      assertNotice(await editor.get('/admin/binh-luan?trang=0'), 400, /Số trang không hợp lệ/);
      assertNotice(await editor.get('/admin/binh-luan?trang=abc'), 400, /Số trang không hợp lệ/);
      const removeMissing = await postPairs(editor, '/admin/binh-luan/tu-cam/99999/xoa', []);
      assertNotice(removeMissing, 404, /Không tìm thấy từ cấm này/);
    });

    it('refuses every state change without a valid CSRF token', async () => {
      const comment = await addComment();
      await t.db.kysely.insertInto('banned_words').values({ word: 'ngu', folded: 'ngu', created_by: null, created_at: new Date().toISOString() }).execute();
      const word = await t.db.kysely.selectFrom('banned_words').select('id').executeTakeFirstOrThrow();
      const editor = as('editor');
      await editor.get('/admin/binh-luan');
      const posts: [string, [string, string][]][] = [
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['action', 'approve'],
          ],
        ],
        [`/admin/binh-luan/${comment.id}`, [['action', 'approve']]],
        ['/admin/binh-luan/tu-cam', [['word', 'khốn']]],
        [`/admin/binh-luan/tu-cam/${word.id}/xoa`, []],
      ];
      for (const [url, pairs] of posts) {
        assertNotice(await postPairs(editor, url, pairs, false), 403, CSRF_REFUSED);
        assertNotice(await postPairs(editor, url, [...pairs, ['_csrf', 'gia-mao']], false), 403, CSRF_REFUSED);
      }
      assert.equal(await statusOf(comment.id), 'pending');
      const words = await t.db.kysely.selectFrom('banned_words').select('word').execute();
      assert.deepEqual(words, [{ word: 'ngu' }]);
    });

    it('lets only editors, managing editors and the editor-in-chief in, on every route', async () => {
      const word = 'từ thử quyền';
      for (const role of ROLES) {
        const allowed = MODERATORS.includes(role);
        const client = as(role);
        await client.get('/admin');
        const comment = await addComment({ body: `Bình luận cho ${role}.` });
        const other = await addComment({ body: `Bình luận khác cho ${role}.` });
        const existing = await t.db.kysely
          .insertInto('banned_words')
          .values({ word: `xoa ${role}`, folded: bannedKey(`xoa ${role}`), created_by: null, created_at: new Date().toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        const expect = (res: LightMyRequestResponse, ok: number, what: string) => {
          if (allowed) assert.equal(res.statusCode, ok, `${role} ${what}`);
          else assertNotice(res, 403, /Không có quyền|chỉ dành cho/);
        };

        expect(await client.get('/admin/binh-luan'), 200, 'queue');
        expect(await client.get('/admin/binh-luan?trang-thai=spam'), 200, 'filtered queue');
        expect(await client.get('/admin/binh-luan/tu-cam'), 200, 'banned words');
        expect(await postPairs(client, `/admin/binh-luan/${comment.id}`, [['action', 'approve']]), 303, 'single decision');
        expect(
          await postPairs(client, '/admin/binh-luan', [
            ['id', String(other.id)],
            ['action', 'spam'],
          ]),
          303,
          'bulk decision',
        );
        expect(await postPairs(client, '/admin/binh-luan/tu-cam', [['word', `${word} ${role}`]]), 303, 'add a banned word');
        expect(await postPairs(client, `/admin/binh-luan/tu-cam/${existing.id}/xoa`, []), 303, 'remove a banned word');

        assert.deepEqual(await statuses([comment.id, other.id]), allowed ? ['approved', 'spam'] : ['pending', 'pending'], role);
        const added = await t.db.kysely.selectFrom('banned_words').select('id').where('word', '=', `${word} ${role}`).execute();
        assert.equal(added.length, allowed ? 1 : 0, `${role}: add`);
        const kept = await t.db.kysely.selectFrom('banned_words').select('id').where('id', '=', existing.id).execute();
        assert.equal(kept.length, allowed ? 0 : 1, `${role}: remove`);
      }

      // Anonymous: pages send to the login page, posts get a 401, nothing changes.
      const comment = await addComment({ body: 'Bình luận cho khách.' });
      for (const url of ['/admin/binh-luan', '/admin/binh-luan/tu-cam']) {
        const res = await t.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 302, url);
        assert.equal(res.headers.location, `/admin/dang-nhap?tiep=${encodeURIComponent(url)}`);
      }
      for (const [url, pairs] of [
        [
          '/admin/binh-luan',
          [
            ['id', String(comment.id)],
            ['action', 'approve'],
          ],
        ],
        [`/admin/binh-luan/${comment.id}`, [['action', 'approve']]],
        ['/admin/binh-luan/tu-cam', [['word', 'khách']]],
        ['/admin/binh-luan/tu-cam/1/xoa', []],
      ] as [string, [string, string][]][]) {
        assertNotice(await postPairs(null, url, pairs), 401, /đăng nhập/);
      }
      assert.equal(await statusOf(comment.id), 'pending');
      assert.equal((await t.db.kysely.selectFrom('banned_words').select('id').where('word', '=', 'khách').execute()).length, 0);
    });

    it('manages banned words with or without diacritics and refuses duplicates by folded key', async () => {
      const editor = as('editor');
      await editor.get('/admin/binh-luan/tu-cam');
      const added = await editor.post('/admin/binh-luan/tu-cam', { word: 'ngu' });
      assert.equal(added.statusCode, 303);
      assert.equal(added.headers.location, '/admin/binh-luan/tu-cam?xong=them');
      assert.equal((await editor.post('/admin/binh-luan/tu-cam', { word: '  Đồ   khốn ' })).statusCode, 303);

      const page = await editor.get('/admin/binh-luan/tu-cam?xong=them');
      const html = decodeEntities(page.body);
      assert.match(html, /Đã thêm từ cấm\./);
      assert.match(html, /<td>Đồ khốn<\/td><td><code>do khon<\/code><\/td>/, 'stored as entered, with its folded key');
      assert.match(html, /<td>ngu<\/td><td><code>ngu<\/code><\/td>/);

      for (const duplicate of ['Ngú', 'NGU', 'do khon', 'đồ-khốn']) {
        const res = await editor.post('/admin/binh-luan/tu-cam', { word: duplicate });
        assert.equal(res.statusCode, 400, duplicate);
        const body = decodeEntities(res.body);
        assert.match(body, /đã có trong danh sách/);
        assert.ok(body.includes(`value="${duplicate}"`), 'the entry comes back in the field');
      }
      for (const [input, message] of [
        ['   ', /Vui lòng nhập từ cần cấm/],
        ['!!!', /ít nhất một chữ cái hoặc chữ số/],
        ['a'.repeat(101), /dài quá 100 ký tự/],
      ] as const) {
        const res = await editor.post('/admin/binh-luan/tu-cam', { word: input });
        assert.equal(res.statusCode, 400);
        assert.match(decodeEntities(res.body), message);
      }
      const rows = await t.db.kysely.selectFrom('banned_words').select(['word', 'folded']).orderBy('folded').execute();
      assert.deepEqual(rows, [
        { word: 'Đồ khốn', folded: 'do khon' },
        { word: 'ngu', folded: 'ngu' },
      ]);

      const ngu = await t.db.kysely.selectFrom('banned_words').select('id').where('folded', '=', 'ngu').executeTakeFirstOrThrow();
      const removed = await editor.post(`/admin/binh-luan/tu-cam/${ngu.id}/xoa`);
      assert.equal(removed.statusCode, 303);
      assert.match(decodeEntities((await editor.get('/admin/binh-luan/tu-cam?xong=xoa')).body), /Đã xóa từ cấm\./);
      assert.equal((await t.db.kysely.selectFrom('banned_words').select('id').execute()).length, 1);
    });

    it('holds a reader comment with a banned word (with or without diacritics) and shows the reason to the moderator', async () => {
      const editor = as('editor');
      await editor.get('/admin/binh-luan/tu-cam');
      await editor.post('/admin/binh-luan/tu-cam', { word: 'ngu' }); // typed without diacritics
      await editor.post('/admin/binh-luan/tu-cam', { word: 'đồ khốn' }); // typed with them

      const clean = await readerPost('Nguyễn Văn An', 'Ông Nguyễn nói đúng, người dân rất đồng tình.');
      assert.equal(clean.hold_reason, null, '"ngu" does not match inside "Nguyễn"');
      assert.equal(clean.status, 'pending');
      const accented = await readerPost('Lò Văn Páo', 'Đúng là đồ ngú!');
      assert.equal(accented.hold_reason, 'Chứa từ cấm: ngu');
      assert.equal(accented.status, 'pending', 'held means pending with a reason');
      const plain = await readerPost('Khách', 'Do khon nan, viet the ma cung dang');
      assert.equal(plain.hold_reason, 'Chứa từ cấm: đồ khốn', 'a phrase typed with diacritics matches a comment typed without');
      const upper = await readerPost('Khách hai', 'ĐỒ KHỐN. Thật NGU.');
      assert.equal(upper.hold_reason, 'Chứa từ cấm: đồ khốn, ngu');
      const inName = await readerPost('Đồ Ngu', 'Tôi đồng ý với bài viết.');
      assert.equal(inName.hold_reason, 'Chứa từ cấm: ngu', 'the name is checked too');

      const queue = decodeEntities((await editor.get('/admin/binh-luan')).body);
      for (const held of [accented, plain, upper, inName]) {
        const item = new RegExp(`<li class="mod-item" id="bl-${held.id}">[\\s\\S]*?</li>`).exec(queue)?.[0] ?? '';
        assert.ok(item.includes(`<span class="mod-badge">Giữ lại</span> ${held.hold_reason}`), `reason of ${held.id} shown`);
      }
      const cleanItem = new RegExp(`<li class="mod-item" id="bl-${clean.id}">[\\s\\S]*?</li>`).exec(queue)?.[0] ?? '';
      assert.doesNotMatch(cleanItem, /Giữ lại/);

      // The moderator may still approve a held comment; its reason stays on record.
      await editor.post(`/admin/binh-luan/${plain.id}`, { action: 'approve' });
      assert.match(await publicPage(), /Do khon nan, viet the ma cung dang/);
      const approvedQueue = decodeEntities((await editor.get('/admin/binh-luan?trang-thai=approved')).body);
      assert.ok(approvedQueue.includes('Chứa từ cấm: đồ khốn'));
    });

    it('counts pending comments for the dashboard', async () => {
      await addComment();
      await addComment();
      await addComment({ status: 'approved' });
      await addComment({ status: 'spam' });
      assert.equal(await pendingCommentCount(t.db.kysely), 2);
      for (const role of ROLES) {
        const html = decodeEntities((await as(role).get('/admin')).body);
        if (MODERATORS.includes(role)) assert.match(html, /<a href="\/admin\/binh-luan">Bình luận chờ duyệt \(2\)<\/a>/, role);
        else assert.doesNotMatch(html, /href="\/admin\/binh-luan"/, role);
      }
    });
  });
}
