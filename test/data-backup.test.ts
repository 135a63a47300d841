import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { insertComment } from '../src/comments/comments.js';
import { addArticle } from '../src/newsroom/articles.js';
import { backupTo, type BackupKind } from '../src/data/backup.js';
import { restoreFrom, RestoreInputError } from '../src/data/restore.js';
import { openDatabase, type DialectName } from '../src/db/connection.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { createTestDatabase, type TestDatabase } from './helpers/db.js';

const hasPgDump = spawnSync('pg_dump', ['--version'], { stdio: 'ignore' }).status === 0;

interface Write {
  kind: 'comment' | 'article';
  id: number;
  text: string;
  /** Returned to its caller before the backup was started. */
  beforeBackup: boolean;
}

/** Two writers saving articles and comments as fast as they can until told to stop. */
function startWriters(t: TestApp, fixture: Fixture, state: { began: boolean; stop: boolean }): { writes: Write[]; done: Promise<void> } {
  const writes: Write[] = [];
  let n = 0;
  const comment = async () => {
    const text = `Bình luận số ${++n}`;
    const row = await insertComment(t.db.kysely, {
      articleId: fixture.articles[0].id,
      parentId: null,
      name: 'Bạn đọc',
      email: '',
      body: text,
      ipHash: 'h',
      status: 'approved',
    });
    writes.push({ kind: 'comment', id: row.id, text, beforeBackup: !state.began });
  };
  const article = async () => {
    const text = `Tin nhanh số ${++n}`;
    const row = await addArticle(t.db.kysely, {
      title: text,
      lead: 'Sapo.',
      bodyHtml: '<p>Nội dung.</p>',
      sectionId: fixture.sections.news.id,
      status: 'published',
      publishedAt: new Date().toISOString(),
      byline: '',
      authorId: fixture.authorId,
    });
    writes.push({ kind: 'article', id: row.id, text, beforeBackup: !state.began });
  };
  const loop = async (write: () => Promise<void>) => {
    // Each save is its own request: the event loop runs in between, as it does in the server.
    while (!state.stop) {
      await write();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { writes, done: Promise.all([loop(comment), loop(article)]).then(() => {}) };
}

async function assertWritesPresent(url: string, writes: Write[]): Promise<void> {
  const db = openDatabase(url);
  try {
    const comments = new Map((await db.kysely.selectFrom('comments').select(['id', 'body']).execute()).map((r) => [r.id, r.body]));
    const articles = new Map((await db.kysely.selectFrom('articles').select(['id', 'title']).execute()).map((r) => [r.id, r.title]));
    const acknowledged = writes.filter((w) => w.beforeBackup);
    assert.ok(acknowledged.length > 0);
    for (const write of acknowledged) {
      assert.equal((write.kind === 'comment' ? comments : articles).get(write.id), write.text, `${write.kind} ${write.id} written before the backup`);
    }
  } finally {
    await db.close();
  }
}

function files(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
        .sort()
    : [];
}

const cases: Array<{ dialect: DialectName; pgDump: false | undefined; kind: BackupKind }> = [
  { dialect: 'sqlite', pgDump: undefined, kind: 'sqlite' },
  { dialect: 'postgres', pgDump: undefined, kind: hasPgDump ? 'pg_dump' : 'export' },
  { dialect: 'postgres', pgDump: false, kind: 'export' },
];

for (const { dialect, pgDump, kind } of cases) {
  describe(`backup and restore (${dialect}, ${kind})`, () => {
    let t: TestApp;
    let work: string;
    let restored: TestDatabase;
    const backupDir = () => path.join(work, 'sao-luu');
    const restoredMedia = () => path.join(work, 'media-restored');

    before(async () => {
      t = await createTestApp(dialect);
      work = mkdtempSync(path.join(tmpdir(), 'toasoan-backup-'));
      restored = await createTestDatabase(dialect);
    });
    after(async () => {
      await t.close();
      await restored.drop();
      rmSync(work, { recursive: true, force: true });
    });

    it('backs up while the newsroom keeps saving; the restore has every write that returned before the backup began', async () => {
      const fixture = await seedFixture(t, 3);
      const state = { began: false, stop: false };
      const writers = startWriters(t, fixture, state);
      while (writers.writes.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      state.began = true;
      const manifest = await backupTo(t.db, backupDir(), { databaseUrl: t.config.databaseUrl, mediaDir: t.config.mediaDir, pgDump });
      state.stop = true;
      await writers.done;
      assert.equal(manifest.kind, kind);
      assert.ok(
        manifest.files.some((f) => f.path.startsWith('media/')),
        'the media folder is in the backup',
      );
      assert.deepEqual(
        readdirSync(work).filter((f) => f.endsWith('.partial')),
        [],
        'no partial folder left',
      );

      await restoreFrom(backupDir(), { databaseUrl: restored.url, mediaDir: restoredMedia() });
      await assertWritesPresent(restored.url, writers.writes);
      assert.deepEqual(files(restoredMedia()), files(t.config.mediaDir));
    });

    it('refuses a database with content without --force, and replaces it with --force', async () => {
      await assert.rejects(
        restoreFrom(backupDir(), { databaseUrl: restored.url, mediaDir: restoredMedia() }),
        (e: Error) => e instanceof RestoreInputError && /--force/.test(e.message),
      );
      await restoreFrom(backupDir(), { databaseUrl: restored.url, mediaDir: restoredMedia(), force: true });
      const db = openDatabase(restored.url);
      try {
        assert.ok((await db.kysely.selectFrom('articles').select('id').execute()).length >= 3);
      } finally {
        await db.close();
      }
    });

    it('verifies every checksum before touching anything', async () => {
      const manifest = JSON.parse(readFileSync(path.join(backupDir(), 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> };
      const victim = path.join(backupDir(), manifest.files[manifest.files.length - 1].path);
      const original = readFileSync(victim);
      writeFileSync(victim, Buffer.concat([original.subarray(0, 10), Buffer.from('x'), original.subarray(11)]));
      const empty = await createTestDatabase(dialect);
      const media = path.join(work, 'media-untouched');
      try {
        await assert.rejects(restoreFrom(backupDir(), { databaseUrl: empty.url, mediaDir: media }), /tổng kiểm tra sai/);
        assert.deepEqual(files(media), []);
        if (dialect === 'sqlite') assert.equal(existsSync(empty.url.slice('sqlite:'.length)), false, 'no database file was made');
      } finally {
        writeFileSync(victim, original);
        await empty.drop();
      }
    });

    it('refuses to write into an existing folder', async () => {
      await assert.rejects(backupTo(t.db, backupDir(), { databaseUrl: t.config.databaseUrl, mediaDir: t.config.mediaDir, pgDump }), /đã tồn tại/);
    });

    if (dialect === 'sqlite') {
      it('a SQLite backup restores into PostgreSQL too', async () => {
        const pg = await createTestDatabase('postgres');
        try {
          await restoreFrom(backupDir(), { databaseUrl: pg.url, mediaDir: path.join(work, 'media-pg') });
          const db = openDatabase(pg.url);
          try {
            const count = async (d: typeof db) =>
              (
                await d.kysely
                  .selectFrom('comments')
                  .select((eb) => eb.fn.countAll<number>().as('n'))
                  .executeTakeFirstOrThrow()
              ).n;
            const source = openDatabase(restored.url);
            try {
              assert.equal(Number(await count(db)), Number(await count(source)));
            } finally {
              await source.close();
            }
          } finally {
            await db.close();
          }
        } finally {
          await pg.drop();
        }
      });
    }
  });
}
