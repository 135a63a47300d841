/** CSV for spreadsheets: RFC 4180 quoting, CRLF, and a byte-order mark so Excel reads UTF-8 Vietnamese. */

function cell(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be run as a formula by a spreadsheet: quote it behind an apostrophe.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
