import { deadlineRules, isServiceKind, SERVICE_KIND_LABELS } from '#domain';
import type { ReportExportLanguage } from '../views/export.views.js';
import type { OutcomeRowInput } from './report-export.input.js';

/*
 * The words of an export, in the two languages of the dashboard. Kinds the domain already names
 * (deadline kinds by their rule's title, service kinds) come from libs/domain so the file says
 * what the screens and letters say; a code nobody has a word for is printed as it is.
 */

type OutcomeCount = Exclude<keyof OutcomeRowInput, 'period'>;

export interface ReportLabels {
  readonly title: string;
  readonly header: {
    readonly period: string;
    readonly periodValue: (from: string, to: string) => string;
    readonly team: string;
    readonly allTeams: string;
    readonly generatedAt: string;
    readonly dataVersion: string;
    readonly dataVersionValue: (id: string, asOf: string) => string;
    readonly noData: string;
    readonly nationalVersion: string;
    readonly nationalSource: string;
    readonly nationalNote: string;
    readonly granularity: string;
    readonly year: string;
    readonly quarter: string;
    readonly caseworkerFigures: string;
    readonly included: string;
    readonly notIncluded: string;
    readonly disaggregationYear: string;
    readonly disaggregationYearValue: (year: number) => string;
    readonly smallCounts: string;
    readonly smallCountsValue: (threshold: number, below: string, withheld: string) => string;
  };
  readonly aboutSheet: string;
  readonly yes: string;
  readonly no: string;
  readonly total: string;
  readonly sections: {
    readonly outcomes: (granularity: 'year' | 'quarter') => { title: string; sheet: string };
    readonly national: { title: string; sheet: string };
    readonly timeInStage: { title: string; sheet: string };
    readonly deadlinesByMonth: { title: string; sheet: string };
    readonly deadlineTotals: { title: string; sheet: string };
    readonly reminders: { title: string; sheet: string };
    readonly caseloadMonths: { title: string; sheet: string };
    readonly teamMonths: { title: string; sheet: string };
    readonly caseworkers: { title: string; sheet: string };
    readonly atRisk: { title: string; sheet: string };
    readonly referrals: { title: string; sheet: string };
    readonly documents: { title: string; sheet: string };
    readonly disaggregation: (dimension: string, year: number) => { title: string; sheet: string };
  };
  readonly columns: {
    readonly period: string;
    readonly outcomes: Readonly<Record<OutcomeCount, string>>;
    readonly national: {
      readonly year: string;
      readonly applications: string;
      readonly cpApplications: string;
      readonly recognised: string;
      readonly recognisedOnAppeal: string;
      readonly humanitarian: string;
      readonly cpRecognised: string;
      readonly refused: string;
      readonly recognitionRate: string;
      readonly recognisedPerHundredApplications: string;
      readonly source: string;
      readonly sourceUrl: string;
    };
    readonly timeInStage: {
      readonly year: string;
      readonly interval: string;
      readonly count: string;
      readonly medianDays: string;
      readonly p90Days: string;
      readonly nationalAverageDays: string;
      readonly nationalUnverified: string;
    };
    readonly deadlines: {
      readonly month: string;
      readonly kind: string;
      readonly metOnTime: string;
      readonly metLate: string;
      readonly waived: string;
      readonly missed: string;
      readonly overdue: string;
      readonly open: string;
      readonly overridden: string;
    };
    readonly reminders: { readonly month: string; readonly sent: string; readonly failed: string; readonly escalated: string };
    readonly caseload: { readonly month: string; readonly openFiles: string; readonly intakes: string; readonly closures: string };
    readonly caseworkers: {
      readonly name: string;
      readonly team: string;
      readonly openNow: string;
      readonly withoutOpenDeadline: string;
      readonly withoutRecentContact: (days: number) => string;
      readonly openFilesIn: (month: string) => string;
    };
    readonly atRisk: {
      readonly openFiles: string;
      readonly withoutOpenDeadline: string;
      readonly withoutRecentContact: (days: number) => string;
      readonly withNeither: (days: number) => string;
    };
    readonly referrals: {
      readonly serviceKind: string;
      readonly sent: string;
      readonly accepted: string;
      readonly declined: string;
      readonly waiting: string;
      readonly completed: string;
      readonly cancelled: string;
      readonly medianDaysToAnswer: string;
    };
    readonly documents: {
      readonly openFiles: string;
      readonly withMissingDocuments: string;
      readonly withUntranslatedDocuments: string;
      readonly missingItems: string;
      readonly untranslatedDocuments: string;
    };
  };
  readonly intervals: Readonly<Record<string, string>>;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly disaggregationColumns: Readonly<Record<string, string>>;
  /** Row keys of the disaggregation tables other than nationality codes (ISO 3166-1 alpha-3, printed as they are). */
  readonly disaggregationKeys: Readonly<Record<string, string>>;
  readonly ageBand: (from: string, to: string | null) => string;
}

