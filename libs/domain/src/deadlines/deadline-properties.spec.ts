import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatLocalDateEn, formatLocalDateJa } from '../calendar/format-local-date.js';
import { calendar } from '../calendar/japanese-calendar.fixture.js';
import { fromEpochDay, localDate, toEpochDay, type LocalDate } from '../calendar/local-date.js';
import { computeDeadline, type ComputedDeadline } from './compute-deadline.js';
import type { DeadlineInputValues } from './deadline-inputs.js';
import { deadlineRules, deadlineRuleVersions } from './rules/deadline-rules.js';

function compute(kind: string, inputs: DeadlineInputValues): ComputedDeadline {
  const result = computeDeadline({ kind, inputs }, { calendar });
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result)}`);
  return result.deadline;
}

/** Days from `from` to the end of 2048, so that a year's period plus roll-forward stays in the data. */
function daysFrom(from: string): fc.Arbitrary<LocalDate> {
  return fc.integer({ min: toEpochDay(localDate(from)), max: toEpochDay(localDate('2048-12-31')) }).map(fromEpochDay);
}

/** The earliest trigger any version of `kind` accepts. */
function firstInForce(kind: string): string {
  return deadlineRules.versionsOf(kind)![0].inForceFrom;
}

/** Kinds computed from a single date, with the name of that date. */
const singleTriggerKinds = deadlineRuleVersions
  .filter((rule) => rule.inputs.filter((input) => input.required).length === 1)
  .map((rule) => rule.kind)
  .filter((kind, index, kinds) => kinds.indexOf(kind) === index)
  .map((kind) => ({ kind, input: deadlineRules.versionsOf(kind)![0].triggerInput }));

describe('deadline properties', () => {
  it('treats every kind but the revocation suit as single-trigger', () => {
    expect(singleTriggerKinds.map(({ kind }) => kind)).toEqual(
      deadlineRules.kinds.filter((kind) => kind !== 'revocation-suit'),
    );
  });

  const movedKinds = deadlineRules.kinds.filter((kind) => deadlineRules.versionsOf(kind)![0].adjustment.type !== 'none');

  it.each(movedKinds)('%s: the due date is never a closed day for the office it is filed with', (kind) => {
    const rule = deadlineRules.versionsOf(kind)![0];
    if (rule.adjustment.type === 'none') throw new Error('unreachable');
    const { regime } = rule.adjustment;
    const inputs = kind === 'revocation-suit'
      ? fc.tuple(daysFrom(firstInForce(kind)), fc.integer({ min: 0, max: 500 })).map(([knowledge, delay]) => ({
          knowledgeDate: knowledge,
          decisionDate: fromEpochDay(toEpochDay(knowledge) - delay),
        }))
      : daysFrom(firstInForce(kind)).map((date): DeadlineInputValues => ({ [rule.triggerInput]: date }));
    fc.assert(
      fc.property(inputs, (values) => {
        const deadline = compute(kind, values);
        expect(calendar.isClosed(deadline.dueDate, regime)).toBe(false);
        if (deadline.conservativeDueDate !== undefined) {
          // The safe date is an open day within the period, or the unmoved last day when the
          // whole period was closed; never before the act became possible.
          const safe = deadline.conservativeDueDate;
          expect(!calendar.isClosed(safe, regime) || safe === deadline.periodEndsOn).toBe(true);
          expect(safe <= deadline.periodEndsOn).toBe(true);
          expect(safe >= (deadline.opensOn ?? deadline.triggerDate)).toBe(true);
        }
        // Rolling forward never shortens a period; bringing back never lengthens it.
        if (rule.adjustment.type === 'roll-forward') expect(deadline.dueDate >= deadline.periodEndsOn).toBe(true);
        else expect(deadline.dueDate <= deadline.periodEndsOn).toBe(true);
      }),
    );
  });

  it.each(singleTriggerKinds)('$kind: a later $input never gives an earlier due date', ({ kind, input }) => {
    fc.assert(
      fc.property(daysFrom(firstInForce(kind)), fc.integer({ min: 1, max: 60 }), (trigger, gap) => {
        const later = fromEpochDay(toEpochDay(trigger) + gap);
        const first = compute(kind, { [input]: trigger });
        const second = compute(kind, { [input]: later });
        expect(second.dueDate >= first.dueDate).toBe(true);
      }),
    );
  });

  it('revocation-suit: a later date of knowledge or of decision never gives an earlier due date', () => {
    fc.assert(
      fc.property(
        daysFrom('2006-01-01'),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        (knowledge, delay, gap) => {
          const decision = fromEpochDay(toEpochDay(knowledge) - delay);
          const base = compute('revocation-suit', { knowledgeDate: knowledge, decisionDate: decision });
          const laterKnowledge = compute('revocation-suit', {
            knowledgeDate: fromEpochDay(toEpochDay(knowledge) + gap),
            decisionDate: decision,
          });
          expect(laterKnowledge.dueDate >= base.dueDate).toBe(true);
          const laterDecision = fromEpochDay(Math.min(toEpochDay(decision) + gap, toEpochDay(knowledge)));
          const withLaterDecision = compute('revocation-suit', { knowledgeDate: knowledge, decisionDate: laterDecision });
          expect(withLaterDecision.dueDate >= base.dueDate).toBe(true);
        },
      ),
    );
  });

  it('supervision-report: a designated date never makes the report due later than without it', () => {
    fc.assert(
      fc.property(daysFrom(firstInForce('supervision-report')), fc.integer({ min: 1, max: 120 }), (last, gap) => {
        const designated = fromEpochDay(toEpochDay(last) + gap);
        const withDesignation = compute('supervision-report', { lastReportDate: last, designatedDate: designated });
        const without = compute('supervision-report', { lastReportDate: last });
        expect(withDesignation.dueDate <= without.periodEndsOn).toBe(true);
        expect(withDesignation.dueDate <= designated).toBe(true);
      }),
    );
  });

  it('every explanation, in English and Japanese, names each date given and the legal basis', () => {
    const requests = fc.oneof(
      ...singleTriggerKinds.map(({ kind, input }) =>
        daysFrom(firstInForce(kind)).map((date) => ({ kind, inputs: { [input]: date } })),
      ),
      fc.tuple(daysFrom('2006-01-01'), fc.integer({ min: 0, max: 500 })).map(([knowledge, delay]) => ({
        kind: 'revocation-suit',
        inputs: { knowledgeDate: knowledge, decisionDate: fromEpochDay(toEpochDay(knowledge) - delay) },
      })),
      fc.tuple(daysFrom(firstInForce('supervision-report')), fc.integer({ min: 1, max: 120 })).map(([last, gap]) => ({
        kind: 'supervision-report',
        inputs: { lastReportDate: last, designatedDate: fromEpochDay(toEpochDay(last) + gap) },
      })),
    );
    fc.assert(
      fc.property(requests, ({ kind, inputs }) => {
        const deadline = compute(kind, inputs);
        for (const date of Object.values(inputs)) {
          expect(deadline.explanation.en).toContain(formatLocalDateEn(date));
          expect(deadline.explanation.ja).toContain(formatLocalDateJa(date));
        }
        expect(deadline.explanation.en).toContain(`Basis: ${deadline.basis.en}.`);
        expect(deadline.explanation.ja).toContain(`根拠：${deadline.basis.ja}。`);
        expect(deadline.explanation.en.startsWith(`${deadlineRules.find(kind, deadline.version)!.headline.en} ${formatLocalDateEn(deadline.dueDate)}:`)).toBe(true);
        expect(deadline.explanation.ja).toContain(formatLocalDateJa(deadline.dueDate));
      }),
    );
  });

  it('a period deadline is always after its trigger', () => {
    const periodKinds = singleTriggerKinds.filter(({ kind }) => deadlineRules.versionsOf(kind)![0].counting.type === 'period');
    fc.assert(
      fc.property(fc.constantFrom(...periodKinds), daysFrom('2025-01-01'), ({ kind, input }, trigger) => {
        expect(compute(kind, { [input]: trigger }).dueDate > trigger).toBe(true);
      }),
    );
  });
});
