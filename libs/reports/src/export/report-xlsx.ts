import ExcelJS from 'exceljs';
import type { ReportCell, ReportSections } from './report-sections.js';

/*
 * The XLSX export: a first sheet with the header (period, filters, generation time, data
 * version), then one sheet per section with its title, its column names (bold, frozen so they
 * stay in view) and its rows. Cells keep their type: numbers are numbers a funder can add up,
 * "< 5" and "–" are text. A text cell is always written as a string, never as a formula, so a
 * name starting with "=" stays a name.
 */

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel keeps this name for its change history and refuses it for a sheet. */
const RESERVED_SHEET_NAMES = new Set(['history']);

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export interface XlsxOptions {
  readonly aboutSheet: string;
  /** ISO: the workbook's creation date, so the file says when the figures were taken. */
  readonly generatedAt: string;
}

export async function reportXlsx(report: ReportSections, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yorisoi';
  workbook.lastModifiedBy = 'Yorisoi';
  workbook.title = report.title;
  const generatedAt = new Date(options.generatedAt);
  if (!Number.isNaN(generatedAt.getTime())) {
    workbook.created = generatedAt;
    workbook.modified = generatedAt;
  }
  const names = new SheetNames();

  const about = workbook.addWorksheet(names.take(options.aboutSheet));
  about.addRow([report.title]).font = { bold: true, size: 14 };
  for (const [label, value] of report.header) about.addRow([label, value]).getCell(1).font = { bold: true };
  fitColumns(about, report.header);

  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(names.take(section.sheet), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([section.title]).font = { bold: true, size: 12 };
    sheet.addRow([...section.columns]).font = { bold: true };
    // null is an empty cell; a string is written as a string, whatever it starts with.
    for (const row of section.rows) sheet.addRow([...row]);
    fitColumns(sheet, [section.columns, ...section.rows]);
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Wide enough for the longest value of each column, within bounds; Japanese counts double. */
function fitColumns(sheet: ExcelJS.Worksheet, rows: readonly (readonly ReportCell[])[]): void {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell === null ? '' : String(cell)));
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Valid, unique sheet names: Excel refuses a workbook with a duplicate, long or ill-formed one. */
export class SheetNames {
  private readonly taken = new Set<string>(RESERVED_SHEET_NAMES);

  take(wanted: string): string {
    const base = sheetName(wanted);
    let name = base;
    for (let copy = 2; this.taken.has(name.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      name = truncate(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

export function sheetName(wanted: string): string {
  // Excel also refuses a name that starts or ends with an apostrophe.
  const cleaned = truncate(wanted.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim(), SHEET_NAME_MAX)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned === '' ? 'Sheet' : cleaned;
}

/** At most `max` UTF-16 units (Excel's count), never splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let result = '';
  for (const character of text) {
    if (result.length + character.length > max) break;
    result += character;
  }
  return result;
}
