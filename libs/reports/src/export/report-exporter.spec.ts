import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { OUTCOME_COUNT_FIELDS, type OutcomeCountField } from '#domain';
import type { CaseloadsReportView } from '../views/caseloads.views.js';
import type { DeadlinesReportView } from '../views/deadlines.views.js';
import type { DisaggregationReportView } from '../views/disaggregation.views.js';
import type { NationalFiguresInfoView } from '../views/overview.views.js';
import type { OutcomesReportView } from '../views/outcomes.views.js';
import type { ReferralsDocumentsReportView } from '../views/referrals-documents.views.js';
import type { TimeInStageReportView } from '../views/time-in-stage.views.js';
import { csvField } from './report-csv.js';
import type { ReportExportInput } from './report-export.input.js';
import { ReportExporter } from './report-exporter.js';
import { japanTime, reportSections, type ReportCell, type ReportSections } from './report-sections.js';
import { SheetNames } from './report-xlsx.js';

// The API passes its report views as they are: each must fit the exporter's input (checked by tsc).
type Fits<View, Input> = View extends Input ? true : never;
export const viewsFitTheInput: [
  Fits<OutcomesReportView, ReportExportInput['outcomes']>,
  Fits<TimeInStageReportView, ReportExportInput['timeInStage']>,
  Fits<DeadlinesReportView, ReportExportInput['deadlines']>,
  Fits<CaseloadsReportView, ReportExportInput['caseloads']>,
  Fits<ReferralsDocumentsReportView, ReportExportInput['referralsDocuments']>,
  Fits<DisaggregationReportView, ReportExportInput['disaggregation']>,
  Fits<NationalFiguresInfoView, NonNullable<ReportExportInput['national']>>,
] = [true, true, true, true, true, true, true];

const TEAM_A = '00000000-0000-4000-8000-00000000000a';
const TEAM_B = '00000000-0000-4000-8000-00000000000b';

