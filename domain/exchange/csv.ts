/**
 * CSV as RFC 4180 writes it, for spreadsheets: CRLF line ends, a field
 * quoted when it holds the separator, a quote or a line break (quotes
 * doubled), and a byte order mark first so that Excel reads the UTF-8 (the
 * accents of French text) as UTF-8. A text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed
 * with an apostrophe, as OWASP advises against CSV injection; numbers are
 * written as numbers.
 */

export const BYTE_ORDER_MARK = '\uFEFF';

export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell, separator: string): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, one row per record, each line ended by CRLF. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  separator: ',' | ';' = ',',
): string {
  const line = (cells: readonly CsvCell[]) => cells.map((c) => cell(c, separator)).join(separator);
  return `${BYTE_ORDER_MARK}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
