import { officeWorker } from '../data/office.js';
import type { Statement } from './statements.js';

/**
 * A statement as an .xlsx workbook for the accounting office (src/royalties/xlsx-book.ts), built
 * in the office worker so that the server process never loads ExcelJS.
 */
export async function statementWorkbook(statement: Statement, title: string): Promise<Buffer> {
  const bytes = await officeWorker.run('statement-workbook', { statement, title });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
