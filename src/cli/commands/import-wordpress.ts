import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { importWordPress, type WordPressReport } from '../../data/wordpress/import.js';
import { CliError, parse } from '../args.js';
import { interruptible } from '../interrupt.js';
import { progressBar } from '../progress.js';

export const WORDPRESS_USAGE = 'toasoan import wordpress TEP.xml [--uploads THU-MUC] [--dry-run] [--pages]';
export const WORDPRESS_HELP = `${WORDPRESS_USAGE}

Nhập một tệp xuất WordPress (WXR 1.1/1.2): tác giả thành phóng viên (chưa có mật khẩu), chuyên mục
(tối đa hai cấp), thẻ, bài viết với trạng thái, bình luận đã duyệt và chờ duyệt, ảnh từ thư mục
wp-content/uploads đã sao chép (--uploads), và chuyển hướng 301 từ mọi địa chỉ cũ. Chạy lại lần
nữa không tạo trùng. --dry-run: kiểm tra và báo cáo, không ghi gì. --pages: nhập cả trang tĩnh.`;

function printReport(report: WordPressReport): void {
  const i = report.imported;
  console.log(`${report.dryRun ? 'Chạy thử (không ghi gì)' : 'Đã nhập'} từ ${report.source}:`);
  console.log(
    `  ${i.articles} bài, ${i.comments} bình luận, ${i.users} tác giả, ${i.sections} chuyên mục, ${i.tags} thẻ, ${i.images} ảnh, ${i.redirects} chuyển hướng`,
  );
  if (report.unchanged) console.log(`  ${report.unchanged} mục đã nhập từ lần trước, giữ nguyên`);
  const repaired = Object.entries(report.repaired.byEncoding)
    .map(([e, n]) => `${e}: ${n}`)
    .join(', ');
  if (report.repaired.objects) console.log(`  Đã sửa mã cũ ở ${report.repaired.objects} mục (${repaired})`);
  if (report.skipped.length) {
    console.log(`  Bỏ qua ${report.skipped.length}:`);
    for (const s of report.skipped.slice(0, 50)) console.log(`    - ${s.what}: ${s.reason}`);
    if (report.skipped.length > 50) console.log(`    … và ${report.skipped.length - 50} mục khác`);
  }
  for (const note of report.notes.slice(0, 50)) console.log(`  * ${note}`);
  if (report.notes.length > 50) console.log(`  * … và ${report.notes.length - 50} ghi chú khác`);
  const dropped = Object.entries(report.droppedShortcodes)
    .map(([n, c]) => `[${n}]×${c}`)
    .join(', ');
  if (dropped) console.log(`  Mã rút gọn đã bỏ: ${dropped}`);
  if (report.missingImages.length) {
    console.log(`  Không tìm thấy ${report.missingImages.length} ảnh (bài vẫn được nhập):`);
    for (const m of report.missingImages.slice(0, 50)) console.log(`    - ${m}`);
  }
}

export async function runImportWordPress(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { uploads: { type: 'string' }, 'dry-run': { type: 'boolean' }, pages: { type: 'boolean' } }, true);
  if (values.help) return void console.log(WORDPRESS_HELP);
  const [file] = positionals;
  if (file === undefined || positionals.length !== 1) throw new CliError(`cần đúng một tệp WXR. Cách dùng: ${WORDPRESS_USAGE}`);
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const report = await interruptible((signal) =>
      importWordPress(db.kysely, file, {
        mediaDir: config.mediaDir,
        uploadsDir: values.uploads,
        dryRun: values['dry-run'],
        pages: values.pages,
        timeZone: config.timeZone,
        onProgress: progressBar('Nhập WordPress'),
        signal,
      }),
    );
    printReport(report);
  } finally {
    await db.close();
  }
}
