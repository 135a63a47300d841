import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { CliError, parse, type Command } from '../args.js';

export const demo: Command = {
  name: 'demo',
  summary: 'tạo báo mẫu (chuyên mục, bài viết, ảnh, bình luận) trong một cơ sở dữ liệu chưa có bài viết',
  usage: 'toasoan demo',
  async run(argv) {
    const { values } = parse(argv, {});
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    try {
      await migrateToLatest(db);
      const existing = await db.kysely.selectFrom('sections').select('id').limit(1).executeTakeFirst();
      if (existing) throw new CliError('cơ sở dữ liệu đã có chuyên mục; báo mẫu chỉ tạo trên cơ sở dữ liệu trống.');
      const { seedDemo } = await import('../../demo/seed.js');
      const result = await seedDemo(db.kysely, {
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        onProgress: (done, total) => process.stdout.write(`\r[${'#'.repeat(Math.round((done / total) * 30)).padEnd(30)}] ${done}/${total}`),
      });
      console.log(`\nĐã tạo ${result.articles} bài viết mẫu.`);
    } finally {
      await db.close();
    }
  },
};
