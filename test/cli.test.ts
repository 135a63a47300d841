import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { prepareDatabase, INITIAL_PASSWORD_FILE } from '../src/bootstrap.js';
import { openDatabase } from '../src/db/connection.js';
import { verifyPassword } from '../src/newsroom/passwords.js';
import { actorFor } from '../src/newsroom/actors.js';
import { createSection } from '../src/content/sections.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { testConfig } from './helpers/app.js';
import { createTestDatabase, dialects } from './helpers/db.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMMANDS = ['serve', 'migrate', 'user:create', 'user:reset-password', 'demo', 'export', 'import', 'backup', 'restore'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('command line', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  function cli(...args: string[]): Promise<Run> {
    return new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  before(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-cli-'));
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${path.join(dataDir, 'x.db')}`,
      LOG_LEVEL: 'silent',
      NODE_NO_WARNINGS: '1',
    };
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('--help lists every command', async () => {
    const run = await cli('--help');
    assert.equal(run.code, 0, run.stderr);
    for (const name of COMMANDS) assert.match(run.stdout, new RegExp(`^\\s+${name.replace(/[:-]/g, '\\$&')}\\s+\\S`, 'm'), name);
  });

  it('each command has --help that exits 0 and changes nothing', async () => {
    const runs = await Promise.all(COMMANDS.map((name) => cli(name, '--help')));
    for (const [i, run] of runs.entries()) {
      assert.equal(run.code, 0, `${COMMANDS[i]} --help: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`toasoan ${COMMANDS[i].replace(/[:-]/g, '\\$&')}`), COMMANDS[i]);
      assert.equal(run.stderr.trim(), '');
    }
    assert.throws(() => statSync(path.join(dataDir, 'x.db')), 'no database was created by --help');
  });

  it('an unknown command exits non-zero with one line on stderr', async () => {
    const run = await cli('xuat-ban-ngay');
    assert.notEqual(run.code, 0);
    assert.equal(nonEmptyLines(run.stderr).length, 1, run.stderr);
    assert.match(run.stderr, /xuat-ban-ngay/);
    assert.equal(run.stdout, '');
  });

  it('migrate creates the database, and a second run has nothing to do', async () => {
    const first = await cli('migrate');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Đã chạy: /);
    assert.ok(statSync(path.join(dataDir, 'x.db')).size > 0);
    const second = await cli('migrate');
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /đã ở phiên bản mới nhất/);
  });

  it('user:create refuses a short password with a one-line Vietnamese reason and exit 1', async () => {
    const run = await cli('user:create', '--username', 'bientap', '--name', 'Biên Tập', '--role', 'editor', '--password', 'ngan');
    assert.equal(run.code, 1);
    const lines = nonEmptyLines(run.stderr);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /Mật khẩu cần ít nhất 10 ký tự/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it('user:create then user:reset-password succeed, and the passwords verify', async () => {
    const create = await cli('user:create', '--username', 'thuky', '--name', 'Thư Ký', '--role', 'managing_editor', '--password', 'mat-khau-dau-tien');
    assert.equal(create.code, 0, create.stderr);
    assert.match(create.stdout, /Đã tạo tài khoản "thuky"/);
    const generated = await cli('user:reset-password', '--username', 'thuky');
    assert.equal(generated.code, 0, generated.stderr);
    const printed = /Mật khẩu mới: (\S+)/.exec(generated.stdout)?.[1];
    assert.match(generated.stdout, /Đã đặt lại mật khẩu cho "thuky"/);
    assert.ok(printed && printed.length >= 10);

    const db = openDatabase(env.DATABASE_URL ?? '');
    try {
      const user = await db.kysely.selectFrom('users').select(['role', 'password_hash']).where('username', '=', 'thuky').executeTakeFirstOrThrow();
      assert.equal(user.role, 'managing_editor');
      assert.ok(await verifyPassword(printed, user.password_hash ?? ''));
      assert.equal(await verifyPassword('mat-khau-dau-tien', user.password_hash ?? ''), false, 'the old password no longer works');
    } finally {
      await db.close();
    }
    const unknown = await cli('user:reset-password', '--username', 'khong-co-ai', '--password', 'mat-khau-moi-12345');
    assert.equal(unknown.code, 1);
    assert.equal(nonEmptyLines(unknown.stderr).length, 1);
  });

  it('user:create --sections gives an editor sections, subsections included; bad sections are one-line errors', async () => {
    const db = openDatabase(env.DATABASE_URL ?? '');
    try {
      await migrateToLatest(db);
      const economy = await createSection(db.kysely, { name: 'Kinh tế', slug: 'kinh-te', parentId: null, position: 0 });
      const farming = await createSection(db.kysely, { name: 'Nông nghiệp', slug: 'nong-nghiep', parentId: economy.id, position: 1 });
      const unknown = await cli(
        'user:create',
        '--username',
        'bt1',
        '--name',
        'Biên Tập',
        '--role',
        'editor',
        '--password',
        'mat-khau-du-dai-1',
        '--sections',
        'kinh-te,the-thao',
      );
      assert.equal(unknown.code, 1);
      assert.deepEqual(nonEmptyLines(unknown.stderr).length, 1);
      assert.match(unknown.stderr, /không có chuyên mục: the-thao\. Các chuyên mục: kinh-te, kinh-te\/nong-nghiep/);
      const notEditor = await cli('user:create', '--username', 'pv1', '--name', 'Phóng Viên', '--role', 'reporter', '--sections', 'kinh-te');
      assert.equal(notEditor.code, 1);
      assert.match(notEditor.stderr, /--sections chỉ dùng cho vai trò editor/);
      assert.equal(await db.kysely.selectFrom('users').select('id').where('username', 'in', ['bt1', 'pv1']).executeTakeFirst(), undefined, 'nothing created');

      const created = await cli(
        'user:create',
        '--username',
        'bt2',
        '--name',
        'Biên Tập Hai',
        '--role',
        'editor',
        '--password',
        'mat-khau-du-dai-2',
        '--sections',
        ' /kinh-te/ ',
      );
      assert.equal(created.code, 0, created.stderr);
      assert.match(created.stdout, /Chuyên mục: kinh-te \(gồm cả chuyên mục con\)/);
      const user = await db.kysely.selectFrom('users').selectAll().where('username', '=', 'bt2').executeTakeFirstOrThrow();
      const actor = await actorFor(db.kysely, user);
      assert.deepEqual(actor.sectionIds.sort(), [economy.id, farming.id].sort());
    } finally {
      await db.close();
    }
  });
});