const en: ReportLabels = {
  title: 'Yorisoi report',
  header: {
    period: 'Period',
    periodValue: (from, to) => `${from} to ${to}`,
    team: 'Team',
    allTeams: 'All teams in scope',
    generatedAt: 'Generated at (Japan time)',
    dataVersion: 'Data version',
    dataVersionValue: (id, asOf) => `#${id} as of ${asOf}`,
    noData: 'No data yet (the figures have not been computed)',
    nationalVersion: 'National figures version',
    nationalSource: 'National figures',
    nationalNote: 'Note on the national figures',
    granularity: 'Outcomes by',
    year: 'Year',
    quarter: 'Quarter',
    caseworkerFigures: 'Figures by caseworker',
    included: 'Included',
    notIncluded: 'Not included (organisation-wide aggregate only)',
    disaggregationYear: 'Disaggregation',
    disaggregationYearValue: (year) => `${year}, every team in scope (the team filter does not apply)`,
    smallCounts: 'Small counts',
    smallCountsValue: (threshold, below, withheld) =>
      `"${below}": 1 to ${threshold - 1} people; "${withheld}": withheld so that a small count cannot be worked out from the totals`,
  },
  aboutSheet: 'About',
  yes: 'Yes',
  no: 'No',
  total: 'Total',
  sections: {
    outcomes: (granularity) =>
      granularity === 'quarter' ? { title: 'Outcomes by quarter', sheet: 'Outcomes' } : { title: 'Outcomes by year', sheet: 'Outcomes' },
    national: { title: 'National figures (Immigration Services Agency)', sheet: 'National figures' },
    timeInStage: { title: 'Time in stage (days)', sheet: 'Time in stage' },
    deadlinesByMonth: { title: 'Deadlines kept, by month due and kind', sheet: 'Deadlines by month' },
    deadlineTotals: { title: 'Deadlines kept, totals by kind', sheet: 'Deadlines by kind' },
    reminders: { title: 'Reminders by month', sheet: 'Reminders' },
    caseloadMonths: { title: 'Caseload by month', sheet: 'Caseload by month' },
    teamMonths: { title: 'Open files by team, at the end of each month', sheet: 'Open files by team' },
    caseworkers: { title: 'Caseload by caseworker', sheet: 'By caseworker' },
    atRisk: { title: 'Open files at risk of being forgotten', sheet: 'At risk' },
    referrals: { title: 'Referrals by kind of service', sheet: 'Referrals' },
    documents: { title: 'Documents of the files open now', sheet: 'Documents' },
    disaggregation: (dimension, year) => ({ title: `By ${dimension.toLowerCase()}, ${year}`, sheet: `${dimension} ${year}` }),
  },
  columns: {
    period: 'Period',
    outcomes: {
      filedFirst: 'Applications filed (first)',
      filedSubsequent: 'Applications filed (subsequent)',
      recognised: 'Recognised as refugee',
      complementaryProtection: 'Complementary protection',
      humanitarian: 'Humanitarian permission to stay',
      refused: 'Refused',
      withdrawn: 'Withdrawn',
      reviewRequested: 'Review requests',
      reviewUpheld: 'Review: upheld',
      reviewDismissed: 'Review: dismissed',
      reviewRejected: 'Review: rejected as inadmissible',
      suitsFiled: 'Revocation suits filed',
      judgmentsWon: 'Judgments won',
      judgmentsLost: 'Judgments lost',
      detained: 'Detentions',
      provisionalRelease: 'Provisional releases',
      recognitionRate: 'Recognition rate (%)',
      recognisedPerHundredApplications: 'Recognised per 100 applications',
    },
    national: {
      year: 'Year',
      applications: 'Refugee applications',
      cpApplications: 'Complementary protection applications',
      recognised: 'Recognised as refugee',
      recognisedOnAppeal: 'of which on review',
      humanitarian: 'Humanitarian permission to stay',
      cpRecognised: 'Complementary protection granted',
      refused: 'Refused',
      recognitionRate: 'Recognition rate (%)',
      recognisedPerHundredApplications: 'Recognised per 100 applications',
      source: 'Source',
      sourceUrl: 'Source address',
    },
    timeInStage: {
      year: 'Year',
      interval: 'Interval',
      count: 'Applications counted',
      medianDays: 'Median (days)',
      p90Days: '90th percentile (days)',
      nationalAverageDays: 'ISA average (days)',
      nationalUnverified: 'ISA figure unverified',
    },
    deadlines: {
      month: 'Month due',
      kind: 'Kind of deadline',
      metOnTime: 'Met on time',
      metLate: 'Met late',
      waived: 'Waived',
      missed: 'Missed',
      overdue: 'Overdue (still open)',
      open: 'Not yet due',
      overridden: 'Due date overridden',
    },
    reminders: { month: 'Month', sent: 'Sent', failed: 'Failed', escalated: 'Escalated to a supervisor' },
    caseload: { month: 'Month', openFiles: 'Open files (end of month)', intakes: 'New intakes', closures: 'Closures' },
    caseworkers: {
      name: 'Caseworker',
      team: 'Team',
      openNow: 'Open files now',
      withoutOpenDeadline: 'Without an open deadline',
      withoutRecentContact: (days) => `No contact in ${days} days`,
      openFilesIn: (month) => `Open files ${month}`,
    },
    atRisk: {
      openFiles: 'Open files',
      withoutOpenDeadline: 'Without an open deadline',
      withoutRecentContact: (days) => `No contact in ${days} days`,
      withNeither: (days) => `Neither an open deadline nor contact in ${days} days`,
    },
    referrals: {
      serviceKind: 'Kind of service',
      sent: 'Sent',
      accepted: 'Accepted',
      declined: 'Declined',
      waiting: 'Waiting for an answer',
      completed: 'Completed',
      cancelled: 'Cancelled',
      medianDaysToAnswer: 'Median days to answer',
    },
    documents: {
      openFiles: 'Open files',
      withMissingDocuments: 'Files with missing documents',
      withUntranslatedDocuments: 'Files with untranslated documents',
      missingItems: 'Missing checklist items',
      untranslatedDocuments: 'Untranslated documents',
    },
  },
  intervals: {
    'filed-to-decision': 'Application to first-instance decision',
    'decision-to-review-request': 'Decision to review request',
    'review-to-decision': 'Review request to review decision',
  },
  dimensions: { nationality: 'Nationality', sex: 'Sex', ageBand: 'Age band', vulnerability: 'Vulnerability' },
  disaggregationColumns: {
    files: 'Files active in the year',
    filed: 'Applications filed',
    recognised: 'Recognised as refugee',
    complementaryProtection: 'Complementary protection',
    refused: 'Refused',
  },
  ageBand: (from, to) => (to === null ? `${from} and over` : `${from}–${to} years`),
  // The dashboard's words for a client's gender (client file, referral letters).
  disaggregationKeys: {
    female: 'Female',
    male: 'Male',
    'non-binary': 'Non-binary',
    undisclosed: 'Prefers not to say',
    vulnerable: 'At least one vulnerability recorded',
    'not-vulnerable': 'No vulnerability recorded',
    unknown: 'Not recorded',
    XXA: 'Stateless',
    XXX: 'Nationality unknown',
  },
};

