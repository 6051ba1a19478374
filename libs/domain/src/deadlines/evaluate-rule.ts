import { previousOpenDay } from '../calendar/business-days.js';
import type { JapaneseCalendar } from '../calendar/japanese-calendar.js';
import { addDays, addMonthsClamped, type LocalDate } from '../calendar/local-date.js';
import { assertNever } from '../shared/assert-never.js';
import { DomainError } from '../shared/domain-error.js';
import { adjustDueDate } from './adjust-due-date.js';
import { endOfPeriod, type PeriodLength } from './civil-code-period.js';
import type { Bilingual, DeadlineRuleVersion } from './deadline-rule.js';
import type { DeadlineStep, LimitCandidate } from './deadline-step.js';

export interface RuleOutcome {
  /** When an application window opens (renewals); absent for other deadlines. */
  readonly opensOn?: LocalDate;
  /** The last day of the period (or the given date), before any closed-day adjustment. */
  readonly periodEndsOn: LocalDate;
  readonly dueDate: LocalDate;
  /**
   * Set when the due date was moved by a roll-forward that is not verified for this deadline:
   * the last open day on or before `periodEndsOn` (not before the act was possible), or
   * `periodEndsOn` itself when every day since then was closed.
   */
  readonly conservativeDueDate?: LocalDate;
  readonly steps: readonly DeadlineStep[];
}

const defaultCaveat: Bilingual = {
  en: 'it is not verified that the closed-day extension applies to this deadline',
  ja: '休日による期限の延長がこの期限に適用されるかは未確認です',
};

/**
 * Applies one rule version to inputs that have already been validated against it. Throws
 * CalendarCoverageError (from the calendar) when a closed-day question falls outside the
 * holiday data.
 */
export function evaluateRule(
  rule: DeadlineRuleVersion,
  values: ReadonlyMap<string, LocalDate>,
  calendar: JapaneseCalendar,
): RuleOutcome {
  const steps: DeadlineStep[] = [];
  const input = (name: string): LocalDate => {
    const value = values.get(name);
    if (value === undefined) throw new DomainError('INTERNAL', 'Rule evaluated without a required input', { name });
    return value;
  };
  const trigger = (name: string): LocalDate => {
    const date = input(name);
    steps.push({ type: 'trigger', input: name, date, event: eventOf(rule, name) });
    return date;
  };
  const period = (name: string, length: PeriodLength): LocalDate => {
    const end = endOfPeriod(trigger(name), length);
    steps.push({ type: 'period', input: name, period: end });
    return end.lastDay;
  };
  /**
   * `earliestActDay` is the first day the act can be done (the day the notice arrived, or the
   * day a window opens): a "safe" date before it would be no advice at all, so when no open day
   * lies between it and the unmoved last day, the unmoved last day itself is the safe date.
   */
  const adjust = (
    lastDay: LocalDate,
    earliestActDay: LocalDate,
  ): Pick<RuleOutcome, 'dueDate' | 'conservativeDueDate'> => {
    const { adjustment } = rule;
    if (adjustment.type === 'none') return { dueDate: lastDay };
    const adjusted = adjustDueDate(calendar, lastDay, adjustment);
    steps.push({ type: 'adjustment', adjustment, from: lastDay, to: adjusted.date, closedDays: adjusted.closedDays });
    if (adjustment.type === 'roll-forward' && adjusted.date !== lastDay && rule.adjustmentConfidence !== 'V') {
      const lastOpenDay = previousOpenDay(calendar, lastDay, adjustment.regime);
      const conservativeDueDate = lastOpenDay >= earliestActDay ? lastOpenDay : lastDay;
      steps.push({ type: 'conservative-date', date: conservativeDueDate, caveat: rule.adjustmentCaveat ?? defaultCaveat });
      return { dueDate: adjusted.date, conservativeDueDate };
    }
    return { dueDate: adjusted.date };
  };

  const { counting } = rule;
  switch (counting.type) {
    case 'period': {
      const periodEndsOn = period(counting.from, counting.length);
      return { periodEndsOn, ...adjust(periodEndsOn, input(counting.from)), steps };
    }
    case 'earliest-period-end': {
      const candidates: LimitCandidate[] = counting.periods.map((limit) => ({
        input: limit.from,
        date: period(limit.from, limit.length),
        label: limit.label,
        basis: limit.basis,
      }));
      const chosen = indexOfEarliest(candidates);
      steps.push({ type: 'earliest-limit', candidates, chosen });
      const governing = candidates[chosen];
      return { periodEndsOn: governing.date, ...adjust(governing.date, input(governing.input)), steps };
    }
    case 'given-date': {
      const periodEndsOn = trigger(counting.date);
      return { periodEndsOn, ...adjust(periodEndsOn, periodEndsOn), steps };
    }
    case 'expiry-window': {
      const expiry = trigger(counting.expiry);
      const opensOn = subtract(expiry, counting.opensBefore);
      steps.push({ type: 'window-opens', date: opensOn, opening: counting.opening });
      return { opensOn, periodEndsOn: expiry, ...adjust(expiry, opensOn), steps };
    }
    case 'period-or-earlier-designated-date': {
      const limit = period(counting.from, counting.length);
      const countedFrom = input(counting.from);
      if (!values.has(counting.designated)) return { periodEndsOn: limit, ...adjust(limit, countedFrom), steps };
      const designated = trigger(counting.designated);
      const candidates: LimitCandidate[] = [
        { input: counting.from, date: limit, label: counting.limitLabel },
        { input: counting.designated, date: designated, label: counting.designatedLabel },
      ];
      const chosen = indexOfEarliest(candidates);
      steps.push({ type: 'earliest-limit', candidates, chosen });
      // A date the authority designated is kept as designated: it is not moved for closed days.
      if (chosen === 1) return { periodEndsOn: designated, dueDate: designated, steps };
      return { periodEndsOn: limit, ...adjust(limit, countedFrom), steps };
    }
    default:
      return assertNever(counting, 'deadline counting');
  }
}

/** The first of the earliest: on a tie, the limit listed first (the main rule) is named. */
function indexOfEarliest(candidates: readonly LimitCandidate[]): number {
  let chosen = 0;
  candidates.forEach((candidate, index) => {
    if (candidate.date < candidates[chosen].date) chosen = index;
  });
  return chosen;
}

function subtract(date: LocalDate, length: PeriodLength): LocalDate {
  switch (length.unit) {
    case 'days':
      return addDays(date, -length.amount);
    case 'weeks':
      return addDays(date, -7 * length.amount);
    case 'months':
      return addMonthsClamped(date, -length.amount);
    case 'years':
      return addMonthsClamped(date, -12 * length.amount);
  }
}

function eventOf(rule: DeadlineRuleVersion, name: string): Bilingual {
  const spec = rule.inputs.find((candidate) => candidate.name === name);
  if (!spec) throw new DomainError('INTERNAL', 'Rule refers to an input it does not declare', { kind: rule.kind, name });
  return spec.event;
}
