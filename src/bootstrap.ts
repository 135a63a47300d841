import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, openDatabase, type Db } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { acquireStartupLock } from './db/startup-lock.js';
import { checkStartup, waitForDatabase } from './server/startup.js';
import { createSearchEngine } from './search/engine.js';
import { generatePassword } from './newsroom/passwords.js';
import { INITIAL_ADMIN, INITIAL_PASSWORD_FILE } from './newsroom/initial-password.js';
import { countUsers, createUser } from './newsroom/users.js';
import { refreshDerived } from './content/derived.js';
import { readTimeZone } from './content/site-settings.js';

export interface Reporter {
  info(message: string): void;
}

export { INITIAL_PASSWORD_FILE };

/**
 * Everything a start needs before serving: the checks that need no database (media folder, proxy
 * setting), a bounded wait for the database, then under a lock shared by every node: migrations
 * (and the search index, when a migration changed its format), and on a fresh database the demo
 * newspaper and, last, the first administrator (password printed once and written to a file only
 * its owner can read). The administrator comes last so that a first start failing half-way is
 * tried again in full by the next start.
 */
export async function prepareDatabase(config: Config, reporter: Reporter): Promise<Db> {
  checkStartup(config);
  const db = openDatabase(config.databaseUrl, {
    connectTimeoutMs: Math.min(DEFAULT_CONNECT_TIMEOUT_MS, Math.max(1_000, config.databaseWaitMs)),
    queryTimeoutMs: config.databaseQueryTimeoutMs,
  });
  try {
    await waitForDatabase(db, config.databaseWaitMs, (reason) => reporter.info(`Đang chờ cơ sở dữ liệu (${reason})...`));
    const release = await acquireStartupLock(db, config.databaseUrl, () => reporter.info('Một nút khác đang chạy migration; đang chờ...'));
    try {
      await setUp(db, config, reporter);
    } finally {
      await release();
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function setUp(db: Db, config: Config, reporter: Reporter): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) reporter.info(`Đã chạy migration: ${applied.join(', ')}`);
  const reindexed = await createSearchEngine(db).ensureIndexed((done, total) => {
    if (done === total || done % 10_000 === 0) reporter.info(`  chỉ mục tìm kiếm: ${done}/${total} bài`);
  });
  if (reindexed) reporter.info('Đã dựng lại chỉ mục tìm kiếm theo định dạng mới.');
  // Rebuilt only every RECENT_ENTRIES new articles or so (src/search/postgresql.ts): a few seconds then.
  if (await createSearchEngine(db).maintain()) reporter.info('Đã dựng lại chỉ mục tìm kiếm của các bài mới nhất.');
  // Before the demo paper: its articles are written in the zone recorded here.
  const recomputed = await refreshDerived(db.kysely, await readTimeZone(db.kysely, config.timeZone));
  if (recomputed > 0) reporter.info(`Đã tính lại trích dẫn và ngày hiển thị của ${recomputed} bài.`);
  if ((await countUsers(db.kysely)) > 0) return;

  if (config.demoContent) {
    const existing = await db.kysely.selectFrom('sections').select('id').limit(1).execute();
    if (existing.length > 0) {
      reporter.info('Cơ sở dữ liệu đã có chuyên mục nhưng chưa có tài khoản: không tạo báo mẫu.');
    } else {
      reporter.info('Đang tạo báo mẫu (DEMO_CONTENT=0 để bỏ qua)...');
      // Loaded only here: the demo's texts and pictures stay out of a running server's memory.
      const { seedDemo } = await import('./demo/seed.js');
      const { articles } = await seedDemo(db.kysely, {
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        onProgress: (done, total) => {
          if (done === total || done % 10 === 0) reporter.info(`  ${done}/${total} bài`);
        },
      });
      reporter.info(`Đã tạo báo mẫu với ${articles} bài viết.`);
    }
  }

  const password = generatePassword();
  await createUser(db.kysely, { username: INITIAL_ADMIN, displayName: 'Quản trị', role: 'admin', password });
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, INITIAL_PASSWORD_FILE);
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  reporter.info(`Đã tạo quản trị viên đầu tiên: tên đăng nhập "admin", mật khẩu ${password} (chỉ in một lần; cũng lưu ở ${file}).`);
}