/** Two years, two teams, one caseworker; names chosen to need quoting and formula protection in a CSV. */
function input(overrides: { aggregateOnly?: boolean; withCaseworkers?: boolean } = {}): ReportExportInput {
  const aggregateOnly = overrides.aggregateOnly ?? false;
  return {
    header: {
      from: '2023-11',
      to: '2024-01',
      teamName: null,
      generatedAt: '2024-02-01T00:30:00.000Z',
      dataVersion: { id: '42', asOf: '2024-01-31T23:50:00.000Z', asOfDate: '2024-02-01' },
      nationalVersion: '2025-03-14',
      aggregateOnly,
    },
    national: {
      title: 'ISA refugee recognition statistics',
      sources: [
        { years: [2023], title: 'ISA table 2023', url: 'https://www.moj.go.jp/isa/2023' },
        { years: [2024], title: 'ISA release 2024', url: 'https://www.moj.go.jp/isa/2024' },
      ],
      note: 'Corrected figures',
    },
    outcomes: {
      granularity: 'year',
      rows: [
        outcomeRow('2023', { filedFirst: 10, recognised: 2, refused: 6, complementaryProtection: 2, recognitionRate: 20, recognisedPerHundredApplications: 20 }),
        outcomeRow('2024', { filedFirst: 3, detained: 1 }),
      ],
      national: [
        {
          year: 2023,
          applications: 13823,
          cpApplications: 678,
          recognised: 303,
          recognisedOnAppeal: 14,
          humanitarian: 1005,
          cpRecognised: 2,
          refused: null,
          recognitionRate: null,
          recognisedPerHundredApplications: 2.2,
        },
      ],
    },
    timeInStage: {
      rows: [
        { year: 2023, interval: 'filed-to-decision', count: 7, medianDays: 400, p90Days: 700, nationalAverageDays: 1012, nationalUnverified: false },
        { year: 2023, interval: 'review-to-decision', count: 2, medianDays: null, p90Days: null, nationalAverageDays: 669, nationalUnverified: true },
        { year: 2023, interval: 'decision-to-review-request', count: 0, medianDays: null, p90Days: null, nationalAverageDays: null, nationalUnverified: false },
      ],
    },
    deadlines: {
      rows: [
        { month: '2023-12', kind: 'review-request', metOnTime: 3, metLate: 1, waived: 0, missed: 1, overdue: 0, open: 0, overridden: 1 },
        { month: '2024-01', kind: 'a-kind-from-the-future', metOnTime: 0, metLate: 0, waived: 1, missed: 0, overdue: 2, open: 4, overridden: 0 },
      ],
      totals: [
        { kind: 'review-request', metOnTime: 3, metLate: 1, waived: 0, missed: 1, overdue: 0, open: 0, overridden: 1 },
        { kind: 'a-kind-from-the-future', metOnTime: 0, metLate: 0, waived: 1, missed: 0, overdue: 2, open: 4, overridden: 0 },
      ],
      reminders: [
        { month: '2023-11', sent: 5, failed: 0, escalated: 0 },
        { month: '2023-12', sent: 7, failed: 1, escalated: 2 },
        { month: '2024-01', sent: 0, failed: 0, escalated: 0 },
      ],
    },
    caseloads: {
      months: [
        { month: '2023-11', openFiles: 8, intakes: 2, closures: 0 },
        { month: '2023-12', openFiles: 9, intakes: 1, closures: 0 },
        { month: '2024-01', openFiles: 7, intakes: 0, closures: 2 },
      ],
      teams: [
        { teamId: TEAM_A, teamName: 'Tokyo, "North"', months: [{ month: '2023-11', openFiles: 5 }, { month: '2023-12', openFiles: 6 }, { month: '2024-01', openFiles: 4 }] },
        { teamId: TEAM_B, teamName: '=HYPERLINK("http://x")', months: [{ month: '2023-11', openFiles: 3 }, { month: '2023-12', openFiles: 3 }, { month: '2024-01', openFiles: 3 }] },
      ],
      caseworkers:
        overrides.withCaseworkers === false
          ? null
          : [
              {
                userId: '00000000-0000-4000-8000-0000000000c1',
                name: '-Sato Hanako',
                teamId: TEAM_A,
                openNow: 4,
                withoutOpenDeadline: 1,
                withoutRecentContact: 2,
                months: [{ month: '2023-11', openFiles: 5 }, { month: '2023-12', openFiles: 6 }, { month: '2024-01', openFiles: 4 }],
              },
            ],
      atRisk: { recentContactDays: 60, openFiles: 7, withoutOpenDeadline: 2, withoutRecentContact: 3, withNeither: 1 },
    },
    referralsDocuments: {
      referrals: [
        { serviceKind: 'housing', sent: 4, accepted: 2, declined: 1, waiting: 1, completed: 0, cancelled: 0, medianDaysToAnswer: 3 },
        { serviceKind: 'telepathy', sent: 1, accepted: 0, declined: 0, waiting: 1, completed: 0, cancelled: 0, medianDaysToAnswer: null },
      ],
      documents: { openFiles: 7, withMissingDocuments: 3, withUntranslatedDocuments: 1, missingItems: 5, untranslatedDocuments: 2 },
    },
    disaggregation: {
      year: 2023,
      threshold: 5,
      tables: [
        {
          dimension: 'sex',
          columns: ['files', 'filed'],
          rows: [
            { key: 'female', cells: [count(12), below()], total: withheld() },
            { key: 'unknown', cells: [below(), withheld()], total: below() },
          ],
          totals: [count(14), withheld()],
          total: count(20),
        },
        {
          dimension: 'ageBand',
          columns: ['files'],
          rows: [
            { key: '5-11', cells: [count(6)], total: count(6) },
            { key: '60+', cells: [count(8)], total: count(8) },
          ],
          totals: [count(14)],
          total: count(14),
        },
      ],
    },
  };
}

function outcomeRow(period: string, counts: Partial<ReportExportInput['outcomes']['rows'][number]>): ReportExportInput['outcomes']['rows'][number] {
  const zeros = Object.fromEntries(OUTCOME_COUNT_FIELDS.map((field) => [field, 0])) as Record<OutcomeCountField, number>;
  return { period, ...zeros, recognitionRate: null, recognisedPerHundredApplications: null, ...counts };
}