const ja: ReportLabels = {
  title: 'Yorisoi 報告書',
  header: {
    period: '対象期間',
    periodValue: (from, to) => `${from} 〜 ${to}`,
    team: 'チーム',
    allTeams: '担当範囲のすべてのチーム',
    generatedAt: '作成日時（日本時間）',
    dataVersion: 'データのバージョン',
    dataVersionValue: (id, asOf) => `#${id}（${asOf} 時点）`,
    noData: 'データなし（まだ集計されていません）',
    nationalVersion: '全国の数値のバージョン',
    nationalSource: '全国の数値',
    nationalNote: '全国の数値についての注記',
    granularity: '手続の結果の集計単位',
    year: '年',
    quarter: '四半期',
    caseworkerFigures: '担当者別の数値',
    included: '含む',
    notIncluded: '含まない（組織全体の集計のみ）',
    disaggregationYear: '属性別の集計',
    disaggregationYearValue: (year) => `${year}年、担当範囲のすべてのチーム（チームの絞り込みは適用されません）`,
    smallCounts: '少数の表示',
    smallCountsValue: (threshold, below, withheld) => `「${below}」は1〜${threshold - 1}人、「${withheld}」は少数を合計から逆算できないよう非表示`,
  },
  aboutSheet: '概要',
  yes: 'はい',
  no: 'いいえ',
  total: '合計',
  sections: {
    outcomes: (granularity) =>
      granularity === 'quarter' ? { title: '手続の結果（四半期別）', sheet: '手続の結果' } : { title: '手続の結果（年別）', sheet: '手続の結果' },
    national: { title: '全国の数値（出入国在留管理庁）', sheet: '全国の数値' },
    timeInStage: { title: '手続の所要日数', sheet: '所要日数' },
    deadlinesByMonth: { title: '期限の遵守（期限月・種類別）', sheet: '期限（月別）' },
    deadlineTotals: { title: '期限の遵守（種類別の合計）', sheet: '期限（種類別）' },
    reminders: { title: 'リマインダー（月別）', sheet: 'リマインダー' },
    caseloadMonths: { title: '担当件数（月別）', sheet: '担当件数（月別）' },
    teamMonths: { title: 'チーム別の対応中ファイル数（各月末）', sheet: 'チーム別' },
    caseworkers: { title: '担当者別の担当件数', sheet: '担当者別' },
    atRisk: { title: '見落としのおそれがある対応中ファイル', sheet: '見落としのおそれ' },
    referrals: { title: 'サービスの種類別の紹介', sheet: '紹介' },
    documents: { title: '現在対応中のファイルの書類', sheet: '書類' },
    disaggregation: (dimension, year) => ({ title: `${dimension}別（${year}年）`, sheet: `${dimension}別 ${year}` }),
  },
  columns: {
    period: '期間',
    outcomes: {
      filedFirst: '申請（初回）',
      filedSubsequent: '申請（複数回目）',
      recognised: '難民認定',
      complementaryProtection: '補完的保護対象者認定',
      humanitarian: '人道配慮による在留許可',
      refused: '不認定',
      withdrawn: '取下げ',
      reviewRequested: '審査請求',
      reviewUpheld: '審査請求：認容',
      reviewDismissed: '審査請求：棄却',
      reviewRejected: '審査請求：却下',
      suitsFiled: '取消訴訟の提起',
      judgmentsWon: '勝訴判決',
      judgmentsLost: '敗訴判決',
      detained: '収容',
      provisionalRelease: '仮放免',
      recognitionRate: '認定率（%）',
      recognisedPerHundredApplications: '申請100件あたりの認定数',
    },
    national: {
      year: '年',
      applications: '難民認定申請',
      cpApplications: '補完的保護対象者認定申請',
      recognised: '難民認定',
      recognisedOnAppeal: 'うち審査請求での認定',
      humanitarian: '人道配慮による在留許可',
      cpRecognised: '補完的保護対象者認定',
      refused: '不認定',
      recognitionRate: '認定率（%）',
      recognisedPerHundredApplications: '申請100件あたりの認定数',
      source: '出典',
      sourceUrl: '出典のアドレス',
    },
    timeInStage: {
      year: '年',
      interval: '区間',
      count: '件数',
      medianDays: '中央値（日）',
      p90Days: '90パーセンタイル（日）',
      nationalAverageDays: '入管庁の平均（日）',
      nationalUnverified: '入管庁の数値は未確認',
    },
    deadlines: {
      month: '期限月',
      kind: '期限の種類',
      metOnTime: '期限内に対応',
      metLate: '期限後に対応',
      waived: '不要となった',
      missed: '徒過',
      overdue: '期限超過（未対応）',
      open: '期限前',
      overridden: '期限日を変更',
    },
    reminders: { month: '月', sent: '送信', failed: '送信失敗', escalated: 'スーパーバイザーへの通知' },
    caseload: { month: '月', openFiles: '対応中のファイル（月末）', intakes: '新規受付', closures: '終結' },
    caseworkers: {
      name: '担当者',
      team: 'チーム',
      openNow: '現在の対応中ファイル',
      withoutOpenDeadline: '未完了の期限なし',
      withoutRecentContact: (days) => `${days}日以上連絡なし`,
      openFilesIn: (month) => `${month} 対応中ファイル`,
    },
    atRisk: {
      openFiles: '対応中のファイル',
      withoutOpenDeadline: '未完了の期限なし',
      withoutRecentContact: (days) => `${days}日以上連絡なし`,
      withNeither: (days) => `未完了の期限がなく${days}日以上連絡なし`,
    },
    referrals: {
      serviceKind: 'サービスの種類',
      sent: '送付',
      accepted: '受入れ',
      declined: '辞退',
      waiting: '回答待ち',
      completed: '完了',
      cancelled: '取消し',
      medianDaysToAnswer: '回答までの日数（中央値）',
    },
    documents: {
      openFiles: '対応中のファイル',
      withMissingDocuments: '不足書類のあるファイル',
      withUntranslatedDocuments: '未翻訳書類のあるファイル',
      missingItems: '不足しているチェックリスト項目',
      untranslatedDocuments: '未翻訳の書類',
    },
  },
  intervals: {
    'filed-to-decision': '申請から一次審査の処分まで',
    'decision-to-review-request': '処分から審査請求まで',
    'review-to-decision': '審査請求から裁決まで',
  },
  dimensions: { nationality: '国籍', sex: '性別', ageBand: '年齢層', vulnerability: '配慮事項' },
  disaggregationColumns: {
    files: 'その年に対応したファイル',
    filed: '申請',
    recognised: '難民認定',
    complementaryProtection: '補完的保護対象者認定',
    refused: '不認定',
  },
  ageBand: (from, to) => (to === null ? `${from}歳以上` : `${from}〜${to}歳`),
  disaggregationKeys: {
    female: '女性',
    male: '男性',
    'non-binary': 'ノンバイナリー',
    undisclosed: '回答しない',
    vulnerable: '配慮事項の記録あり',
    'not-vulnerable': '配慮事項の記録なし',
    unknown: '記録なし',
    XXA: '無国籍',
    XXX: '国籍不明',
  },
};

export function reportLabels(lang: ReportExportLanguage): ReportLabels {
  return lang === 'ja' ? ja : en;
}

/** A deadline kind by its rule's title (the newest version's): the words the deadline screens use. */
export function deadlineKindLabel(kind: string, lang: ReportExportLanguage): string {
  return deadlineRules.versionsOf(kind)?.at(-1)?.title[lang] ?? kind;
}

export function serviceKindLabel(kind: string, lang: ReportExportLanguage): string {
  return isServiceKind(kind) ? SERVICE_KIND_LABELS[kind][lang] : kind;
}

/** A word from one of the closed lists above; the code itself when the list has none. */
export function labelOf(list: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(list, code) ? list[code] : code;
}

/**
 * A row of a disaggregation table in words. An age band is written "5–11 years", not "5-11":
 * Excel opens a CSV cell "5-11" as the 11th of May.
 */
export function disaggregationKeyLabel(labels: ReportLabels, dimension: string, key: string): string {
  if (dimension === 'ageBand') {
    const band = /^(\d+)(?:-(\d+)|\+)$/.exec(key);
    if (band) return labels.ageBand(band[1], band[2] ?? null);
  }
  return labelOf(labels.disaggregationKeys, key);
}
