import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../src/db/schema.js';
import { AccountInputError, deactivateAccount } from '../src/newsroom/user-admin.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities, NewsroomClient } from './helpers/newsroom-client.js';
import { assertCsrfRefused, assertOnlyRoles, loginAllRoles, PASSWORD, snapshot, USERNAMES, type RoleClients, type RouteCase } from './helpers/role-clients.js';

const LIST = '/admin/nguoi-dung';

for (const dialect of dialects) {
  describe(`users screen (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 1);
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    const db = () => t.db.kysely;
    const user = (username: string) => db().selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
    const sectionsOf = async (id: number) =>
      (await db().selectFrom('user_sections').select('section_id').where('user_id', '=', id).orderBy('section_id').execute()).map((r) => r.section_id);

    async function canLogIn(username: string, password: string): Promise<boolean> {
      const browser = new NewsroomClient(t.app);
      await browser.get('/admin/dang-nhap');
      return (await browser.post('/admin/dang-nhap', { username, password })).statusCode === 303;
    }

    test('the list shows every account with its role and state', async () => {
      const page = await clients.admin.get(LIST);
      assert.equal(page.statusCode, 200);
      for (const name of Object.values(USERNAMES)) assert.match(page.body, new RegExp(`<td>${name}</td>`));
      assert.match(page.body, /Thư ký tòa soạn/);
      assert.match(page.body, /Thêm người dùng/);
    });

    test('creating an account with a chosen password; the new person can log in', async () => {
      const admin = clients.admin;
      const response = await admin.post(LIST, {
        username: 'Lananh',
        display_name: 'Trần Lan Anh',
        email: 'lananh@bao.test',
        role: 'editor',
        sections: String(fx.sections.news.id),
        password: 'mot-mat-khau-rat-dai',
      });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Đã tạo tài khoản <strong>lananh<\/strong>/);
      assert.doesNotMatch(response.body, /Mật khẩu ban đầu:/, 'a chosen password is not echoed');
      const created = await user('lananh');
      assert.equal(created.role, 'editor');
      assert.equal(created.email, 'lananh@bao.test');
      assert.deepEqual(await sectionsOf(created.id), [fx.sections.news.id]);
      assert.ok(await canLogIn('lananh', 'mot-mat-khau-rat-dai'));
    });

    test('creating an account without a password generates one, shown once', async () => {
      const response = await clients.admin.post(LIST, { username: 'minhduc', display_name: 'Lê Minh Đức', email: '', role: 'reporter', password: '' });
      assert.equal(response.statusCode, 200);
      const match = /Mật khẩu ban đầu: <code class="secret">([^<]+)<\/code>/.exec(response.body);
      assert.ok(match, 'the generated password is on the page');
      const password = decodeEntities(match[1]);
      assert.ok(password.length >= 10);
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.ok(await canLogIn('minhduc', password));
      assert.doesNotMatch((await clients.admin.get(LIST)).body, new RegExp(match[1]), 'never shown again');
    });

    test('bad input brings the form back with a message and creates nothing', async () => {
      const base = { username: 'hoabinh', display_name: 'Hòa Bình', email: '', role: 'reporter', password: '' };
      const cases: [Record<string, string>, RegExp][] = [
        [{ password: 'ngan' }, /Mật khẩu cần ít nhất 10 ký tự/],
        [{ username: 'quantri' }, /đã có người dùng/],
        [{ username: 'Có Dấu' }, /Tên đăng nhập chỉ gồm/],
        [{ display_name: '  ' }, /Cần có tên hiển thị/],
        [{ email: 'khong-phai-thu' }, /không hợp lệ/],
        [{ role: 'superuser' }, /Hãy chọn một vai trò/],
        [{ role: 'editor', sections: '999999' }, /Có chuyên mục được chọn không tồn tại/],
      ];
      for (const [changes, message] of cases) {
        const before = await snapshot(db());
        const response = await clients.admin.post(LIST, { ...base, ...changes });
        assert.equal(response.statusCode, 400, JSON.stringify(changes));
        assert.match(response.body, message);
        assert.match(response.body, /value="Hòa Bình"|value=" {2}"/, 'the form comes back with what was typed');
        assert.equal(await snapshot(db()), before);
      }
    });

    test('changing role and sections; sections are kept only for editors', async () => {
      const admin = clients.admin;
      const editor = await user(USERNAMES.editor);
      const form = { display_name: 'Biên tập Viên', email: 'btv@bao.test', role: 'editor' };
      await admin.get(`${LIST}/${editor.id}`);
      const saved = await admin.request('POST', `${LIST}/${editor.id}`, {
        form: { _csrf: admin.token, ...form, sections: String(fx.sections.news.id) },
      });
      assert.equal(saved.statusCode, 303);
      // Two checkboxes: formbody sends an array.
      const payload = new URLSearchParams({ _csrf: admin.token, ...form });
      payload.append('sections', String(fx.sections.news.id));
      payload.append('sections', String(fx.sections.farming.id));
      const both = await t.app.inject({
        method: 'POST',
        url: `${LIST}/${editor.id}`,
        headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
        payload: payload.toString(),
      });
      assert.equal(both.statusCode, 303);
      assert.deepEqual(
        await sectionsOf(editor.id),
        [fx.sections.news.id, fx.sections.farming.id].sort((a, b) => a - b),
      );
      assert.equal((await user(USERNAMES.editor)).display_name, 'Biên tập Viên');

      const page = await admin.get(`${LIST}/${editor.id}`);
      assert.match(page.body, /action="\/admin\/nguoi-dung\/\d+\/mat-khau"/, 'the reset password form is there');

      assert.equal((await admin.post(`${LIST}/${editor.id}`, { ...form, role: 'reporter', sections: String(fx.sections.news.id) })).statusCode, 303);
      assert.equal((await user(USERNAMES.editor)).role, 'reporter');
      assert.deepEqual(await sectionsOf(editor.id), []);
      assert.equal((await admin.post(`${LIST}/${editor.id}`, { ...form, role: 'editor' })).statusCode, 303);

      const before = await snapshot(db());
      const bad = await admin.post(`${LIST}/${editor.id}`, { ...form, email: 'a@b' });
      assert.equal(bad.statusCode, 400);
      assert.equal(await snapshot(db()), before);
      assert.equal((await admin.get(`${LIST}/999999`)).statusCode, 404);
    });

    test('deactivating ends the sessions and stops logins; reactivating restores them', async () => {
      const admin = clients.admin;
      const reporter = await user(USERNAMES.reporter);
      assert.equal((await clients.reporter.get('/admin')).statusCode, 200);
      await admin.get(`${LIST}/${reporter.id}`);
      const done = await admin.post(`${LIST}/${reporter.id}/khoa`);
      assert.equal(done.statusCode, 303);
      assert.equal((await user(USERNAMES.reporter)).active, 0);
      const sessions = await db().selectFrom('sessions').select('id').where('user_id', '=', reporter.id).execute();
      assert.equal(sessions.length, 0, 'every session of the person ended');
      const kicked = await clients.reporter.get('/admin');
      assert.equal(kicked.statusCode, 302);
      assert.match(String(kicked.headers.location), /^\/admin\/dang-nhap/);
      assert.equal(await canLogIn(USERNAMES.reporter, PASSWORD), false);
      assert.match((await admin.get(`${LIST}/${reporter.id}`)).body, /Đã khóa/);

      assert.equal((await admin.post(`${LIST}/${reporter.id}/mo-khoa`)).statusCode, 303);
      assert.equal((await user(USERNAMES.reporter)).active, 1);
      assert.ok(await canLogIn(USERNAMES.reporter, PASSWORD));
      await clients.reporter.login(USERNAMES.reporter, PASSWORD);
    });

    test('an administrator cannot deactivate themselves nor remove the last active administrator', async () => {
      const admin = clients.admin;
      const me = await user(USERNAMES.admin);
      await admin.get(`${LIST}/${me.id}`);
      let before = await snapshot(db());
      const self = await admin.post(`${LIST}/${me.id}/khoa`);
      assert.equal(self.statusCode, 409);
      assert.match(self.body, /không thể tự khóa/);
      assert.equal(await snapshot(db()), before);

      before = await snapshot(db());
      const demote = await admin.post(`${LIST}/${me.id}`, { display_name: me.display_name, email: '', role: 'editor_in_chief' });
      assert.equal(demote.statusCode, 400);
      assert.match(demote.body, /quản trị viên cuối cùng/);
      assert.equal(await snapshot(db()), before);

      // The model refuses the last administrator whoever asks (the CLI, a script).
      await assert.rejects(deactivateAccount(db(), t.app.sessions, 0, me as User), AccountInputError);

      // With a second administrator, one may step down; then the other is the last one.
      const created = await admin.post(LIST, { username: 'quantri2', display_name: 'Quản trị hai', email: '', role: 'admin', password: PASSWORD });
      assert.equal(created.statusCode, 200);
      const second = await user('quantri2');
      const other = new NewsroomClient(t.app);
      await other.login('quantri2', PASSWORD);
      assert.equal((await other.post(`${LIST}/${me.id}/khoa`)).statusCode, 303);
      assert.equal((await user(USERNAMES.admin)).active, 0);
      await other.get(`${LIST}/${second.id}`);
      const last = await other.post(`${LIST}/${second.id}`, { display_name: 'Quản trị hai', email: '', role: 'reporter' });
      assert.equal(last.statusCode, 400);
      assert.match(last.body, /quản trị viên cuối cùng/);
      assert.equal((await other.post(`${LIST}/${me.id}/mo-khoa`)).statusCode, 303);
      await admin.login(USERNAMES.admin, PASSWORD);
      // Two active administrators again: the second may now step down, and lands on the dashboard.
      const stepDown = await other.post(`${LIST}/${second.id}`, { display_name: 'Quản trị hai', email: '', role: 'reporter' });
      assert.equal(stepDown.statusCode, 303);
      assert.equal(stepDown.headers.location, '/admin');
    });

    test('only the administrator reaches the user screens; others get 403 and change nothing', async () => {
      const target = await user('minhduc');
      const cases: RouteCase[] = [
        { method: 'GET', url: LIST },
        // Creating answers with the page (the password may be shown), not a redirect.
        { method: 'POST', url: LIST, form: { username: 'khach', display_name: 'Khách', email: '', role: 'reporter', password: '' }, okStatus: 200 },
        { method: 'GET', url: `${LIST}/${target.id}` },
        {
          method: 'POST',
          url: `${LIST}/${target.id}`,
          form: { display_name: 'Lê Minh Đức', email: '', role: 'editor', sections: String(fx.sections.news.id) },
        },
        { method: 'POST', url: `${LIST}/${target.id}/khoa` },
        { method: 'POST', url: `${LIST}/${target.id}/mo-khoa` },
        { method: 'POST', url: `${LIST}/${target.id}/mat-khau`, form: { password: 'mat-khau-moi-du-dai' }, okStatus: 200 },
      ];
      for (const route of cases) await assertOnlyRoles(t, clients, route, ['admin']);
      assert.ok(await user('khach'));
      assert.equal((await user('minhduc')).role, 'editor');
    });

    test('a change without a valid CSRF token is refused', async () => {
      const target = await user('minhduc');
      await assertCsrfRefused(t, clients.admin, `${LIST}/${target.id}/khoa`, {});
      await assertCsrfRefused(t, clients.admin, LIST, { username: 'khong-token', display_name: 'Không', email: '', role: 'reporter', password: '' });
    });
  });
}
