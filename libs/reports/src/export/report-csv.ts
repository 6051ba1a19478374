import type { ReportCell, ReportSections } from './report-sections.js';

/*
 * CSV as Excel in Japan opens it without asking: UTF-8 with a byte-order mark (without it Excel
 * reads Shift_JIS and the Japanese comes out garbled), CRLF line ends and RFC 4180 quoting.
 */

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * A spreadsheet runs text that starts with one of these as a formula (=HYPERLINK…, +cmd|…,
 * -2+3, @SUM…; a tab or CR before one is skipped), and a team or caseworker name is typed by a
 * user. The apostrophe makes Excel and LibreOffice show the text as text (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The title, the header lines, a blank line, then each section: its title, columns, rows and a blank line. */
export function reportCsv(report: ReportSections): Buffer {
  const records: (readonly ReportCell[])[] = [[report.title], ...report.header, []];
  for (const section of report.sections) records.push([section.title], section.columns, ...section.rows, []);
  const text = records.map((record) => record.map(csvField).join(',') + LINE_END).join('');
  return Buffer.from(BYTE_ORDER_MARK + text, 'utf8');
}
