import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { exportArchive } from '../../data/export.js';
import { CliError, parse, type Command } from '../args.js';
import { interruptible } from '../interrupt.js';
import { progressBar } from '../progress.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'xuất toàn bộ tờ báo (dữ liệu và ảnh gốc) ra một tệp lưu trữ; --with-secrets để gồm cả mật khẩu đã băm',
  usage: 'toasoan export --out TEP.tar.gz [--with-secrets]',
  async run(argv) {
    const { values } = parse(argv, { out: { type: 'string' }, 'with-secrets': { type: 'boolean' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}\nĐịnh dạng: docs/export-format.md`);
    if (!values.out) throw new CliError(`thiếu --out. Cách dùng: ${this.usage}`);
    const out = values.out;
    const config = loadConfig();
    const db = openDatabase(config.databaseUrl);
    try {
      await migrateToLatest(db);
      const summary = await interruptible((signal) =>
        exportArchive(db, out, { mediaDir: config.mediaDir, withSecrets: values['with-secrets'], onProgress: progressBar('Xuất'), signal }),
      );
      const rows = summary.tables.reduce((a, t) => a + t.rows, 0);
      console.log(`Đã xuất ${rows} dòng dữ liệu và ${summary.media.files} ảnh vào ${out}.`);
      if (summary.media.missing.length)
        console.log(`Thiếu tệp gốc của ${summary.media.missing.length} ảnh (không có trong thư mục ảnh): ${summary.media.missing.slice(0, 5).join(', ')}`);
      if (!values['with-secrets']) console.log('Không gồm mật khẩu: sau khi nhập, đặt lại bằng "toasoan user:reset-password".');
    } finally {
      await db.close();
    }
  },
};
