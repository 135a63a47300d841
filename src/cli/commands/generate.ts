import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { generateCorpus } from '../../demo/synthetic.js';
import { CliError, parse, type Command } from '../args.js';
import { progressBar } from '../progress.js';

const MAX_ARTICLES = 10_000_000;

export const generate: Command = {
  name: 'generate',
  summary: 'tạo kho bài viết tổng hợp (giống tiếng Việt) để đo hiệu năng; không dùng cho báo thật',
  usage: 'toasoan generate --articles N [--seed S]',
  async run(argv) {
    const { values } = parse(argv, { articles: { type: 'string' }, seed: { type: 'string' } });
    if (values.help) return void console.log(`${this.usage}\n\n${this.summary}`);
    const articles = Number(values.articles);
    if (!values.articles || !Number.isInteger(articles) || articles < 1 || articles > MAX_ARTICLES) {
      throw new CliError(`--articles phải là số nguyên từ 1 đến ${MAX_ARTICLES}. Cách dùng: ${this.usage}`);
    }
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) throw new CliError('--seed phải là số nguyên.');
    const db = openDatabase(loadConfig().databaseUrl);
    try {
      await migrateToLatest(db);
      const started = Date.now();
      await generateCorpus(db.kysely, { articles, seed, onProgress: progressBar('Tạo bài viết') });
      console.log(`Đã tạo ${articles} bài viết tổng hợp trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
    } finally {
      await db.close();
    }
  },
};