const count = (value: number) => ({ kind: 'count' as const, value });
const below = () => ({ kind: 'below' as const, value: null });
const withheld = () => ({ kind: 'withheld' as const, value: null });

/** The report as a reader of the English export sees it, counted by hand from input(). */
const EXPECTED_EN: ReportSections = {
  title: 'Yorisoi report',
  header: [
    ['Period', '2023-11 to 2024-01'],
    ['Team', 'All teams in scope'],
    ['Generated at (Japan time)', '2024-02-01T09:30:00+09:00'],
    ['Data version', '#42 as of 2024-02-01T08:50:00+09:00'],
    ['National figures version', '2025-03-14'],
    ['National figures', 'ISA refugee recognition statistics'],
    ['Note on the national figures', 'Corrected figures'],
    ['Outcomes by', 'Year'],
    ['Figures by caseworker', 'Included'],
    ['Disaggregation', '2023, every team in scope (the team filter does not apply)'],
    ['Small counts', '"< 5": 1 to 4 people; "–": withheld so that a small count cannot be worked out from the totals'],
  ],
  sections: [
    {
      key: 'outcomes',
      title: 'Outcomes by year',
      sheet: 'Outcomes',
      columns: [
        'Period',
        'Applications filed (first)',
        'Applications filed (subsequent)',
        'Recognised as refugee',
        'Complementary protection',
        'Humanitarian permission to stay',
        'Refused',
        'Withdrawn',
        'Review requests',
        'Review: upheld',
        'Review: dismissed',
        'Review: rejected as inadmissible',
        'Revocation suits filed',
        'Judgments won',
        'Judgments lost',
        'Detentions',
        'Provisional releases',
        'Recognition rate (%)',
        'Recognised per 100 applications',
      ],
      rows: [
        ['2023', 10, 0, 2, 2, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20],
        ['2024', 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, null, null],
      ],
    },
    {
      key: 'national',
      title: 'National figures (Immigration Services Agency)',
      sheet: 'National figures',
      columns: [
        'Year',
        'Refugee applications',
        'Complementary protection applications',
        'Recognised as refugee',
        'of which on review',
        'Humanitarian permission to stay',
        'Complementary protection granted',
        'Refused',
        'Recognition rate (%)',
        'Recognised per 100 applications',
        'Source',
        'Source address',
      ],
      rows: [[2023, 13823, 678, 303, 14, 1005, 2, null, null, 2.2, 'ISA table 2023', 'https://www.moj.go.jp/isa/2023']],
    },
    {
      key: 'time-in-stage',
      title: 'Time in stage (days)',
      sheet: 'Time in stage',
      columns: ['Year', 'Interval', 'Applications counted', 'Median (days)', '90th percentile (days)', 'ISA average (days)', 'ISA figure unverified'],
      rows: [
        [2023, 'Application to first-instance decision', 7, 400, 700, 1012, 'No'],
        [2023, 'Review request to review decision', 2, null, null, 669, 'Yes'],
        [2023, 'Decision to review request', 0, null, null, null, null],
      ],
    },
    {
      key: 'deadlines-by-month',
      title: 'Deadlines kept, by month due and kind',
      sheet: 'Deadlines by month',
      columns: ['Month due', 'Kind of deadline', 'Met on time', 'Met late', 'Waived', 'Missed', 'Overdue (still open)', 'Not yet due', 'Due date overridden'],
      rows: [
        ['2023-12', 'Request for administrative review (審査請求)', 3, 1, 0, 1, 0, 0, 1],
        ['2024-01', 'a-kind-from-the-future', 0, 0, 1, 0, 2, 4, 0],
      ],
    },
    {
      key: 'deadline-totals',
      title: 'Deadlines kept, totals by kind',
      sheet: 'Deadlines by kind',
      columns: ['Kind of deadline', 'Met on time', 'Met late', 'Waived', 'Missed', 'Overdue (still open)', 'Not yet due', 'Due date overridden'],
      rows: [
        ['Request for administrative review (審査請求)', 3, 1, 0, 1, 0, 0, 1],
        ['a-kind-from-the-future', 0, 0, 1, 0, 2, 4, 0],
      ],
    },
    {
      key: 'reminders',
      title: 'Reminders by month',
      sheet: 'Reminders',
      columns: ['Month', 'Sent', 'Failed', 'Escalated to a supervisor'],
      rows: [
        ['2023-11', 5, 0, 0],
        ['2023-12', 7, 1, 2],
        ['2024-01', 0, 0, 0],
      ],
    },
    {
      key: 'caseload-by-month',
      title: 'Caseload by month',
      sheet: 'Caseload by month',
      columns: ['Month', 'Open files (end of month)', 'New intakes', 'Closures'],
      rows: [
        ['2023-11', 8, 2, 0],
        ['2023-12', 9, 1, 0],
        ['2024-01', 7, 0, 2],
      ],
    },
    {
      key: 'open-files-by-team',
      title: 'Open files by team, at the end of each month',
      sheet: 'Open files by team',
      columns: ['Month', 'Tokyo, "North"', '=HYPERLINK("http://x")'],
      rows: [
        ['2023-11', 5, 3],
        ['2023-12', 6, 3],
        ['2024-01', 4, 3],
      ],
    },
    {
      key: 'caseworkers',
      title: 'Caseload by caseworker',
      sheet: 'By caseworker',
      columns: ['Caseworker', 'Team', 'Open files now', 'Without an open deadline', 'No contact in 60 days', 'Open files 2023-11', 'Open files 2023-12', 'Open files 2024-01'],
      rows: [['-Sato Hanako', 'Tokyo, "North"', 4, 1, 2, 5, 6, 4]],
    },
    {
      key: 'at-risk',
      title: 'Open files at risk of being forgotten',
      sheet: 'At risk',
      columns: ['Open files', 'Without an open deadline', 'No contact in 60 days', 'Neither an open deadline nor contact in 60 days'],
      rows: [[7, 2, 3, 1]],
    },
    {
      key: 'referrals',
      title: 'Referrals by kind of service',
      sheet: 'Referrals',
      columns: ['Kind of service', 'Sent', 'Accepted', 'Declined', 'Waiting for an answer', 'Completed', 'Cancelled', 'Median days to answer'],
      rows: [
        ['Housing and shelter', 4, 2, 1, 1, 0, 0, 3],
        ['telepathy', 1, 0, 0, 1, 0, 0, null],
      ],
    },
    {
      key: 'documents',
      title: 'Documents of the files open now',
      sheet: 'Documents',
      columns: ['Open files', 'Files with missing documents', 'Files with untranslated documents', 'Missing checklist items', 'Untranslated documents'],
      rows: [[7, 3, 1, 5, 2]],
    },
    {
      key: 'disaggregation-sex',
      title: 'By sex, 2023',
      sheet: 'Sex 2023',
      columns: ['Sex', 'Files active in the year', 'Applications filed', 'Total'],
      rows: [
        ['Female', 12, '< 5', '–'],
        ['Not recorded', '< 5', '–', '< 5'],
        ['Total', 14, '–', 20],
      ],
    },
    {
      key: 'disaggregation-ageBand',
      title: 'By age band, 2023',
      sheet: 'Age band 2023',
      columns: ['Age band', 'Files active in the year', 'Total'],
      rows: [
        ['5–11 years', 6, 6],
        ['60 and over', 8, 8],
        ['Total', 14, 14],
      ],
    },
  ],
};

