import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Article, ArticleStatus, User, UserRole } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { ConflictError, createDraft, listRevisions, restoreRevision, saveContent, type ArticleContent } from '../src/newsroom/articles.js';
import type { Actor, NewsroomPolicy } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition, auditTrail, publishDue, TRANSITIONS, type TransitionName } from '../src/newsroom/workflow.js';
import { HttpError } from '../src/http-error.js';
import { dialects } from './helpers/db.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { articleContent } from './helpers/content.js';

const POLICY: NewsroomPolicy = { managingEditorMayPublish: false };
const HOUR = 60 * 60 * 1000;

function content(sectionId: number, title = 'Xã Pá Vạc hoàn thành đường bê tông'): ArticleContent {
  return articleContent(sectionId, {
    title,
    lead: 'Con đường dài 4 km nối bản Cò Ký với trung tâm xã.',
    bodyHtml: '<p>Người dân góp công, góp đất làm đường.</p><script>alert(1)</script>',
    tags: ['Giao thông', 'Nông thôn mới'],
  });
}

/** Moves an article straight into a status for a test, the way only a migration could. */
async function forceStatus(t: TestApp, id: number, status: ArticleStatus, extra: Partial<Article> = {}) {
  await t.db.kysely
    .updateTable('articles')
    .set({ status, ...extra })
    .where('id', '=', id)
    .execute();
}