for (const dialect of dialects) {
  describe(`first start: prepareDatabase (${dialect})`, () => {
    it('creates one administrator with a private password file, only once', async () => {
      const database = await createTestDatabase(dialect);
      const config = testConfig({ databaseUrl: database.url, demoContent: false });
      const messages: string[] = [];
      try {
        const db = await prepareDatabase(config, { info: (m) => messages.push(m) });
        try {
          const file = path.join(config.dataDir, INITIAL_PASSWORD_FILE);
          assert.equal(statSync(file).mode & 0o777, 0o600);
          const password = readFileSync(file, 'utf8').trim();
          assert.ok(password.length >= 16);
          assert.equal(messages.filter((m) => m.includes(password)).length, 1, 'the password is printed once');
          const admins = await db.kysely.selectFrom('users').select(['username', 'role', 'password_hash']).execute();
          assert.equal(admins.length, 1);
          assert.equal(admins[0].username, 'admin');
          assert.equal(admins[0].role, 'admin');
          assert.ok(await verifyPassword(password, admins[0].password_hash ?? ''));
          assert.equal(await verifyPassword(`${password}x`, admins[0].password_hash ?? ''), false);
          const articles = await db.kysely.selectFrom('articles').select('id').execute();
          assert.equal(articles.length, 0, 'demoContent false starts empty');
        } finally {
          await db.close();
        }

        const again: string[] = [];
        const second = await prepareDatabase(config, { info: (m) => again.push(m) });
        try {
          const users = await second.kysely.selectFrom('users').select('id').execute();
          assert.equal(users.length, 1, 'no second administrator');
          assert.ok(!again.some((m) => /mật khẩu/i.test(m)), 'no new password printed');
        } finally {
          await second.close();
        }
      } finally {
        await database.drop();
        rmSync(config.dataDir, { recursive: true, force: true });
      }
    });
  });
}
