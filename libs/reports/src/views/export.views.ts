/** The file formats and languages of the reports export. */
export const REPORT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

export const REPORT_EXPORT_LANGUAGES = ['ja', 'en'] as const;
export type ReportExportLanguage = (typeof REPORT_EXPORT_LANGUAGES)[number];