for (const dialect of dialects) {
  describe(`newsroom workflow (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const users = {} as Record<UserRole | 'otherReporter' | 'outsideEditor', User>;
    const actors = {} as Record<keyof typeof users, Actor>;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      const roles: [keyof typeof users, UserRole][] = [
        ['reporter', 'reporter'],
        ['otherReporter', 'reporter'],
        ['editor', 'editor'],
        ['outsideEditor', 'editor'],
        ['managing_editor', 'managing_editor'],
        ['editor_in_chief', 'editor_in_chief'],
        ['admin', 'admin'],
      ];
      for (const [key, role] of roles) {
        users[key] = await createUser(t.db.kysely, { username: key.toLowerCase().replace(/_/g, '-'), displayName: key, role });
      }
      await assignSections(t.db.kysely, users.editor.id, [fixture.sections.news.id]);
      await assignSections(t.db.kysely, users.outsideEditor.id, [fixture.sections.farming.id]);
      for (const key of Object.keys(users) as (keyof typeof users)[]) actors[key] = await actorFor(t.db.kysely, users[key]);
    });
    after(() => t.close());

    const draft = () => createDraft(t.db.kysely, actors.reporter, content(fixture.sections.news.id), POLICY);

    async function expectRefused(promise: Promise<unknown>, status: number) {
      await assert.rejects(promise, (error: unknown) => error instanceof HttpError && error.statusCode === status);
    }

    test('a draft is sanitized, versioned, and its creation audited', async () => {
      const article = await draft();
      assert.equal(article.status, 'draft');
      assert.equal(article.version, 1);
      assert.doesNotMatch(article.body_html, /script/);
      assert.equal(article.slug, 'xa-pa-vac-hoan-thanh-duong-be-tong');
      const trail = await auditTrail(t.db.kysely, article.id);
      assert.deepEqual(
        trail.map((r) => [r.action, r.from_status, r.to_status, r.role]),
        [['create', null, 'draft', 'reporter']],
      );
    });

    test('the full chain: submit, forward, publish — each step audited with who and which role', async () => {
      const article = await draft();
      await applyTransition(t.db.kysely, actors.reporter, article.id, { name: 'submit' }, POLICY);
      await applyTransition(t.db.kysely, actors.editor, article.id, { name: 'forward' }, POLICY);
      const published = await applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'publish' }, POLICY);
      assert.equal(published.status, 'published');
      assert.ok(published.published_at);
      const trail = await auditTrail(t.db.kysely, article.id);
      assert.deepEqual(
        trail.map((r) => [r.action, r.from_status, r.to_status, r.role, r.user_name]),
        [
          ['create', null, 'draft', 'reporter', 'reporter'],
          ['submit', 'draft', 'submitted', 'reporter', 'reporter'],
          ['forward', 'submitted', 'edited', 'editor', 'editor'],
          ['publish', 'edited', 'published', 'editor_in_chief', 'editor_in_chief'],
        ],
      );
    });

    // role × transition: from a state where the step is legal, who may take it.
    const allowed: Record<TransitionName, (keyof typeof users)[]> = {
      submit: ['reporter'],
      forward: ['editor', 'managing_editor', 'editor_in_chief'],
      return: ['editor', 'managing_editor', 'editor_in_chief'],
      // Scheduling is publishing (a managing editor only with the site setting, tested below).
      schedule: ['editor_in_chief'],
      unschedule: ['editor_in_chief'],
      publish: ['editor_in_chief'],
      unpublish: ['editor_in_chief'],
      trash: ['editor_in_chief'],
      restore: ['editor_in_chief'],
    };
    const legalFrom: Record<TransitionName, ArticleStatus> = {
      submit: 'draft',
      forward: 'submitted',
      return: 'submitted',
      schedule: 'edited',
      unschedule: 'scheduled',
      publish: 'edited',
      unpublish: 'published',
      trash: 'published',
      restore: 'trash',
    };
    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
      for (const who of ['reporter', 'otherReporter', 'editor', 'outsideEditor', 'managing_editor', 'editor_in_chief', 'admin'] as const) {
        const may = allowed[name].includes(who);
        test(`${who} ${may ? 'may' : 'may not'} ${name}`, async () => {
          const article = await draft();
          const from = legalFrom[name];
          await forceStatus(t, article.id, from, from === 'trash' ? { trashed_at: new Date().toISOString(), status_before_trash: 'edited' } : {});
          const request = { name, note: 'Cần bổ sung số liệu.', publishAt: new Date(Date.now() + HOUR) };
          const attempt = applyTransition(t.db.kysely, actors[who], article.id, request, POLICY);
          if (may) {
            const moved = await attempt;
            assert.equal(moved.status, TRANSITIONS[name].to ?? 'edited');
          } else {
            await expectRefused(attempt, 403);
            const unchanged = await t.db.kysely.selectFrom('articles').select('status').where('id', '=', article.id).executeTakeFirstOrThrow();
            assert.equal(unchanged.status, from);
            assert.equal((await auditTrail(t.db.kysely, article.id)).length, 1);
          }
        });
      }
    }

    test('illegal transitions are refused with a reason and change nothing', async () => {
      const article = await draft();
      await applyTransition(t.db.kysely, actors.reporter, article.id, { name: 'submit' }, POLICY);
      const cases: [TransitionName, keyof typeof users][] = [
        ['submit', 'reporter'],
        ['publish', 'editor_in_chief'],
        ['unpublish', 'editor_in_chief'],
        ['restore', 'editor_in_chief'],
        ['unschedule', 'editor_in_chief'],
      ];
      for (const [name, who] of cases) {
        await assert.rejects(applyTransition(t.db.kysely, actors[who], article.id, { name }, POLICY), (error: unknown) => {
          assert.ok(error instanceof HttpError);
          assert.equal(error.statusCode, 409);
          assert.match(error.message, /Chờ biên tập/);
          return true;
        });
      }
      const row = await t.db.kysely.selectFrom('articles').select(['status', 'version']).where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'submitted', version: 1 });
    });

    test('nobody acts on a draft they may not see, and unknown step names are refused', async () => {
      const article = await draft();
      await expectRefused(applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'trash' }, POLICY), 403);
      await expectRefused(applyTransition(t.db.kysely, actors.reporter, article.id, { name: 'toString' as TransitionName }, POLICY), 400);
      const row = await t.db.kysely.selectFrom('articles').select('status').where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'draft');
    });

    test('returning needs a note; scheduling needs a future time', async () => {
      const article = await draft();
      await applyTransition(t.db.kysely, actors.reporter, article.id, { name: 'submit' }, POLICY);
      await expectRefused(applyTransition(t.db.kysely, actors.editor, article.id, { name: 'return', note: '  ' }, POLICY), 400);
      await applyTransition(t.db.kysely, actors.editor, article.id, { name: 'forward' }, POLICY);
      await expectRefused(
        applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'schedule', publishAt: new Date(Date.now() - HOUR) }, POLICY),
        400,
      );
      const returned = await applyTransition(t.db.kysely, actors.managing_editor, article.id, { name: 'return', note: 'Thiếu ảnh.' }, POLICY);
      assert.equal(returned.status, 'returned');
      assert.equal((await auditTrail(t.db.kysely, article.id)).at(-1)?.note, 'Thiếu ảnh.');
    });

    test('the managing editor publishes only when the site setting allows it', async () => {
      const article = await draft();
      await forceStatus(t, article.id, 'edited');
      await expectRefused(applyTransition(t.db.kysely, actors.managing_editor, article.id, { name: 'publish' }, POLICY), 403);
      const moved = await applyTransition(t.db.kysely, actors.managing_editor, article.id, { name: 'publish' }, { managingEditorMayPublish: true });
      assert.equal(moved.status, 'published');
    });

    test('trash keeps the previous status for 30 days', async () => {
      const article = await draft();
      await forceStatus(t, article.id, 'published', { published_at: new Date().toISOString() });
      await applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'trash' }, POLICY);
      const restored = await applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'restore' }, POLICY);
      assert.equal(restored.status, 'published');
      await applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'trash' }, POLICY);
      const later = new Date(Date.now() + 31 * 24 * HOUR);
      await expectRefused(applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'restore' }, POLICY, later), 409);
    });

    test('scheduled articles go live once, even when several nodes check at the same moment', async () => {
      const article = await draft();
      await forceStatus(t, article.id, 'edited');
      const at = new Date(Date.now() + HOUR);
      await applyTransition(t.db.kysely, actors.editor_in_chief, article.id, { name: 'schedule', publishAt: at }, POLICY);
      assert.deepEqual(await publishDue(t.db.kysely, new Date()), []);
      const due = new Date(at.getTime() + 1000);
      const runs = await Promise.all([publishDue(t.db.kysely, due), publishDue(t.db.kysely, due), publishDue(t.db.kysely, due)]);
      assert.equal(runs.flat().filter((id) => id === article.id).length, 1);
      const trail = await auditTrail(t.db.kysely, article.id);
      assert.equal(trail.filter((r) => r.action === 'publish_scheduled').length, 1);
      assert.equal(trail.at(-1)?.role, 'system');
      const row = await t.db.kysely.selectFrom('articles').select(['status', 'published_at']).where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'published', published_at: at.toISOString() });
    });

    test('the database refuses to change or delete audit records', async () => {
      const article = await draft();
      await assert.rejects(sql`UPDATE audit_log SET note = 'sửa' WHERE article_id = ${article.id}`.execute(t.db.kysely));
      await assert.rejects(sql`DELETE FROM audit_log WHERE article_id = ${article.id}`.execute(t.db.kysely));
      assert.equal((await auditTrail(t.db.kysely, article.id)).length, 1);
    });

    test('a save from an older version is refused and changes nothing', async () => {
      const article = await draft();
      const first = await saveContent(t.db.kysely, actors.reporter, article.id, content(fixture.sections.news.id, 'Bản của Hà'), {
        baseVersion: 1,
        policy: POLICY,
      });
      assert.equal(first.version, 2);
      await assert.rejects(
        saveContent(t.db.kysely, actors.reporter, article.id, content(fixture.sections.news.id, 'Bản cũ của Hà'), { baseVersion: 1, policy: POLICY }),
        (error: unknown) => error instanceof ConflictError && error.current.title === 'Bản của Hà',
      );
      const row = await t.db.kysely.selectFrom('articles').select(['title', 'version']).where('id', '=', article.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { title: 'Bản của Hà', version: 2 });
    });

    test('who may edit: own draft yes, another reporter no, editor only when submitted in their section', async () => {
      const article = await draft();
      const edit = (who: keyof typeof users, version: number) =>
        saveContent(t.db.kysely, actors[who], article.id, content(fixture.sections.news.id, `Sửa bởi ${who}`), { baseVersion: version, policy: POLICY });
      await expectRefused(edit('otherReporter', 1), 403);
      await expectRefused(edit('editor', 1), 403);
      await expectRefused(edit('managing_editor', 1), 403);
      await applyTransition(t.db.kysely, actors.reporter, article.id, { name: 'submit' }, POLICY);
      await expectRefused(edit('reporter', 1), 403);
      await expectRefused(edit('outsideEditor', 1), 403);
      assert.equal((await edit('editor', 1)).version, 2);
      await expectRefused(edit('admin', 2), 403);
    });

    test('every save is a revision; restoring one is a new revision and an audit record', async () => {
      const article = await draft();
      await saveContent(t.db.kysely, actors.reporter, article.id, content(fixture.sections.news.id, 'Tiêu đề thứ hai'), { baseVersion: 1, policy: POLICY });
      await saveContent(t.db.kysely, actors.reporter, article.id, content(fixture.sections.news.id, 'Tiêu đề thứ ba'), { baseVersion: 2, policy: POLICY });
      const restored = await restoreRevision(t.db.kysely, actors.reporter, article.id, 1, 3, POLICY);
      assert.equal(restored.version, 4);
      assert.equal(restored.title, 'Xã Pá Vạc hoàn thành đường bê tông');
      const revisions = await listRevisions(t.db.kysely, article.id);
      assert.deepEqual(
        revisions.map((r) => r.version),
        [4, 3, 2, 1],
      );
      assert.equal(revisions[0].note, 'Khôi phục phiên bản 1');
      const trail = await auditTrail(t.db.kysely, article.id);
      assert.equal(trail.at(-1)?.action, 'restore_revision');
    });
  });
}
