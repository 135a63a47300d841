import { loadConfig } from '../../config.js';
import { restoreFrom } from '../../data/restore.js';
import { CliError, parse, type Command } from '../args.js';
import { interruptible } from '../interrupt.js';
import { progressBar } from '../progress.js';

export const restore: Command = {
  name: 'restore',
  summary: 'khôi phục một bản sao lưu vào cơ sở dữ liệu trống (kiểm tra tổng kiểm tra trước); --force để thay cơ sở dữ liệu đang có',
  usage: 'toasoan restore THU-MUC [--force]',
  async run(argv) {
    const { values, positionals } = parse(argv, { force: { type: 'boolean' } }, true);
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}\nDừng máy chủ trước khi khôi phục.`);
    const [dir] = positionals;
    if (dir === undefined || positionals.length !== 1) throw new CliError(`cần đúng một thư mục sao lưu. Cách dùng: ${this.usage}`);
    const config = loadConfig();
    const manifest = await interruptible((signal) =>
      restoreFrom(dir, {
        databaseUrl: config.databaseUrl,
        mediaDir: config.mediaDir,
        force: values.force,
        onProgress: (stage) => progressBar(stage),
        signal,
      }),
    );
    console.log(`Đã khôi phục bản sao lưu ngày ${manifest.snapshot_started_at} (${manifest.kind}).`);
  },
};
