import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { addDays, lastDays } from '../src/stats/days.js';
import { pruneDailyViews } from '../src/stats/queries.js';
import { zonedTimeToInstant } from '../src/vi/index.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities } from './helpers/newsroom-client.js';
import { assertOnlyRoles, loginAllRoles, type RoleClients } from './helpers/role-clients.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/** The rows of the table that follows the chart `id`: header cells, then each row's cells as text. */
function chartTable(html: string, id: string): string[][] {
  const table = new RegExp(`<table[^>]*data-chart="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1];
  assert.ok(table, `table for ${id}`);
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decodeEntities(cell[1].replace(/<[^>]+>/g, ''))),
  );
}

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const int = (n: number) => n.toLocaleString('de-DE');

for (const dialect of dialects) {
  describe(`statistics (${dialect})`, () => {
    let t: TestApp;
    let db: Kysely<Database>;
    let fixture: Fixture;
    let clients: RoleClients;
    let days: string[];

    before(async () => {
      t = await createTestApp(dialect, { timeZone: ZONE });
      db = t.db.kysely;
      fixture = await seedFixture(t, 3);
      clients = await loginAllRoles(t);
      days = lastDays(30, ZONE);
      const [a, b, c] = fixture.articles; // a and c in Thời sự, b in Nông nghiệp (under Kinh tế)
      const rows = [];
      for (const [i, day] of days.entries()) {
        rows.push({ article_id: a.id, day, views: 10 + i });
        if (i % 3 === 0) rows.push({ article_id: b.id, day, views: 1000 + i });
        if (i === 29) rows.push({ article_id: c.id, day, views: 7 });
      }
      rows.push({ article_id: a.id, day: addDays(days[0], -1), views: 55555 }); // outside the 30 days
      await db.insertInto('article_views_daily').values(rows).execute();
      // Comments on the last day: 23:30 local is still that day, 00:10 the next day is not (it is in the future).
      const last = days[29];
      const at = (day: string, hour: number, minute: number) =>
        zonedTimeToInstant({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), hour, minute }, ZONE).toISOString();
      const comment = (created_at: string) => ({
        article_id: a.id,
        parent_id: null,
        name: 'Bạn đọc',
        email: null,
        body: 'Hay.',
        status: 'approved' as const,
        created_at,
        ip_hash: 'x',
        hold_reason: null,
        moderated_by: null,
        moderated_at: null,
      });
      await db
        .insertInto('comments')
        .values([comment(at(days[28], 23, 30)), comment(at(days[28], 0, 5)), comment(at(days[27], 23, 59)), comment(at(last, 0, 1))])
        .execute();
    });
    after(async () => {
      await t?.close();
    });

    it('is for editors and up; bad periods get a clear 400', async () => {
      await assertOnlyRoles(t, clients, { method: 'GET', url: '/admin/thong-ke' }, ['editor', 'managing_editor', 'editor_in_chief']);
      const res = await clients.editor.get('/admin/thong-ke?ngay=45');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /7, 30 hoặc 90 ngày/);
    });

    it('draws valid, labelled SVG charts whose tables equal the database figures', async () => {
      const res = await clients.editor.get('/admin/thong-ke?ngay=30');
      assert.equal(res.statusCode, 200);
      const svgs = [...res.body.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      assert.equal(svgs.length, 6, 'three line charts and three rankings');
      for (const svg of svgs) {
        assert.equal(XMLValidator.validate(svg), true, svg.slice(0, 200));
        assert.match(svg, /^<svg [^>]*role="img"[^>]*aria-labelledby="([\w-]+)-title \1-desc"/);
        assert.match(svg, /<title id="[\w-]+-title">[^<]+<\/title><desc id="[\w-]+-desc">[^<]+<\/desc>/);
        assert.match(svg, /<path|<rect/);
      }

      // Views per day for the paper, from the database itself.
      const perDay = await db
        .selectFrom('article_views_daily')
        .select(['day', (eb) => eb.fn.sum<number>('views').as('views')])
        .where('day', '>=', days[0])
        .groupBy('day')
        .execute();
      const expected = new Map(perDay.map((r) => [r.day, Number(r.views)]));
      const paper = chartTable(res.body, 'luot-xem');
      assert.deepEqual(paper[0], ['Ngày', 'Toàn báo']);
      assert.deepEqual(
        paper.slice(1),
        days.map((d) => [dmy(d), int(expected.get(d) ?? 0)]),
      );

      // Per section: Nông nghiệp counts in Kinh tế.
      const sections = chartTable(res.body, 'chuyen-muc-theo-ngay');
      assert.deepEqual(sections[0], ['Ngày', 'Kinh tế', 'Thời sự']);
      assert.deepEqual(sections[1], [dmy(days[0]), int(1000), int(10)]);
      assert.deepEqual(sections[30], [dmy(days[29]), int(0), int(10 + 29 + 7)]);

      // Comments per day follow the site's zone: 23:30 on day 28 is day 28, 00:01 on day 29 is day 29.
      const comments = chartTable(res.body, 'binh-luan');
      assert.deepEqual(
        comments.slice(28).map((r) => r[1]),
        ['1', '2', '1'],
      );

      // Most read, per author, per section: sums over the period only.
      const [a, b, c] = fixture.articles;
      const sumA = days.reduce((s, _, i) => s + 10 + i, 0);
      const sumB = days.reduce((s, _, i) => s + (i % 3 === 0 ? 1000 + i : 0), 0);
      const ranked = chartTable(res.body, 'doc-nhieu');
      assert.deepEqual(
        ranked.slice(1).map((r) => [r[0], r[2]]),
        [
          [b.title, int(sumB)],
          [a.title, int(sumA)],
          [c.title, '7'],
        ],
      );
      assert.deepEqual(chartTable(res.body, 'tac-gia').slice(1), [['Nguyễn Thu Hà', '3 bài', int(sumA + sumB + 7)]]);
      assert.deepEqual(chartTable(res.body, 'chuyen-muc').slice(1), [
        ['Nông nghiệp', '1 bài', int(sumB)],
        ['Thời sự', '2 bài', int(sumA + 7)],
      ]);
    });

    it('exports each table as CSV with the same figures', async () => {
      let res = await clients.editor.get('/admin/thong-ke/xuat.csv?bang=luot-xem&ngay=30');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/csv/);
      const lines = res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'Ngày,Lượt xem');
      assert.equal(lines.length, 31);
      assert.equal(lines[30], `${days[29]},${10 + 29 + 7}`);
      res = await clients.editor.get('/admin/thong-ke/xuat.csv?bang=doc-nhieu&ngay=7');
      assert.match(res.body, /Mã bài,Tiêu đề,Chuyên mục,Tác giả,Lượt xem/);
      res = await clients.editor.get('/admin/thong-ke/xuat.csv?bang=toString&ngay=30');
      assert.equal(res.statusCode, 400);
    });

    it("shows an article's own views per day since publication, to those who may see the article", async () => {
      const [, , c] = fixture.articles;
      await db
        .updateTable('articles')
        .set({ published_at: new Date(`${days[27]}T05:00:00Z`).toISOString() })
        .where('id', '=', c.id)
        .execute();
      const res = await clients.managing_editor.get(`/admin/bai-viet/${c.id}/luot-xem`);
      assert.equal(res.statusCode, 200);
      const table = chartTable(res.body, 'bai-luot-xem');
      assert.deepEqual(table.slice(1), [
        [dmy(days[27]), '0'],
        [dmy(days[28]), '0'],
        [dmy(days[29]), '7'],
      ]);
      assert.equal(XMLValidator.validate(/<svg[\s\S]*?<\/svg>/.exec(res.body)?.[0] ?? ''), true);
      assert.equal((await clients.admin.get(`/admin/bai-viet/${c.id}/luot-xem`)).statusCode, 403);
      assert.equal((await clients.reporter.get(`/admin/bai-viet/${c.id}/luot-xem`)).statusCode, 403, "another reporter's article");
      assert.equal((await clients.editor.get('/admin/bai-viet/987654/luot-xem')).statusCode, 404);
    });

    it('keeps daily views only as long as the setting says; article totals stay', async () => {
      const before = await db.selectFrom('article_views_daily').select('day').where('day', '<', days[0]).execute();
      assert.equal(before.length, 1);
      assert.equal(await pruneDailyViews(db, 0, ZONE), 0, '0 keeps everything');
      assert.equal(await pruneDailyViews(db, 30, ZONE), 1);
      assert.equal((await db.selectFrom('article_views_daily').select('day').where('day', '<', days[0]).execute()).length, 0);
      const inside = await db.selectFrom('article_views_daily').select('day').where('day', '=', days[0]).execute();
      assert.ok(inside.length > 0, 'the oldest kept day stays');
    });
  });
}
