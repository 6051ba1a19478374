import { Injectable } from '@nestjs/common';
import { assertNever } from '#domain';
import type { ReportExportFormat, ReportExportLanguage } from '../views/export.views.js';
import { reportCsv } from './report-csv.js';
import type { ReportExportInput } from './report-export.input.js';
import { reportLabels } from './report-export.labels.js';
import { reportSections } from './report-sections.js';
import { reportXlsx } from './report-xlsx.js';

export interface RenderedReport {
  readonly body: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

/**
 * Writes the reports a supervisor or administrator has just been shown as one file for a board,
 * a funder or UNHCR: the figures only, from the views the API already built and checked (scope,
 * aggregate-only, suppression); nothing is read here.
 */
@Injectable()
export class ReportExporter {
  async render(format: ReportExportFormat, input: ReportExportInput, lang: ReportExportLanguage): Promise<RenderedReport> {
    const report = reportSections(input, lang);
    const fileName = `yorisoi-report-${fileNamePart(input.header.from)}-${fileNamePart(input.header.to)}.${format}`;
    switch (format) {
      case 'csv':
        return { body: reportCsv(report), contentType: 'text/csv; charset=utf-8', fileName };
      case 'xlsx':
        return {
          body: await reportXlsx(report, { aboutSheet: reportLabels(lang).aboutSheet, generatedAt: input.header.generatedAt }),
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          fileName,
        };
      default:
        return assertNever(format, 'report export format');
    }
  }
}

/** The period is validated as YYYY-MM before it gets here; the name goes into a header all the same. */
function fileNamePart(month: string): string {
  return month.replace(/[^0-9A-Za-z-]/g, '');
}
