import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportArchive } from '../src/data/export.js';
import { ArchiveInputError, importArchive } from '../src/data/import.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { setSetting, sharedSecret } from '../src/content/settings.js';
import { addFeatured, setLead } from '../src/content/curation.js';
import { addBannedWord } from '../src/comments/banned-words.js';
import { insertComment } from '../src/comments/comments.js';
import { assignSections } from '../src/newsroom/actors.js';
import { createDraft, saveContent } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, seedFixture, type TestApp } from './helpers/app.js';
import { canonicalRows, readArchive } from './helpers/archive.js';
import { createTestDatabase, type TestDatabase } from './helpers/db.js';
import { articleContent } from './helpers/content.js';

/** Every exported table gets rows: articles with revisions and audit records, replies, picks, secrets. */
async function populate(t: TestApp): Promise<void> {
  const db = t.db.kysely;
  const fixture = await seedFixture(t, 4);
  const editor = await createUser(db, { username: 'bientap', displayName: 'Trần Văn Biên', role: 'editor', password: 'mật-khẩu-đủ-dài-123' });
  await assignSections(db, editor.id, [fixture.sections.news.id, fixture.sections.farming.id]);
  const actor = { id: fixture.authorId, role: 'reporter' as const, sectionIds: [] };
  const content = articleContent(fixture.sections.farming.id, {
    title: 'Mùa hoa tam giác mạch ở Đồng Văn',
    lead: 'Những cánh đồng hoa nở rộ.',
    bodyHtml: '<p>Hoa nở <strong>tím</strong> cả sườn đồi.</p>',
    tags: ['Du lịch', 'Hà Giang'],
    featuredImageId: fixture.articles[0].featured_image_id,
    featuredCaption: 'Hoa tam giác mạch.',
  });
  const draft = await createDraft(db, actor, content, { managingEditorMayPublish: false });
  await saveContent(
    db,
    actor,
    draft.id,
    { ...content, lead: 'Những cánh đồng hoa nở rộ khắp cao nguyên đá.' },
    { baseVersion: draft.version, note: 'sửa sapo', policy: { managingEditorMayPublish: false } },
  );
  const first = await insertComment(db, {
    articleId: fixture.articles[0].id,
    parentId: null,
    name: 'Bạn đọc',
    email: 'a@b.vn',
    body: 'Bài viết rất hay.',
    ipHash: 'x',
    status: 'approved',
  });
  await insertComment(db, { articleId: fixture.articles[0].id, parentId: first.id, name: 'Người khác', email: '', body: 'Đồng ý với bạn.', ipHash: 'y' });
  await addBannedWord(db, 'lừa đảo', editor.id);
  await setLead(db, editor.id, fixture.articles[1].id);
  await addFeatured(db, editor.id, fixture.articles[2].id);
  await db.insertInto('article_views_daily').values({ article_id: fixture.articles[0].id, day: '2026-11-30', views: 42 }).execute();
  await db
    .insertInto('redirects')
    .values({ from_path: '/?p=101', target_kind: 'article', target_id: fixture.articles[0].id, created_at: '2026-11-30T00:00:00.000Z' })
    .execute();
  await db
    .insertInto('import_sources')
    .values({
      source: 'wordpress:https://baocu.example.vn',
      kind: 'article',
      source_id: '101',
      local_id: fixture.articles[0].id,
      created_at: '2026-11-30T00:00:00.000Z',
    })
    .execute();
  await setSetting(db, 'site_name', 'Báo Sơn Lâm điện tử');
  await sharedSecret(db, 'form_secret');
}

function mediaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('export and import of the whole paper', () => {
  let source: TestApp;
  let work: string;
  let target: TestDatabase;
  let targetDb: Db;
  const targetMedia = () => path.join(work, 'media-pg');

  before(async () => {
    source = await createTestApp('sqlite');
    await populate(source);
    work = mkdtempSync(path.join(tmpdir(), 'toasoan-export-'));
    target = await createTestDatabase('postgres');
    targetDb = openDatabase(target.url);
    await migrateToLatest(targetDb);
  });
  after(async () => {
    await targetDb.close();
    await target.drop();
    await source.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('SQLite → PostgreSQL → export again gives the same archive, except what the format regenerates', async () => {
    const first = path.join(work, 'first.tar.gz');
    await exportArchive(source.db, first, { mediaDir: source.config.mediaDir, withSecrets: true });
    const summary = await importArchive(targetDb, first, { mediaDir: targetMedia() });
    assert.ok(summary.indexed >= 5, 'the search index is rebuilt');
    const second = path.join(work, 'second.tar.gz');
    await exportArchive(targetDb, second, { mediaDir: targetMedia(), withSecrets: true });

    const a = await readArchive(first);
    const b = await readArchive(second);
    // The header's time and source differ by design; everything else must not.
    const header = (h: Record<string, unknown>) => ({ ...h, created_at: undefined, source_dialect: undefined });
    assert.deepEqual([a.header.source_dialect, b.header.source_dialect], ['sqlite', 'postgres']);
    assert.deepEqual(header(b.header), header(a.header));
    for (const table of [
      'users',
      'sections',
      'images',
      'articles',
      'tags',
      'article_tags',
      'comments',
      'article_views_daily',
      'settings',
      'user_sections',
      'article_revisions',
      'audit_log',
      'banned_words',
      'home_picks',
      'redirects',
      'import_sources',
    ]) {
      assert.ok((a.tables.get(table) ?? []).length > 0, `${table} has rows in the test`);
    }
    for (const table of new Set([...a.tables.keys(), ...b.tables.keys()])) {
      assert.deepEqual(canonicalRows(b.tables.get(table)), canonicalRows(a.tables.get(table)), table);
    }
    assert.deepEqual([...b.media.keys()].sort(), [...a.media.keys()].sort());
    for (const [name, data] of a.media) assert.ok(data.equals(b.media.get(name)!), name);
    // Originals and every WebP variant are in the new media folder.
    assert.deepEqual(mediaFiles(targetMedia()), mediaFiles(source.config.mediaDir));
  });

  it('the imported PostgreSQL database keeps working: new rows get ids after the imported ones', async () => {
    const before = await targetDb.kysely
      .selectFrom('articles')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirstOrThrow();
    const user = await createUser(targetDb.kysely, { username: 'moi', displayName: 'Người mới', role: 'reporter' });
    assert.ok(user.id > 2);
    const section = await targetDb.kysely.selectFrom('sections').select('id').executeTakeFirstOrThrow();
    const row = await targetDb.kysely
      .insertInto('articles')
      .values({
        title: 'Mới',
        slug: 'moi',
        lead: '',
        body_html: '',
        section_id: section.id,
        status: 'draft',
        published_at: null,
        created_at: '2026-12-01T00:00:00.000Z',
        updated_at: '2026-12-01T00:00:00.000Z',
        byline: '',
        author_id: null,
        featured_image_id: null,
        featured_caption: '',
        featured_credit: '',
        seo_title: '',
        seo_description: '',
        trashed_at: null,
        status_before_trash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.ok(row.id > Number(before.max));
  });

  it('refuses a database that already has content, and changes nothing', async () => {
    const archive = path.join(work, 'first.tar.gz');
    const count = async () =>
      (
        await targetDb.kysely
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    await assert.rejects(
      importArchive(targetDb, archive, { mediaDir: targetMedia() }),
      (error: Error) => error instanceof ArchiveInputError && /đã có dữ liệu/.test(error.message),
    );
    assert.equal(await count(), before);
  });

  it('leaves out password hashes and signing secrets unless asked for', async () => {
    const file = path.join(work, 'plain.tar.gz');
    await exportArchive(source.db, file, { mediaDir: source.config.mediaDir });
    const contents = await readArchive(file);
    assert.equal(contents.header.with_secrets, false);
    assert.ok(contents.tables.get('users')!.every((u) => u.password_hash === null));
    assert.ok(!contents.tables.get('settings')!.some((s) => String(s.key).endsWith('_secret')));
    assert.ok(contents.tables.get('settings')!.some((s) => s.key === 'site_name'));
    assert.ok(readFileSync(file).length > 0);
  });

  for (const dialect of ['sqlite', 'postgres'] as const) {
    it(`a damaged or foreign file into ${dialect} is refused with a reason, leaving nothing behind`, async () => {
      const database = await createTestDatabase(dialect);
      const db = openDatabase(database.url);
      const media = path.join(work, `media-bad-${dialect}`);
      try {
        await migrateToLatest(db);
        const good = readFileSync(path.join(work, 'first.tar.gz'));
        const truncated = path.join(work, 'truncated.tar.gz');
        writeFileSync(truncated, good.subarray(0, Math.floor(good.length * 0.9)));
        await assert.rejects(importArchive(db, truncated, { mediaDir: media }), ArchiveInputError);
        assert.equal((await db.kysely.selectFrom('articles').select('id').execute()).length, 0);
        assert.equal((await db.kysely.selectFrom('users').select('id').execute()).length, 0);
        assert.deepEqual(mediaFiles(media), [], 'media written before the failure is removed');

        const foreign = path.join(work, 'foreign.tar.gz');
        writeFileSync(foreign, 'không phải tệp nén');
        await assert.rejects(importArchive(db, foreign, { mediaDir: media }), /không phải tệp xuất/);
        await assert.rejects(importArchive(db, path.join(work, 'khong-co.tar.gz'), { mediaDir: media }), /không tìm thấy/);
      } finally {
        await db.close();
        await database.drop();
      }
    });
  }

  it('an interrupted export leaves no file behind', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = path.join(work, 'interrupted.tar.gz');
    await assert.rejects(exportArchive(source.db, out, { mediaDir: source.config.mediaDir, signal: controller.signal }), /Ctrl-C/);
    assert.deepEqual(
      readdirSync(work).filter((f) => f.includes('interrupted')),
      [],
    );
  });
});
