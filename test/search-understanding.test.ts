import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { addArticle } from '../src/newsroom/articles.js';
import { EQUIVALENTS_SETTING } from '../src/search/equivalents.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { loginAllRoles, type RoleClients } from './helpers/role-clients.js';

/**
 * What readers mean rather than what they type: questions and extra words (partial matches),
 * abbreviations and spellings both ways, numbers, road markers, keystrokes of an input method that
 * was off, and the level tone of a plain word in a marked query. Both databases.
 */

const HOUR_MS = 60 * 60 * 1000;

for (const dialect of dialects) {
  describe(`search understands readers (${dialect})`, () => {
    let t: TestApp;
    let roles: RoleClients;
    let sectionId = 0;
    let hoursAgo = 1;
    const add = async (title: string, body = '<p>Nội dung.</p>', lead = '') => {
      const article = await addArticle(t.db.kysely, {
        title,
        lead,
        bodyHtml: body,
        sectionId,
        status: 'published',
        publishedAt: new Date(Date.now() - hoursAgo++ * HOUR_MS).toISOString(),
        byline: 'Phóng viên',
        authorId: null,
      });
      return article.id;
    };
    const search = (q: string, asTyped = false) => t.app.searchEngine.search(q, { limit: 20, asTyped });
    const ids = async (q: string) => (await search(q)).hits.map((h) => h.id);

    before(async () => {
      t = await createTestApp(dialect);
      sectionId = (await createSection(t.db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 })).id;
      roles = await loginAllRoles(t);
    });
    after(() => t.close());

    test('a question no article answers word for word gets the articles that cover most of it, rare words first', async () => {
      const coffee = await add('Giá cà phê Sơn Lâm lên mức cao nhất', '<p>Thương lái thu mua cà phê nhân với giá 52.000 đồng một ký.</p>');
      // "năm nay" and "bao nhiêu" are in most articles of a paper.
      const common: number[] = [];
      for (let i = 0; i < 6; i++) common.push(await add(`Tin tổng hợp số ${i + 1}`, '<p>Năm nay bao nhiêu hộ được hỗ trợ làm nhà vẫn chưa thống kê xong.</p>'));
      const results = await search('giá cà phê năm nay bao nhiêu');
      assert.equal(results.partial, true, 'no article has every word');
      assert.equal(results.hits[0]?.id, coffee, '"giá cà phê" outweighs "năm nay bao nhiêu", which are common');
      assert.ok(results.hits.slice(1).every((h) => common.includes(h.id)));

      const page = await t.app.inject({ url: '/tim-kiem', query: { q: 'giá cà phê năm nay bao nhiêu' } });
      assert.match(page.body, /Không có bài chứa đủ các từ; đây là các bài gần nhất/);
      const api = await t.app.inject({ url: '/api/v1/search', query: { q: 'giá cà phê năm nay bao nhiêu' } });
      assert.equal(api.json().partial, true);

      const full = await search('giá cà phê');
      assert.equal(full.partial, false, 'a query some article answers whole is not partial');
      assert.deepEqual(
        full.hits.map((h) => h.id),
        [coffee],
      );
    });

    test('a topic the paper never wrote about stays empty, whatever common words it shares', async () => {
      await add('Bảo vệ rừng đầu nguồn', '<p>Lực lượng kiểm lâm tuần tra.</p>');
      const results = await search('khủng long bạo chúa');
      assert.equal(results.total, 0);
    });

    test('abbreviations both ways, and the newsroom adds its own without re-indexing', async () => {
      const full = await add('Ủy ban nhân dân tỉnh họp phiên thường kỳ');
      const short = await add('UBND tỉnh giao chỉ tiêu trồng rừng');
      assert.deepEqual(new Set(await ids('UBND tỉnh')), new Set([full, short]));
      assert.deepEqual(new Set(await ids('ủy ban nhân dân tỉnh')), new Set([full, short]));
      assert.deepEqual(new Set(await ids('uy ban nhan dan tinh')), new Set([full, short]));

      const hospital = await add('Bệnh viện Đa khoa tỉnh có thêm máy chụp cắt lớp');
      assert.equal((await search('BVĐK tỉnh')).partial, true, 'not known yet: no article has both words');

      // Bad input: a line with one form; nothing is saved.
      await roles.managing_editor.get('/admin/tu-dien');
      const bad = await roles.managing_editor.post('/admin/tu-dien', { equivalents: 'BVĐK' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /cần ít nhất hai cách viết/);
      assert.equal(await t.db.kysely.selectFrom('settings').select('value').where('key', '=', EQUIVALENTS_SETTING).executeTakeFirst(), undefined);

      // The permission boundary: reporters and editors may not change it.
      for (const role of ['reporter', 'editor'] as const) {
        await roles[role].get('/admin');
        assert.equal((await roles[role].post('/admin/tu-dien', { equivalents: 'BVĐK = Bệnh viện Đa khoa' })).statusCode, 403);
      }

      const saved = await roles.managing_editor.post('/admin/tu-dien', { equivalents: 'BVĐK = Bệnh viện Đa khoa' });
      assert.equal(saved.statusCode, 303);
      const known = await search('BVĐK tỉnh');
      assert.equal(known.partial, false);
      assert.deepEqual(
        known.hits.map((h) => h.id),
        [hospital],
        'found at once, through the other form',
      );
      const page = await roles.admin.get('/admin/tu-dien');
      assert.match(page.body, /BVĐK = Bệnh viện Đa khoa/);
    });

    test('spellings, loanwords, ethnic names and regional synonyms', async () => {
      const car = await add('Ô tô điện về huyện vùng cao');
      const corn = await add('Bắp lai cho năng suất cao trên đất dốc');
      const kho = await add("Lễ hội mừng lúa mới của người K'Ho");
      const net = await add('In-tơ-nét cáp quang về tới bản xa');
      assert.ok((await ids('ôtô điện')).includes(car));
      assert.ok((await ids('ngô lai')).includes(corn));
      assert.ok((await ids('người Cơ Ho')).includes(kho));
      assert.ok((await ids('internet cáp quang')).includes(net));
    });

    test('numbers as readers write them, and kilometre posts', async () => {
      const price = await add('Lúa tươi được mua với giá 7.500 đồng', '<p>Mỗi hộ bán được 25.000 ký.</p>');
      const road = await add('Sạt lở tại Km105+200 quốc lộ 4D');
      for (const q of ['25000 ký', '25.000 ký', '25 000 ký']) assert.deepEqual(await ids(q), [price], q);
      for (const q of ['Km 105', 'km105', 'Km105+200']) assert.ok((await ids(q)).includes(road), q);
    });

    test('keystrokes of an input method that was off are converted, and the reader can search as typed', async () => {
      const telex = await add('Tiếng Việt trong trường học vùng cao');
      const results = await search('tieengs vieetj');
      assert.equal(results.rewritten, 'tiếng việt');
      assert.equal(results.hits[0]?.id, telex);
      assert.equal((await search('tie61ng vie65t')).hits[0]?.id, telex, 'VNI');
      assert.equal((await search('tieengs vieetj', true)).rewritten, null, 'as typed: no conversion');

      const page = await t.app.inject({ url: '/tim-kiem', query: { q: 'tieengs vieetj' } });
      assert.match(page.body, /Có phải bạn muốn tìm: “<strong>tiếng việt<\/strong>”/);
      assert.match(page.body, /href="\/tim-kiem\?q=tieengs\+vieetj&amp;nguyen-van=1"/);
      const asTyped = await t.app.inject({ url: '/tim-kiem', query: { q: 'tieengs vieetj', 'nguyen-van': '1' } });
      assert.doesNotMatch(asTyped.body, /Có phải bạn muốn tìm/);
    });

    test('typos that land on real words are repaired from the archive’s word pairs; a rare name found as typed is not', async () => {
      const ready: number[] = [];
      for (let i = 0; i < 4; i++) ready.push(await add(`Xã vùng cao chuẩn bị đón Tết lần ${i + 1}`, '<p>Các bệnh viện sắp xếp lại khoa phòng.</p>'));
      const repaired = await search('chẩn bị đón Tết');
      assert.equal(repaired.rewritten, 'chuẩn bị đón Tết');
      assert.ok(ready.includes(repaired.hits[0]?.id ?? 0));
      assert.equal((await search('sắp sếp khoa phòng')).rewritten, 'sắp xếp khoa phòng');
      assert.equal((await search('bệnh việt sắp xếp')).rewritten, 'bệnh viện sắp xếp');
      assert.equal((await search('chẩn bị đón Tết', true)).rewritten, null, 'as typed');

      // "Nậm Cuổi" is a village; "nậm cưới" is not a pair anyone wrote, but "nậm cuổi" is found as typed.
      const village = await add('Điểm trường bản Nậm Cuổi có lớp học mới');
      for (let i = 0; i < 4; i++) await add(`Ngày cưới ở bản ${i + 1}`, '<p>Nậm rượu, ngày cưới.</p>');
      const rare = await search('Nậm Cuổi');
      assert.equal(rare.rewritten, null);
      assert.equal(rare.hits[0]?.id, village, 'the name as typed comes first');
    });

    test('in a marked query a plain word means the level tone', async () => {
      const hung = await add('Nguyễn Văn Hung nhận giải nông dân giỏi');
      const hung2 = await add('Nguyễn Văn Hùng nhận giải nông dân giỏi');
      const hung3 = await add('Nguyễn Văn Hưng nhận giải nông dân giỏi');
      const results = await ids('Nguyễn Văn Hung');
      assert.equal(results[0], hung);
      assert.ok(results.includes(hung2) && results.includes(hung3), 'the other tones are still found');
    });
  });
}
