import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { importArchive } from '../../data/import.js';
import { CliError, parse, type Command } from '../args.js';
import { interruptible } from '../interrupt.js';
import { progressBar } from '../progress.js';
import { runImportWordPress, WORDPRESS_HELP } from './import-wordpress.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'nạp một tệp do "toasoan export" tạo vào cơ sở dữ liệu trống; "import wordpress TEP.xml" nhập từ WordPress',
  usage: 'toasoan import TEP.tar.gz | toasoan import wordpress TEP.xml [--uploads THU-MUC] [--dry-run] [--pages]',
  async run(argv) {
    if (argv[0] === 'wordpress') return runImportWordPress(argv.slice(1));
    const { values, positionals } = parse(argv, {}, true);
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}\nĐịnh dạng: docs/export-format.md\n\n${WORDPRESS_HELP}`);
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1) throw new CliError(`cần đúng một tệp. Cách dùng: ${this.usage}`);
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    try {
      await migrateToLatest(db);
      const summary = await interruptible((signal) => importArchive(db, file, { mediaDir: config.mediaDir, onProgress: progressBar('Nhập'), signal }));
      console.log(`Đã nhập ${summary.rows} dòng dữ liệu và ${summary.mediaFiles} ảnh; chỉ mục tìm kiếm: ${summary.indexed} bài.`);
      if (!summary.header.with_secrets) console.log('Tệp không gồm mật khẩu: đặt mật khẩu bằng "toasoan user:reset-password --username TEN".');
    } finally {
      await db.close();
    }
  },
};
