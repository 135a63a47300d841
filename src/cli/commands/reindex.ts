import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { createSearchEngine } from '../../search/engine.js';
import { parse, type Command } from '../args.js';
import { progressBar } from '../progress.js';

export const reindex: Command = {
  name: 'reindex',
  summary: 'dựng lại chỉ mục tìm kiếm cho mọi bài viết',
  usage: 'toasoan reindex',
  async run(argv) {
    const { values } = parse(argv, {});
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    const db = openDatabase(loadConfig().databaseUrl);
    try {
      await migrateToLatest(db);
      const started = Date.now();
      const count = await createSearchEngine(db).rebuild(progressBar('Lập chỉ mục'));
      console.log(`Đã lập chỉ mục ${count} bài viết trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
    } finally {
      await db.close();
    }
  },
};
