import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { addArticle } from '../src/newsroom/articles.js';
import type { Database } from '../src/db/schema.js';
import { approveRoyalty, proposeRoyalty, withdrawRoyalty, type RoyaltyInput } from '../src/royalties/article-royalty.js';
import { byPerson, bySection, closeMonth, monthStatement } from '../src/royalties/statements.js';
import { listGenres, listKinds, RoyaltyInputError, setUnitValue } from '../src/royalties/settings.js';
import { actorFor } from '../src/newsroom/actors.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { assertCsrfRefused, assertOnlyRoles, loginAllRoles, type RoleClients } from './helpers/role-clients.js';

const ZONE = 'Asia/Ho_Chi_Minh';

for (const dialect of dialects) {
  describe(`royalties (${dialect})`, () => {
    let t: TestApp;
    let db: Kysely<Database>;
    let fixture: Fixture;
    let clients: RoleClients;
    let chief: { id: number; role: 'editor_in_chief' };
    let photographer: number;
    let genreId: string;
    let writing: string;
    let photo: string;

    async function article(title: string, publishedAt: string, sectionId = fixture.sections.news.id) {
      return addArticle(db, {
        title,
        lead: 'Tóm tắt.',
        bodyHtml: '<p>Nội dung.</p>',
        sectionId,
        status: 'published',
        publishedAt,
        byline: 'Thu Hà',
        authorId: fixture.authorId,
      });
    }

    function input(coefficient: string, shares: [string, string, string][], note = ''): RoyaltyInput {
      return { genre: genreId, coefficient, note, shares: shares.map(([person, kind, share]) => ({ person, kind, share })) };
    }

    before(async () => {
      t = await createTestApp(dialect, { timeZone: ZONE });
      db = t.db.kysely;
      fixture = await seedFixture(t, 1);
      clients = await loginAllRoles(t);
      const chiefRow = await db.selectFrom('users').select('id').where('role', '=', 'editor_in_chief').executeTakeFirstOrThrow();
      chief = { id: chiefRow.id, role: 'editor_in_chief' };
      photographer = (await createUser(db, { username: 'nhiepanh', displayName: 'Lò Văn Ảnh', role: 'reporter', password: 'mật-khẩu-đủ-dài-123' })).id;
      const tin = (await listGenres(db)).find((g) => g.name === 'Tin');
      assert.ok(tin, 'default genres are seeded');
      assert.equal(tin.min, 100);
      assert.equal(tin.max, 1000);
      genreId = String(tin.id);
      const kinds = await listKinds(db);
      writing = String(kinds.find((k) => k.name === 'Viết')?.id);
      photo = String(kinds.find((k) => k.name === 'Ảnh')?.id);
    });
    after(async () => {
      await t?.close();
    });

    it('pays by the unit value in force on the publication day, in the site zone, split by shares', async () => {
      // 23:59 on 30 June in Vietnam is June (180.000 đ a unit); 00:30 on 1 July is July (234.000 đ).
      const june = await article('Tin tháng sáu', '2024-06-30T16:59:00.000Z');
      const july = await article('Tin đầu tháng bảy', '2024-06-30T17:30:00.000Z', fixture.sections.farming.id);
      // A new value from 15 July: the month's statement uses both values.
      await setUnitValue(db, chief, { effectiveFrom: '2024-07-15', value: '250.000', note: 'thử giữa tháng' });
      const midJuly = await article('Tin giữa tháng bảy', '2024-07-15T03:00:00.000Z');
      await approveRoyalty(db, chief, june.id, input('2', [[`u${fixture.authorId}`, writing, '100']]));
      await approveRoyalty(
        db,
        chief,
        july.id,
        input('1,5', [
          [`u${fixture.authorId}`, writing, '60'],
          [`u${photographer}`, photo, '40'],
        ]),
      );
      await approveRoyalty(
        db,
        chief,
        midJuly.id,
        input('1', [
          [`u${fixture.authorId}`, writing, '33,33'],
          [`u${photographer}`, photo, '66,67'],
        ]),
      );

      const juneStatement = await monthStatement(db, ZONE, '2024-06');
      assert.deepEqual(
        juneStatement.lines.map((l) => [l.articleTitle, l.unitValue, l.amount]),
        [['Tin tháng sáu', 180_000, 360_000]],
      );

      const julyStatement = await monthStatement(db, ZONE, '2024-07');
      assert.deepEqual(
        julyStatement.lines.map((l) => [l.articleTitle, l.personName, l.publishedOn, l.unitValue, l.share, l.amount]),
        [
          ['Tin đầu tháng bảy', 'Nguyễn Thu Hà', '2024-07-01', 234_000, 6000, 210_600],
          ['Tin đầu tháng bảy', 'Lò Văn Ảnh', '2024-07-01', 234_000, 4000, 140_400],
          ['Tin giữa tháng bảy', 'Nguyễn Thu Hà', '2024-07-15', 250_000, 3333, 83_325],
          ['Tin giữa tháng bảy', 'Lò Văn Ảnh', '2024-07-15', 250_000, 6667, 166_675],
        ],
      );
      assert.equal(julyStatement.total, 351_000 + 250_000);
      assert.deepEqual(
        byPerson(julyStatement.lines).map((p) => [p.name, p.amount]),
        [
          ['Lò Văn Ảnh', 307_075],
          ['Nguyễn Thu Hà', 293_925],
        ],
      );
      assert.deepEqual(
        bySection(julyStatement.lines).map((s) => [s.name, s.amount]),
        [
          ['Nông nghiệp', 351_000],
          ['Thời sự', 250_000],
        ],
      );
    });

    it('refuses bad royalties whole: out of range without a note, shares not 100%, unknown people', async () => {
      const a = await article('Tin kiểm tra', '2024-07-20T03:00:00.000Z');
      const cases: [RoyaltyInput, RegExp][] = [
        [input('12', [[`u${fixture.authorId}`, writing, '100']]), /ngoài khung 1–10 của thể loại Tin: cần ghi chú/],
        [
          input('2', [
            [`u${fixture.authorId}`, writing, '60'],
            [`u${photographer}`, photo, '30'],
          ]),
          /Tổng tỷ lệ phải là 100%, hiện là 90%/,
        ],
        [
          input('2', [
            [`u${fixture.authorId}`, writing, '60'],
            [`u${photographer}`, photo, '50'],
          ]),
          /hiện là 110%/,
        ],
        [input('2', [['u999999', writing, '100']]), /Dòng 1: hãy chọn người hưởng/],
        [input('2', []), /Cần ít nhất một người/],
        [input('abc', [[`u${fixture.authorId}`, writing, '100']]), /Hệ số là số dương/],
      ];
      for (const [bad, message] of cases) {
        await assert.rejects(approveRoyalty(db, chief, a.id, bad), (error: unknown) => error instanceof RoyaltyInputError && message.test(error.message));
      }
      assert.equal((await db.selectFrom('article_royalties').select('article_id').where('article_id', '=', a.id).execute()).length, 0);
      // With a note, the same coefficient outside the range is accepted.
      await approveRoyalty(db, chief, a.id, input('12', [[`u${fixture.authorId}`, writing, '100']], 'Tin độc quyền, đặc biệt nhanh'));
      await withdrawRoyalty(db, chief, a.id, 'Thử nghiệm');
    });

    it('closing freezes a month; a later correction is an adjustment line in the next month', async () => {
      const before = await monthStatement(db, ZONE, '2024-07');
      await assert.rejects(closeMonth(db, ZONE, chief, '2024-07', new Date('2024-07-31T16:59:00.000Z')), /chưa kết thúc/);
      await closeMonth(db, ZONE, chief, '2024-07', new Date('2024-07-31T17:00:00.000Z'));
      await assert.rejects(closeMonth(db, ZONE, chief, '2024-07'), /đã được chốt/);
      const june = await monthStatement(db, ZONE, '2024-06');
      assert.equal(june.closed, true, 'an earlier open month is closed with it');
      assert.equal(june.total, 360_000);
      const closed = await monthStatement(db, ZONE, '2024-07');
      assert.equal(closed.closed, true);
      assert.deepEqual(
        closed.lines.map((l) => l.amount),
        before.lines.map((l) => l.amount),
      );

      // The editor-in-chief corrects the early-July article's coefficient from 1,5 to 2 after closing.
      const july = await db.selectFrom('articles').select('id').where('title', '=', 'Tin đầu tháng bảy').executeTakeFirstOrThrow();
      await approveRoyalty(
        db,
        chief,
        july.id,
        input('2', [
          [`u${fixture.authorId}`, writing, '60'],
          [`u${photographer}`, photo, '40'],
        ]),
      );
      const stillClosed = await monthStatement(db, ZONE, '2024-07');
      assert.deepEqual(stillClosed.lines, closed.lines, 'a closed month never changes');
      const august = await monthStatement(db, ZONE, '2024-08');
      assert.equal(august.closed, false);
      // 2 × 234.000 = 468.000 instead of 351.000: +70.200 and +46.800.
      assert.deepEqual(
        august.lines.map((l) => [l.articleTitle, l.personName, l.amount, l.adjustment]),
        [
          ['Tin đầu tháng bảy', 'Nguyễn Thu Hà', 70_200, true],
          ['Tin đầu tháng bảy', 'Lò Văn Ảnh', 46_800, true],
        ],
      );
      // Withdrawn royalty of a paid June article: taken back in August.
      const juneArticle = await db.selectFrom('articles').select('id').where('title', '=', 'Tin tháng sáu').executeTakeFirstOrThrow();
      await withdrawRoyalty(db, chief, juneArticle.id, 'Bài trùng');
      const again = await monthStatement(db, ZONE, '2024-08');
      assert.ok(again.lines.some((l) => l.articleTitle === 'Tin tháng sáu' && l.amount === -360_000 && l.adjustment));
      assert.equal(again.total, 70_200 + 46_800 - 360_000);

      // Once August is closed, the corrections are paid and no longer come back.
      await closeMonth(db, ZONE, chief, '2024-08', new Date('2024-09-01T00:00:00.000Z'));
      assert.equal((await monthStatement(db, ZONE, '2024-09')).lines.length, 0);
      assert.equal((await monthStatement(db, ZONE, '2024-08')).total, 70_200 + 46_800 - 360_000);
    });

    it('proposal by the managing editor, decision by the editor-in-chief, on the article screen', async () => {
      const a = await article('Bài cho bảng nhuận bút', new Date(Date.now() - 3600_000).toISOString());
      const url = `/admin/bai-viet/${a.id}/nhuan-but`;
      const form = { buoc: 'de-xuat', genre: genreId, coefficient: '3', note: '', person_0: `u${fixture.authorId}`, kind_0: writing, share_0: '100' };
      await assertOnlyRoles(t, clients, { method: 'GET', url }, ['managing_editor', 'editor_in_chief']);
      await clients.managing_editor.get(url);
      await assertCsrfRefused(t, clients.managing_editor, url, form);

      // The managing editor proposes; nothing is paid yet.
      let res = await clients.managing_editor.post(url, form);
      assert.equal(res.statusCode, 303);
      res = await clients.managing_editor.get(url);
      assert.match(res.body, /Đề xuất đang chờ Tổng biên tập/);
      assert.match(res.body, /750\.000 ₫/, '3 × 250.000, the value set from 15 July 2024 on');
      assert.doesNotMatch(res.body, /Duyệt nhuận bút/, 'the managing editor cannot approve');
      const stages = async () =>
        (await db.selectFrom('article_royalties').select('stage').where('article_id', '=', a.id).orderBy('stage').execute()).map((r) => r.stage);
      assert.deepEqual(await stages(), ['proposed']);

      // The managing editor sending an approval is refused and nothing changes.
      res = await clients.managing_editor.post(url, { ...form, buoc: 'duyet' });
      assert.equal(res.statusCode, 403);
      assert.deepEqual(await stages(), ['proposed']);

      // Bad input: a clear 400 in Vietnamese, the typed values kept, nothing changed.
      await clients.editor_in_chief.get(url);
      res = await clients.editor_in_chief.post(url, { ...form, buoc: 'duyet', coefficient: '40' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /ngoài khung 1–10 của thể loại Tin: cần ghi chú lý do/);
      assert.match(res.body, /value="40"/);
      res = await clients.editor_in_chief.post(url, { ...form, buoc: 'duyet', share_0: '80' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Tổng tỷ lệ phải là 100%, hiện là 80%/);
      assert.deepEqual(await stages(), ['proposed']);

      res = await clients.editor_in_chief.post(url, { ...form, buoc: 'duyet', coefficient: '40', note: 'Phóng sự điều tra dài kỳ' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await stages(), ['approved'], 'the decision settles the proposal');
      res = await clients.editor_in_chief.get(url);
      assert.match(res.body, /Nhuận bút đã duyệt/);
      assert.match(res.body, /ngoài khung/);
      assert.match(res.body, /10\.000\.000 ₫/);

      const audit = await db.selectFrom('royalty_audit').select(['action', 'role', 'detail']).where('article_id', '=', a.id).orderBy('id').execute();
      assert.deepEqual(
        audit.map((r) => [r.action, r.role]),
        [
          ['propose', 'managing_editor'],
          ['approve', 'editor_in_chief'],
        ],
      );
      assert.match(audit[1].detail, /Tin · hệ số 40 · Nguyễn Thu Hà \(Viết\) 100% · ghi chú: Phóng sự điều tra dài kỳ/);
      await assert.rejects(db.updateTable('royalty_audit').set({ detail: 'sửa' }).execute(), 'audit records cannot be rewritten');
      await assert.rejects(db.deleteFrom('royalty_audit').execute());

      // The editor-in-chief turns a later proposal down with a reason; the approved royalty stays.
      await clients.managing_editor.get(url);
      await clients.managing_editor.post(url, { ...form, coefficient: '5' });
      await clients.editor_in_chief.get(url);
      res = await clients.editor_in_chief.post(`${url}/khong-duyet`, { ly_do: '' });
      assert.equal(res.statusCode, 400);
      res = await clients.editor_in_chief.post(`${url}/khong-duyet`, { ly_do: 'Hệ số quá cao' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await stages(), ['approved']);
      await assertOnlyRoles(t, clients, { method: 'POST', url: `${url}/huy`, form: { ly_do: 'Thử' } }, ['editor_in_chief']);
      assert.deepEqual(await stages(), []);
    });

    it('statements: per month, person and section; own statement; print; .xlsx read back; closing by the editor-in-chief', async () => {
      await assertOnlyRoles(t, clients, { method: 'GET', url: '/admin/nhuan-but?thang=2024-07' }, ['managing_editor', 'editor_in_chief']);
      await assertOnlyRoles(t, clients, { method: 'GET', url: '/admin/nhuan-but/cua-toi?thang=2024-07' }, [
        'reporter',
        'editor',
        'managing_editor',
        'editor_in_chief',
      ]);
      let res = await clients.managing_editor.get('/admin/nhuan-but?thang=2024-07');
      assert.match(res.body, /Đã chốt bởi Người editor_in_chief/);
      assert.match(res.body, /601\.000 ₫/);
      assert.match(res.body, /Bằng chữ: Sáu trăm linh một nghìn đồng/);
      assert.doesNotMatch(res.body, /Chốt tháng 07\/2024/, 'a closed month offers no closing');
      res = await clients.managing_editor.get(`/admin/nhuan-but/nguoi/u${photographer}?thang=2024-07`);
      assert.match(res.body, /Nhuận bút của Lò Văn Ảnh/);
      assert.match(res.body, /307\.075 ₫/);
      assert.match(res.body, /Ba trăm linh bảy nghìn không trăm bảy mươi lăm đồng/);
      res = await clients.managing_editor.get(`/admin/nhuan-but/chuyen-muc/${fixture.sections.farming.id}?thang=2024-07`);
      assert.match(res.body, /351\.000 ₫/);
      res = await clients.managing_editor.get('/admin/nhuan-but?thang=2024-13');
      assert.equal(res.statusCode, 400);
      res = await clients.managing_editor.get('/admin/nhuan-but/nguoi/x1?thang=2024-07');
      assert.equal(res.statusCode, 404);

      // August: the corrections as adjustment lines.
      res = await clients.editor_in_chief.get('/admin/nhuan-but?thang=2024-08');
      assert.match(res.body, /\(điều chỉnh\)/);
      assert.match(res.body, /-243\.000 ₫/);

      // A person's own statement shows only their lines.
      const own = new NewsroomClient(t.app);
      await createUser(db, { username: 'anhcuatoi', displayName: 'Người chụp ảnh', role: 'reporter', password: 'mật-khẩu-đủ-dài-123' });
      await own.login('anhcuatoi', 'mật-khẩu-đủ-dài-123');
      res = await own.get('/admin/nhuan-but/cua-toi?thang=2024-07');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Không có dòng nào/);
      const photographerClient = new NewsroomClient(t.app);
      await photographerClient.login('nhiepanh', 'mật-khẩu-đủ-dài-123');
      res = await photographerClient.get('/admin/nhuan-but/cua-toi?thang=2024-07');
      assert.match(res.body, /Nhuận bút của Lò Văn Ảnh/);
      assert.match(res.body, /307\.075 ₫/);
      assert.match(res.body, /Ba trăm linh bảy nghìn không trăm bảy mươi lăm đồng/);
      assert.doesNotMatch(res.body, /210\.600 ₫/, "not the writer's part");
      res = await clients.reporter.get('/admin/nhuan-but/cua-toi/in?thang=2024-07');
      assert.equal(res.statusCode, 200);

      res = await clients.managing_editor.get('/admin/nhuan-but/in?thang=2024-07');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Bảng kê nhuận bút — Tháng 07\/2024/);
      assert.match(res.body, /Tổng biên tập/);
      assert.doesNotMatch(res.body, /admin-nav/, 'the printable sheet has no menu');

      res = await clients.managing_editor.get('/admin/nhuan-but/xuat.xlsx?thang=2024-07');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /spreadsheetml/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const summary = book.getWorksheet('Tổng hợp');
      const lines = book.getWorksheet('Chi tiết');
      assert.ok(summary && lines);
      const statement = await monthStatement(db, ZONE, '2024-07');
      assert.equal(lines.rowCount, statement.lines.length + 1);
      lines.eachRow((row, n) => {
        if (n === 1) return;
        const line = statement.lines[n - 2];
        assert.equal(row.getCell(2).value, line.articleTitle);
        assert.equal(row.getCell(10).value, line.amount);
      });
      const total = summary.getRow(summary.rowCount);
      assert.equal(total.getCell(1).value, 'Tổng cộng');
      assert.equal(total.getCell(3).value, 601_000);
      assert.equal(total.getCell(4).value, 'Sáu trăm linh một nghìn đồng');

      // Closing: only the editor-in-chief, only a month that has ended.
      const now = new Date();
      const thisMonth = `${now.getUTCFullYear() + 1}-01`;
      await clients.editor_in_chief.get('/admin/nhuan-but');
      res = await clients.editor_in_chief.post('/admin/nhuan-but/chot', { thang: thisMonth });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /chưa kết thúc/);
      res = await clients.editor_in_chief.post('/admin/nhuan-but/chot', { thang: '2024-08' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /đã được chốt/);
      await assertOnlyRoles(t, clients, { method: 'POST', url: '/admin/nhuan-but/chot', form: { thang: '2024-10' } }, ['editor_in_chief']);
      assert.equal((await monthStatement(db, ZONE, '2024-10')).closed, true);
    });

    it('settings belong to the administrator; outside contributors to the managing editor and editor-in-chief, details kept private', async () => {
      const settings = '/admin/nhuan-but/cai-dat';
      await assertOnlyRoles(t, clients, { method: 'GET', url: settings }, ['admin']);
      await assertOnlyRoles(t, clients, { method: 'POST', url: `${settings}/the-loai`, form: { name: 'Tản văn', min: '2', max: '8', active: '1' } }, ['admin']);
      assert.ok((await listGenres(db)).some((g) => g.name === 'Tản văn' && g.min === 200 && g.max === 800));
      await clients.admin.get(settings);
      const before = JSON.stringify(await listGenres(db));
      let res = await clients.admin.post(`${settings}/the-loai`, { name: 'Sai khung', min: '9', max: '2', active: '1' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Hệ số thấp nhất phải không lớn hơn hệ số cao nhất/);
      res = await clients.admin.post(`${settings}/the-loai`, { name: 'Tin', min: '1', max: '2', active: '1' });
      assert.equal(res.statusCode, 400, 'a second genre of the same name');
      assert.equal(JSON.stringify(await listGenres(db)), before);
      res = await clients.admin.post(`${settings}/don-vi`, { effective_from: '2031-02-30', value: '300.000', note: '' });
      assert.equal(res.statusCode, 400);
      res = await clients.admin.post(`${settings}/don-vi`, { effective_from: '30/02/2031', value: '300.000', note: '' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Ngày áp dụng không hợp lệ: hãy ghi ngày\/tháng\/năm, ví dụ 01\/07\/2024\./);
      res = await clients.admin.post(`${settings}/don-vi`, { effective_from: '01/01/2031', value: '300.000', note: 'Lương cơ sở mới' });
      assert.equal(res.statusCode, 303);
      res = await clients.admin.get(settings);
      assert.match(res.body, /01\/01\/2031/);
      assert.match(res.body, /300\.000 ₫/);
      res = await clients.admin.post(`${settings}/luot-xem`, { days: '30' });
      assert.equal(res.statusCode, 400, 'less than the 90 days the charts show');
      res = await clients.admin.post(`${settings}/luot-xem`, { days: '365' });
      assert.equal(res.statusCode, 303);
      const actions = (await db.selectFrom('royalty_audit').select('action').where('article_id', 'is', null).execute()).map((r) => r.action);
      assert.ok(actions.includes('genre.create') && actions.includes('unit_value.set') && actions.includes('views_retention.set'));

      const contributors = '/admin/nhuan-but/cong-tac-vien';
      const form = { name: 'Hà Văn Cộng', pen_name: 'Hà Sơn', payment_details: 'STK 0123456789 Agribank Sơn Lâm', active: '1' };
      await assertOnlyRoles(t, clients, { method: 'POST', url: contributors, form }, ['managing_editor', 'editor_in_chief']);
      const row = await db.selectFrom('royalty_contributors').select('id').where('name', '=', 'Hà Văn Cộng').executeTakeFirstOrThrow();
      const audit = await db.selectFrom('royalty_audit').select('detail').where('action', 'like', 'contributor.%').execute();
      assert.ok(
        audit.every((r) => !r.detail.includes('0123456789')),
        'payment details never reach the audit trail',
      );
      // The contributor can be given a share, and their statement shows the details to those who decide.
      const a = await article('Ảnh phóng sự của cộng tác viên', '2024-11-05T03:00:00.000Z');
      await approveRoyalty(db, chief, a.id, input('4', [[`c${row.id}`, photo, '100']]));
      res = await clients.managing_editor.get(`/admin/nhuan-but/nguoi/c${row.id}?thang=2024-11`);
      assert.match(res.body, /STK 0123456789 Agribank Sơn Lâm/);
      assert.match(res.body, /1\.000\.000 ₫/, '4 × 250.000 (the value from 15 July 2024)');
      res = await clients.reporter.get(`/admin/nhuan-but/nguoi/c${row.id}?thang=2024-11`);
      assert.equal(res.statusCode, 403);
      assert.doesNotMatch(res.body, /0123456789/);
    });

    it('after a real closing, only articles touched since are recomputed: an unpublished paid article is taken back', async () => {
      await clients.editor_in_chief.get('/admin/nhuan-but');
      const res = await clients.editor_in_chief.post('/admin/nhuan-but/chot', { thang: '2024-11' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual((await monthStatement(db, ZONE, '2024-12')).lines, [], 'nothing changed since the closing');
      const paid = await db.selectFrom('articles').select('id').where('title', '=', 'Tin giữa tháng bảy').executeTakeFirstOrThrow();
      await applyTransition(db, await actorFor(db, chief), paid.id, { name: 'unpublish', note: 'Gỡ theo yêu cầu' }, { managingEditorMayPublish: false });
      const december = await monthStatement(db, ZONE, '2024-12');
      assert.deepEqual(
        december.lines.map((l) => [l.articleTitle, l.personName, l.amount, l.adjustment]),
        [
          ['Tin giữa tháng bảy', 'Nguyễn Thu Hà', -83_325, true],
          ['Tin giữa tháng bảy', 'Lò Văn Ảnh', -166_675, true],
        ],
      );
      // Two closings of one month at the same moment: one wins, the other is refused, nothing is doubled.
      const results = await Promise.allSettled([closeMonth(db, ZONE, chief, '2024-12'), closeMonth(db, ZONE, chief, '2024-12')]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      const refused = results.find((r) => r.status === 'rejected');
      assert.ok(refused && refused.reason instanceof RoyaltyInputError && /được chốt/.test(refused.reason.message), String(refused && refused.reason));
      const lines = await db.selectFrom('royalty_lines').select('id').where('month', '=', '2024-12').execute();
      assert.equal(lines.length, 2);
    });

    it('proposals from code check the article exists', async () => {
      await assert.rejects(proposeRoyalty(db, chief, 987654, input('2', [[`u${fixture.authorId}`, writing, '100']])), /Không tìm thấy bài viết/);
    });
  });
}
