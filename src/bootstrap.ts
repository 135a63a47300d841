import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemo } from './demo/seed.js';
import { createSearchEngine } from './search/engine.js';
import { generatePassword } from './newsroom/passwords.js';
import { INITIAL_ADMIN, INITIAL_PASSWORD_FILE } from './newsroom/initial-password.js';
import { countUsers, createUser } from './newsroom/users.js';

export interface Reporter {
  info(message: string): void;
}

export { INITIAL_PASSWORD_FILE };

/**
 * Everything a start needs before serving: migrations (and the search index, when a migration
 * changed its format), then on a fresh database the first administrator (password printed once
 * and written to a file only its owner can read) and the demo newspaper.
 */
export async function prepareDatabase(config: Config, reporter: Reporter): Promise<Db> {
  const db = openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) reporter.info(`Đã chạy migration: ${applied.join(', ')}`);
    const reindexed = await createSearchEngine(db).ensureIndexed((done, total) => {
      if (done === total || done % 10_000 === 0) reporter.info(`  chỉ mục tìm kiếm: ${done}/${total} bài`);
    });
    if (reindexed) reporter.info('Đã dựng lại chỉ mục tìm kiếm theo định dạng mới.');
    if ((await countUsers(db.kysely)) > 0) return db;

    const password = generatePassword();
    await createUser(db.kysely, { username: INITIAL_ADMIN, displayName: 'Quản trị', role: 'admin', password });
    mkdirSync(config.dataDir, { recursive: true });
    const file = path.join(config.dataDir, INITIAL_PASSWORD_FILE);
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    reporter.info(`Đã tạo quản trị viên đầu tiên: tên đăng nhập "admin", mật khẩu ${password} (chỉ in một lần; cũng lưu ở ${file}).`);

    if (config.demoContent) {
      reporter.info('Đang tạo báo mẫu (DEMO_CONTENT=0 để bỏ qua)...');
      const { articles } = await seedDemo(db.kysely, {
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        onProgress: (done, total) => {
          if (done === total || done % 10 === 0) reporter.info(`  ${done}/${total} bài`);
        },
      });
      reporter.info(`Đã tạo báo mẫu với ${articles} bài viết.`);
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
