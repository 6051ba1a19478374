import { formatLocalDateEn, formatLocalDateJa } from '../calendar/format-local-date.js';
import type { ClosedDayRegime } from '../calendar/japanese-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { assertNever } from '../shared/assert-never.js';
import type { DueDateAdjustment } from './adjust-due-date.js';
import type { PeriodEnd, PeriodLength } from './civil-code-period.js';
import type { Bilingual } from './deadline-rule.js';
import type { DeadlineStep } from './deadline-step.js';

export interface ExplanationSource {
  readonly headline: Bilingual;
  readonly basis: Bilingual;
  readonly dueDate: LocalDate;
  readonly steps: readonly DeadlineStep[];
}

/**
 * The explanation a caseworker reads to check a deadline in a few seconds, in English and
 * Japanese, rendered from the structured steps (so stored steps can be re-rendered):
 *
 * "Review request due Mon 5 Jan 2026: notice received Fri 26 Dec 2025; counting starts the
 * next day (Civil Code Art. 140); day 7 is Fri 2 Jan 2026, an administrative holiday; moved to
 * the next open day (Holiday Act Art. 2). Basis: Immigration Control Act Art. 61-2-12(2)."
 *
 * It always names the trigger date(s) and the legal basis.
 */
export function explainDeadline(source: ExplanationSource): Bilingual {
  return { en: render(source, english), ja: render(source, japanese) };
}

interface Language {
  readonly date: (date: LocalDate) => string;
  readonly trigger: (event: string, date: string) => string;
  readonly period: (period: PeriodEnd, isFirst: boolean, date: string) => string;
  readonly earliest: (label: string, date: string, basis: string | undefined) => string;
  readonly windowOpens: (date: string, opening: string) => string;
  readonly closed: (regime: ClosedDayRegime) => string;
  /** Appends "is closed" to a clause that ended with the closed date. */
  readonly closedSuffix: (closed: string) => string;
  readonly closedStandalone: (date: string, closed: string) => string;
  readonly moved: (adjustment: Exclude<DueDateAdjustment, { type: 'none' }>) => string;
  readonly conservative: (caveat: string, date: string) => string;
  readonly pick: (text: Bilingual) => string;
  readonly assemble: (headline: string, due: string, clauses: readonly string[], basis: string, notes: string) => string;
}

function render(source: ExplanationSource, language: Language): string {
  const clauses: string[] = [];
  const notes: string[] = [];
  let periods = 0;
  /** The date the last clause ended with, so "X is closed" can attach to it. */
  let lastClauseEndsWith: LocalDate | undefined;

  for (const step of source.steps) {
    switch (step.type) {
      case 'trigger':
        clauses.push(language.trigger(language.pick(step.event), language.date(step.date)));
        lastClauseEndsWith = step.date;
        break;
      case 'period':
        clauses.push(language.period(step.period, periods === 0, language.date(step.period.lastDay)));
        periods++;
        lastClauseEndsWith = step.period.lastDay;
        break;
      case 'earliest-limit': {
        const chosen = step.candidates[step.chosen];
        const basis = chosen.basis === undefined ? undefined : language.pick(chosen.basis);
        clauses.push(language.earliest(language.pick(chosen.label), language.date(chosen.date), basis));
        lastClauseEndsWith = undefined;
        break;
      }
      case 'window-opens':
        clauses.push(language.windowOpens(language.date(step.date), language.pick(step.opening)));
        lastClauseEndsWith = undefined;
        break;
      case 'adjustment': {
        if (step.adjustment.type === 'none' || step.from === step.to) break;
        const closed = language.closed(step.adjustment.regime);
        if (lastClauseEndsWith === step.from && clauses.length > 0) {
          clauses[clauses.length - 1] += language.closedSuffix(closed);
        } else {
          clauses.push(language.closedStandalone(language.date(step.from), closed));
        }
        clauses.push(language.moved(step.adjustment));
        lastClauseEndsWith = undefined;
        break;
      }
      case 'conservative-date':
        notes.push(language.conservative(language.pick(step.caveat), language.date(step.date)));
        break;
      default:
        assertNever(step, 'deadline step');
    }
  }
  return language.assemble(
    language.pick(source.headline),
    language.date(source.dueDate),
    clauses,
    language.pick(source.basis),
    notes.join(''),
  );
}

