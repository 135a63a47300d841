import ExcelJS from 'exceljs';
import { dongInWords } from '../vi/index.js';
import { formatCoefficient } from './arithmetic.js';
import { dayLabel, monthLabel } from './months.js';
import { byPerson, bySection, type Statement } from './statements.js';

/**
 * A statement as an .xlsx workbook for the accounting office: a summary per person (with the
 * amount in words), the lines, and totals per section. Money cells are whole-đồng numbers with a
 * thousands format, so the spreadsheet can still add them up. Runs in the office worker only
 * (src/data/office-worker.ts): the server process never loads ExcelJS.
 */

const MONEY = '#,##0';

function header(sheet: ExcelJS.Worksheet, columns: { header: string; key: string; width: number }[]) {
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function buildStatementWorkbook(statement: Statement, title: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tòa Soạn';
  book.title = `${title} — ${monthLabel(statement.month)}`;

  const summary = book.addWorksheet('Tổng hợp');
  header(summary, [
    { header: 'Người hưởng', key: 'name', width: 32 },
    { header: 'Số dòng', key: 'lines', width: 10 },
    { header: 'Số tiền (đồng)', key: 'amount', width: 18 },
    { header: 'Bằng chữ', key: 'words', width: 60 },
  ]);
  for (const person of byPerson(statement.lines))
    summary.addRow({ name: person.name, lines: person.lines, amount: person.amount, words: dongInWords(person.amount) });
  const totalRow = summary.addRow({ name: 'Tổng cộng', lines: statement.lines.length, amount: statement.total, words: dongInWords(statement.total) });
  totalRow.font = { bold: true };
  summary.getColumn('amount').numFmt = MONEY;

  const lines = book.addWorksheet('Chi tiết');
  header(lines, [
    { header: 'Ngày đăng', key: 'day', width: 12 },
    { header: 'Bài viết', key: 'title', width: 48 },
    { header: 'Chuyên mục', key: 'section', width: 18 },
    { header: 'Thể loại', key: 'genre', width: 20 },
    { header: 'Hệ số', key: 'coefficient', width: 8 },
    { header: 'Giá trị đơn vị (đồng)', key: 'unit', width: 16 },
    { header: 'Người hưởng', key: 'person', width: 28 },
    { header: 'Đóng góp', key: 'kind', width: 12 },
    { header: 'Tỷ lệ (%)', key: 'share', width: 10 },
    { header: 'Số tiền (đồng)', key: 'amount', width: 16 },
    { header: 'Điều chỉnh', key: 'adjustment', width: 11 },
  ]);
  for (const line of statement.lines) {
    lines.addRow({
      day: dayLabel(line.publishedOn),
      title: line.articleTitle,
      section: line.sectionName,
      genre: line.genreName,
      coefficient: formatCoefficient(line.coefficient),
      unit: line.unitValue,
      person: line.personName,
      kind: line.kindName,
      share: line.share / 100,
      amount: line.amount,
      adjustment: line.adjustment ? 'Có' : '',
    });
  }
  lines.getColumn('unit').numFmt = MONEY;
  lines.getColumn('amount').numFmt = MONEY;

  const sections = book.addWorksheet('Theo chuyên mục');
  header(sections, [
    { header: 'Chuyên mục', key: 'name', width: 28 },
    { header: 'Số dòng', key: 'lines', width: 10 },
    { header: 'Số tiền (đồng)', key: 'amount', width: 18 },
  ]);
  for (const section of bySection(statement.lines)) sections.addRow({ name: section.name, lines: section.lines, amount: section.amount });
  sections.getColumn('amount').numFmt = MONEY;

  return new Uint8Array(await book.xlsx.writeBuffer());
}
