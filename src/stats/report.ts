import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toCsv } from './csv.js';
import { dayRange, lastDays } from './days.js';
import { commentsPerDay, mostRead, paperViews, sectionViews, totalsBy, type RankedArticle, type Series, type Total } from './queries.js';

/** Everything the statistics screen shows for a period, and the same figures as CSV tables. */

export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

export interface StatsReport {
  days: string[];
  paper: number[];
  sections: Series[];
  comments: number[];
  articles: RankedArticle[];
  authors: Total[];
  sectionTotals: Total[];
}

export async function statsReport(db: Kysely<Database>, period: Period, timeZone: string, now = new Date()): Promise<StatsReport> {
  const days = lastDays(period, timeZone, now);
  const { first, last } = dayRange(days);
  const [paper, sections, comments, articles, authors, sectionTotals] = await Promise.all([
    paperViews(db, days),
    sectionViews(db, days),
    commentsPerDay(db, days, timeZone),
    mostRead(db, first, last, 20),
    totalsBy(db, 'author', first, last),
    totalsBy(db, 'section', first, last),
  ]);
  return { days, paper, sections, comments, articles, authors, sectionTotals };
}

export const CSV_TABLES = {
  'luot-xem': 'Lượt xem theo ngày',
  'chuyen-muc-theo-ngay': 'Lượt xem theo ngày, theo chuyên mục',
  'binh-luan': 'Bình luận theo ngày',
  'doc-nhieu': 'Bài đọc nhiều',
  'tac-gia': 'Lượt xem theo tác giả',
  'chuyen-muc': 'Lượt xem theo chuyên mục',
} as const;
export type CsvTable = keyof typeof CSV_TABLES;

export function reportCsv(report: StatsReport, table: CsvTable): string {
  switch (table) {
    case 'luot-xem':
      return toCsv(
        ['Ngày', 'Lượt xem'],
        report.days.map((d, i) => [d, report.paper[i] ?? 0]),
      );
    case 'chuyen-muc-theo-ngay':
      return toCsv(
        ['Ngày', ...report.sections.map((s) => s.name)],
        report.days.map((d, i) => [d, ...report.sections.map((s) => s.values[i] ?? 0)]),
      );
    case 'binh-luan':
      return toCsv(
        ['Ngày', 'Bình luận'],
        report.days.map((d, i) => [d, report.comments[i] ?? 0]),
      );
    case 'doc-nhieu':
      return toCsv(
        ['Mã bài', 'Tiêu đề', 'Chuyên mục', 'Tác giả', 'Lượt xem'],
        report.articles.map((a) => [a.id, a.title, a.sectionName, a.author ?? '', a.views]),
      );
    case 'tac-gia':
      return toCsv(
        ['Tác giả', 'Số bài', 'Lượt xem'],
        report.authors.map((a) => [a.name, a.articles, a.views]),
      );
    case 'chuyen-muc':
      return toCsv(
        ['Chuyên mục', 'Số bài', 'Lượt xem'],
        report.sectionTotals.map((s) => [s.name, s.articles, s.views]),
      );
  }
}
