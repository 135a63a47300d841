import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { backupTo } from '../../data/backup.js';
import { CliError, parse, type Command } from '../args.js';
import { interruptible } from '../interrupt.js';
import { progressBar } from '../progress.js';

export const backup: Command = {
  name: 'backup',
  summary: 'sao lưu khi báo vẫn chạy: cơ sở dữ liệu (SQLite backup API, pg_dump hoặc bản xuất), thư mục ảnh, manifest.json có tổng kiểm tra',
  usage: 'toasoan backup --out THU-MUC-MOI',
  async run(argv) {
    const { values } = parse(argv, { out: { type: 'string' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    if (!values.out) throw new CliError(`thiếu --out. Cách dùng: ${this.usage}`);
    const out = values.out;
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    try {
      await migrateToLatest(db);
      const manifest = await interruptible((signal) =>
        backupTo(db, out, { databaseUrl: config.databaseUrl, mediaDir: config.mediaDir, onProgress: (stage) => progressBar(stage), signal }),
      );
      const bytes = manifest.files.reduce((a, f) => a + f.bytes, 0);
      console.log(`Đã sao lưu (${manifest.kind}, ${manifest.files.length} tệp, ${(bytes / 1024 / 1024).toFixed(1)} MB) vào ${out}.`);
    } finally {
      await db.close();
    }
  },
};