/** What a CSV reader must find, record by record: text as text (protected), numbers as written, null as empty. */
function expectedCsvRecords(report: ReportSections): string[][] {
  const text = (cell: ReportCell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  const records: string[][] = [[report.title], ...report.header.map((row) => row.map(text)), ['']];
  for (const section of report.sections) {
    records.push([section.title], section.columns.map(text), ...section.rows.map((row) => row.map(text)), ['']);
  }
  return records;
}

/**
 * RFC 4180, strictly: records end with CRLF (the last one too); a field is quoted or holds no
 * quote, comma, CR or LF; "" inside quotes is one quote. Anything else is an error, not a guess.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Error(`unterminated quoted field at ${i}`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          break;
        }
        field += text[j];
        j += 1;
      }
      i = j + 1;
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') {
      endField();
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') {
      throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    } else {
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

function decodeCsv(body: Buffer): string {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body.subarray(3));
}

async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's rows as cell values, null for an empty cell, exactly as wide as `width` says for each row. */
function sheetRows(sheet: ExcelJS.Worksheet, widths: readonly number[]): unknown[][] {
  return widths.map((width, index) => {
    const row = sheet.getRow(index + 1);
    return Array.from({ length: width }, (_, column) => row.getCell(column + 1).value ?? null);
  });
}

const exporter = new ReportExporter();

describe('reportSections', () => {
  it('lays out every part of the report, counted by hand, in English', () => {
    expect(reportSections(input(), 'en')).toEqual(EXPECTED_EN);
  });

  it('leaves out the caseworker section for an aggregate-only (administrator) export, even when names came along', () => {
    const report = reportSections(input({ aggregateOnly: true }), 'en');
    expect(report.sections.map((section) => section.key)).not.toContain('caseworkers');
    expect(JSON.stringify(report)).not.toContain('Sato');
    expect(report.header).toContainEqual(['Figures by caseworker', 'Not included (organisation-wide aggregate only)']);
  });

  it('has no caseworker section when the report has no caseworkers', () => {
    expect(reportSections(input({ withCaseworkers: false }), 'en').sections.map((section) => section.key)).not.toContain('caseworkers');
  });

  it('speaks Japanese in ja: title, header, columns, kinds, keys', () => {
    const report = reportSections({ ...input(), header: { ...input().header, teamName: '東京チーム', dataVersion: null } }, 'ja');
    expect(report.title).toBe('Yorisoi 報告書');
    expect(report.header.slice(0, 4)).toEqual([
      ['対象期間', '2023-11 〜 2024-01'],
      ['チーム', '東京チーム'],
      ['作成日時（日本時間）', '2024-02-01T09:30:00+09:00'],
      ['データのバージョン', 'データなし（まだ集計されていません）'],
    ]);
    const section = (key: string) => report.sections.find((candidate) => candidate.key === key)!;
    expect(section('outcomes').title).toBe('手続の結果（年別）');
    expect(section('outcomes').columns.slice(0, 4)).toEqual(['期間', '申請（初回）', '申請（複数回目）', '難民認定']);
    expect(section('deadlines-by-month').rows.map((row) => row[1])).toEqual(['審査請求', 'a-kind-from-the-future']);
    expect(section('referrals').rows.map((row) => row[0])).toEqual(['住居・シェルター', 'telepathy']);
    expect(section('disaggregation-sex').rows.map((row) => row[0])).toEqual(['女性', '記録なし', '合計']);
    expect(section('disaggregation-ageBand').rows.map((row) => row[0])).toEqual(['5〜11歳', '60歳以上', '合計']);
    expect(section('time-in-stage').rows[1].slice(1, 2)).toEqual(['審査請求から裁決まで']);
  });

  it('writes a custom title and a team filter when given', () => {
    const report = reportSections({ ...input(), header: { ...input().header, title: 'Board report', teamName: 'Osaka' } }, 'en');
    expect(report.title).toBe('Board report');
    expect(report.header[1]).toEqual(['Team', 'Osaka']);
  });

  it('prints the national figures without source columns when the source is not given', () => {
    const report = reportSections({ ...input(), national: undefined }, 'en');
    const national = report.sections.find((section) => section.key === 'national')!;
    expect(national.columns.at(-1)).toBe('Recognised per 100 applications');
    expect(national.rows).toEqual([[2023, 13823, 678, 303, 14, 1005, 2, null, null, 2.2]]);
    expect(report.header.map(([label]) => label)).not.toContain('National figures');
  });
});

describe('japanTime', () => {
  it.each([
    ['2024-02-01T00:30:00.000Z', '2024-02-01T09:30:00+09:00'],
    ['2024-12-31T15:00:00Z', '2025-01-01T00:00:00+09:00'],
    ['2024-06-30T23:59:59.999+09:00', '2024-06-30T23:59:59+09:00'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, expected) => {
    expect(japanTime(iso)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each<[string, ReportCell, string]>([
    ['plain text as it is', 'Tokyo', 'Tokyo'],
    ['Japanese as it is', '東京チーム', '東京チーム'],
    ['a comma: quoted', 'Tokyo, North', '"Tokyo, North"'],
    ['a quote: doubled and quoted', 'the "North"', '"the ""North"""'],
    ['a line feed: quoted', 'a\nb', '"a\nb"'],
    ['a carriage return inside: quoted', 'a\r\nb', '"a\r\nb"'],
    ['= starts a formula: apostrophe', '=1+2', "'=1+2"],
    ['+ starts a formula: apostrophe', '+81 3 1234', "'+81 3 1234"],
    ['- starts a formula: apostrophe', '-2+3', "'-2+3"],
    ['@ starts a formula: apostrophe', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab: apostrophe', '\t=1', "'\t=1"],
    ['a leading carriage return: apostrophe, then quoted', '\r=1', '"\'\r=1"'],
    ['a formula with a comma and quotes: apostrophe inside the quotes', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['an en dash (withheld) is not a minus', '–', '–'],
    ['"< 5" as it is', '< 5', '< 5'],
    ['a negative number is a number, not text', -5, '-5'],
    ['a decimal', 12.5, '12.5'],
    ['zero', 0, '0'],
    ['null: empty', null, ''],
  ])('%s', (_case, cell, expected) => {
    expect(csvField(cell)).toBe(expected);
    // Whatever it is, the field reads back as one field with the text a spreadsheet should show.
    expect(parseCsv(`${csvField(cell)}\r\n`)).toEqual([[expected.startsWith('"') ? expected.slice(1, -1).replaceAll('""', '"') : expected]]);
  });
});

describe('SheetNames', () => {
  it.each<[string, string[], string[]]>([
    ['short names as they are', ['Outcomes', 'Reminders'], ['Outcomes', 'Reminders']],
    ['longer than 31 characters: cut', ['Deadlines kept, by month due and kind'], ['Deadlines kept, by month due an']],
    ['forbidden characters replaced', ['a/b\\c[d]e:f*g?h'], ['a b c d e f g h']],
    ['apostrophes at either end dropped', ["'Quoted'"], ['Quoted']],
    ['nothing left: a default', ['[]'], ['Sheet']],
    ['duplicates numbered, case-insensitively', ['Sex 2023', 'sex 2023', 'Sex 2023'], ['Sex 2023', 'sex 2023 (2)', 'Sex 2023 (3)']],
    ['a duplicate of a long name stays within 31', ['x'.repeat(40), 'x'.repeat(40)], ['x'.repeat(31), `${'x'.repeat(27)} (2)`]],
    ["Excel's reserved History", ['History'], ['History (2)']],
    ['no split surrogate pair', [`${'a'.repeat(30)}😀`], ['a'.repeat(30)]],
  ])('%s', (_case, wanted, expected) => {
    const names = new SheetNames();
    const taken = wanted.map((name) => names.take(name));
    expect(taken).toEqual(expected);
    for (const name of taken) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('ReportExporter.render', () => {
  it('writes a CSV that Excel in Japan opens: BOM, CRLF, every cell as laid out, names protected', async () => {
    const rendered = await exporter.render('csv', input(), 'en');
    expect(rendered.contentType).toBe('text/csv; charset=utf-8');
    expect(rendered.fileName).toBe('yorisoi-report-2023-11-2024-01.csv');
    const text = decodeCsv(rendered.body);
    expect(text.startsWith('Yorisoi report\r\nPeriod,2023-11 to 2024-01\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('\r\nMonth,"Tokyo, ""North""","\'=HYPERLINK(""http://x"")"\r\n');
    expect(text).toContain("\r\n'-Sato Hanako,");
    const records = parseCsv(text);
    expect(records).toEqual(expectedCsvRecords(EXPECTED_EN));
    // Spot checks against the hand count, in the file itself.
    expect(records).toContainEqual(['Female', '12', '< 5', '–']);
    expect(records).toContainEqual(['Total', '14', '–', '20']);
    expect(records).toContainEqual(['2024', '3', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1', '0', '', '']);
  });

  it('writes the CSV in Japanese', async () => {
    const text = decodeCsv((await exporter.render('csv', input(), 'ja')).body);
    const records = parseCsv(text);
    expect(records[0]).toEqual(['Yorisoi 報告書']);
    expect(records).toContainEqual(['サービスの種類', '送付', '受入れ', '辞退', '回答待ち', '完了', '取消し', '回答までの日数（中央値）']);
    expect(records).toEqual(expectedCsvRecords(reportSections(input(), 'ja')));
  });

  it('writes no caseworker name into an aggregate-only CSV', async () => {
    const text = decodeCsv((await exporter.render('csv', input({ aggregateOnly: true }), 'en')).body);
    expect(text).not.toContain('Sato');
    expect(text).not.toContain('Caseload by caseworker');
  });

  it('writes an XLSX with an About sheet and one sheet per section, cells as the builder laid them out', async () => {
    const rendered = await exporter.render('xlsx', input(), 'en');
    expect(rendered.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(rendered.fileName).toBe('yorisoi-report-2023-11-2024-01.xlsx');
    const workbook = await readXlsx(rendered.body);
    expect(workbook.creator).toBe('Yorisoi');
    expect(workbook.created.toISOString()).toBe('2024-02-01T00:30:00.000Z');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', ...EXPECTED_EN.sections.map((section) => section.sheet)]);

    const about = workbook.getWorksheet('About')!;
    expect(sheetRows(about, [1, ...EXPECTED_EN.header.map(() => 2)])).toEqual([[EXPECTED_EN.title], ...EXPECTED_EN.header]);
    expect(about.rowCount).toBe(1 + EXPECTED_EN.header.length);

    for (const section of EXPECTED_EN.sections) {
      const sheet = workbook.getWorksheet(section.sheet)!;
      const width = section.columns.length;
      expect([section.key, sheetRows(sheet, [1, width, ...section.rows.map(() => width)])]).toEqual([section.key, [[section.title], section.columns, ...section.rows]]);
      expect(sheet.rowCount).toBe(2 + section.rows.length);
      expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      // Wide enough for each column's name (exceljs leaves out a width equal to Excel's default, 9).
      section.columns.forEach((name, index) => {
        expect(sheet.getColumn(index + 1).width ?? 9).toBeGreaterThanOrEqual(Math.min(60, name.length));
      });
    }

    const sex = workbook.getWorksheet('Sex 2023')!;
    expect(sex.getCell('B3').type).toBe(ExcelJS.ValueType.Number);
    expect(sex.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(sex.getCell('C3').value).toBe('< 5');
    // A team named like a formula is a name in the workbook, not a formula.
    const teams = workbook.getWorksheet('Open files by team')!;
    expect(teams.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(teams.getCell('C2').value).toBe('=HYPERLINK("http://x")');
  });

  it('writes the XLSX in Japanese, and without the caseworker sheet for an administrator', async () => {
    const workbook = await readXlsx((await exporter.render('xlsx', input({ aggregateOnly: true }), 'ja')).body);
    const report = reportSections(input({ aggregateOnly: true }), 'ja');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概要', ...report.sections.map((section) => section.sheet)]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain('担当者別');
    expect(workbook.getWorksheet('概要')!.getCell('A1').value).toBe('Yorisoi 報告書');
    expect(workbook.getWorksheet('紹介')!.getCell('A3').value).toBe('住居・シェルター');
  });
});
