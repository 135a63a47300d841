import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { parse, type Command } from '../args.js';

export const migrate: Command = {
  name: 'migrate',
  summary: 'đưa cấu trúc cơ sở dữ liệu lên phiên bản mới nhất',
  usage: 'toasoan migrate',
  async run(argv) {
    const { values } = parse(argv, {});
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    const db = openDatabase(loadConfig().databaseUrl);
    try {
      const applied = await migrateToLatest(db);
      console.log(applied.length ? `Đã chạy: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
    } finally {
      await db.close();
    }
  },
};