const english: Language = {
  date: formatLocalDateEn,
  pick: (text) => text.en,
  trigger: (event, date) => `${event} ${date}`,
  period: (period, isFirst, date) => {
    const start = isFirst ? 'counting starts the next day (Civil Code Art. 140); ' : '';
    const cite = (article143: string) =>
      isFirst ? `Civil Code Art. ${article143}` : `Civil Code Arts. 140 and ${article143}`;
    const { length } = period;
    const ends = endsEn(length);
    switch (length.unit) {
      case 'days':
        return isFirst
          ? `${start}day ${length.amount} is ${date}`
          : `day ${length.amount} after it is ${date} (Civil Code Art. 140)`;
      case 'weeks':
        return `${start}${ends} on day ${7 * length.amount}, ${date} (${cite('143')})`;
      case 'months':
      case 'years':
        switch (period.monthEndRule) {
          case 'whole-months':
            return `${start}counting from the 1st, ${ends} with the last day of the month, ${date} (${cite('143(1)')})`;
          case 'no-corresponding-day':
            return (
              `${start}${ends} ${date}, the last day of the month, as that month has no corresponding day ` +
              `(${cite('143(2) proviso')})`
            );
          case 'corresponding-day':
          case undefined:
            return `${start}${ends} ${date} (${cite('143(2)')})`;
        }
    }
  },
  earliest: (label, date, basis) => `the earlier limit applies: ${label}, ${date}${basis === undefined ? '' : ` (${basis})`}`,
  windowOpens: (date, opening) => `the window opens ${date}, ${opening}`,
  closed: (regime) => (regime === 'administrative' ? 'an administrative holiday' : 'a day the courts are closed'),
  closedSuffix: (closed) => `, ${closed}`,
  closedStandalone: (date, closed) => `${date} is ${closed}`,
  moved: (adjustment) => {
    if (adjustment.type === 'roll-back') return 'the office is closed, so it must be done by the last open day before it';
    return adjustment.regime === 'administrative'
      ? 'moved to the next open day (Holiday Act Art. 2)'
      : 'moved to the next day the courts are open (Code of Civil Procedure Art. 95(3))';
  },
  conservative: (caveat, date) => ` Note: ${caveat}; to be safe, act by ${date}.`,
  assemble: (headline, due, clauses, basis, notes) => `${headline} ${due}: ${clauses.join('; ')}. Basis: ${basis}.${notes}`,
};

const japanese: Language = {
  date: formatLocalDateJa,
  pick: (text) => text.ja,
  trigger: (event, date) => `${event}：${date}`,
  period: (period, isFirst, date) => {
    const start = isFirst ? '初日不算入により翌日から起算（民法第140条）、' : '';
    const cite = (article143: string) => (isFirst ? `民法${article143}` : `民法第140条・${article143}`);
    const { length } = period;
    const amount = amountJa(length);
    switch (length.unit) {
      case 'days':
        return isFirst
          ? `${start}${length.amount}日目は${date}`
          : `その翌日から${length.amount}日目は${date}（民法第140条）`;
      case 'weeks':
        return `${start}${amount}の満了日（${7 * length.amount}日目）は${date}（${cite('第143条')}）`;
      case 'months':
      case 'years':
        switch (period.monthEndRule) {
          case 'whole-months':
            return `${start}月の初日から起算するため、暦に従い${amount}は月末の${date}に満了（${cite('第143条第1項')}）`;
          case 'no-corresponding-day':
            return (
              `${start}最後の月に応当する日がないため、${amount}はその月の末日${date}に満了` +
              `（${cite('第143条第2項ただし書')}）`
            );
          case 'corresponding-day':
          case undefined:
            return `${start}${amount}の満了日は${date}（${cite('第143条第2項')}）`;
        }
    }
  },
  earliest: (label, date, basis) => `早い方の期限を適用：${label}、${date}${basis === undefined ? '' : `（${basis}）`}`,
  windowOpens: (date, opening) => `受付開始は${date}（${opening}）`,
  closed: (regime) => (regime === 'administrative' ? '行政機関の休日' : '裁判所の休日'),
  closedSuffix: (closed) => `で、${closed}`,
  closedStandalone: (date, closed) => `${date}は${closed}`,
  moved: (adjustment) => {
    if (adjustment.type === 'roll-back') return '窓口が閉まっているため、その前の開庁日までに手続が必要';
    return adjustment.regime === 'administrative'
      ? '期限は次の開庁日に延長（行政機関の休日に関する法律第2条）'
      : '期限は次の開庁日に延長（民事訴訟法第95条第3項）';
  },
  conservative: (caveat, date) => `注意：${caveat}。安全のため${date}までに手続してください。`,
  assemble: (headline, due, clauses, basis, notes) => `${headline}：${due}。${clauses.join('。')}。根拠：${basis}。${notes}`,
};

/** "6 months end", "1 year ends". */
function endsEn(length: PeriodLength): string {
  return length.amount === 1 ? `1 ${length.unit.slice(0, -1)} ends` : `${length.amount} ${length.unit} end`;
}

function amountJa(length: PeriodLength): string {
  const unit = { days: '日', weeks: '週間', months: 'か月', years: '年' }[length.unit];
  return `${length.amount}${unit}`;
}
