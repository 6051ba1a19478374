import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  ageBand,
  ageOn,
  checklistStepForApplication,
  DEADLINE_STATUSES,
  deadlineOutcome,
  fromEpochDay,
  ProtectionKinds,
  ProtectionStages,
  REPORT_EVENT_MAPPING,
  reportEventKind,
  toEpochDay,
  type LocalDate,
} from '#domain';
import {
  ageBandTable,
  checklistStepRows,
  deadlineOutcomeKey,
  deadlineOutcomeLookup,
  deadlineOutcomeRows,
  eventKindKey,
  eventKindLookup,
  eventKindRows,
  NOT_RESOLVED,
} from './report-source-rules.js';

// The lookup tables the refresh's SQL joins on must give the domain functions' own answers for
// every input, not only for the representatives they were built from.

const day = fc.integer({ min: toEpochDay('1990-01-01' as LocalDate), max: toEpochDay('2040-12-31' as LocalDate) }).map((n) => fromEpochDay(n));
const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('the deadline outcome table', () => {
  it("answers deadlineOutcome's outcome for any dates, from the status and how the dates compare", () => {
    const rows = deadlineOutcomeRows();
    fc.assert(
      fc.property(fc.constantFrom(...DEADLINE_STATUSES), day, fc.option(day, { nil: null }), day, (status, dueDate, resolvedOn, asOfDate) => {
        const resolvedVsDue = resolvedOn === null ? NOT_RESOLVED : sign(toEpochDay(resolvedOn) - toEpochDay(dueDate));
        const dueVsAsOf = sign(toEpochDay(dueDate) - toEpochDay(asOfDate));
        const found = rows.filter((row) => row.status === status && row.resolvedVsDue === resolvedVsDue && row.dueVsAsOf === dueVsAsOf);
        expect(found.map((row) => row.outcome)).toEqual([deadlineOutcome({ status, dueDate, resolvedOn, asOfDate })].filter((o) => o !== null));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is passed to SQL as one object keyed status|resolved|due, an entry per row', () => {
    const lookup = deadlineOutcomeLookup();
    expect(Object.keys(lookup)).toHaveLength(deadlineOutcomeRows().length);
    for (const row of deadlineOutcomeRows()) expect(lookup[deadlineOutcomeKey(row)]).toBe(row.outcome);
    expect(lookup['open|2|-1']).toBe('overdue');
    expect(lookup['met|1|0']).toBe('met-late');
  });

  it('leaves superseded deadlines out altogether', () => {
    expect(deadlineOutcomeRows().filter((row) => row.status === 'superseded')).toEqual([]);
  });
});

describe('the age band table', () => {
  it('gives ageBand for every date of birth: by the whole years of ageOn, and for none or a later one', () => {
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), (asOfDate, dateOfBirth) => {
        const table = ageBandTable(asOfDate);
        const age = dateOfBirth === null ? undefined : ageOn(dateOfBirth, asOfDate);
        const looked =
          dateOfBirth === null ? table.withoutDateOfBirth : age === undefined ? table.bornLater : table.byAge[Math.min(age, table.byAge.length - 1)];
        expect(looked).toBe(ageBand(dateOfBirth, asOfDate));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reaches the oldest band well before the table ends', () => {
    const table = ageBandTable('2026-03-02' as LocalDate);
    expect(table.byAge.at(-1)).toBe(ageBand('1900-01-01', '2026-03-02'));
    expect(table.byAge.at(-1)).toBe(table.byAge.at(-30));
    expect(table.bornLater).toBe(ageBand(addDays('2026-03-02' as LocalDate, 1), '2026-03-02'));
  });
});

describe('the event kind table', () => {
  it('holds every counted step of the mapping, with its kind, and nothing counted as none', () => {
    const rows = eventKindRows();
    expect(rows.length).toBe(REPORT_EVENT_MAPPING.filter((entry) => entry.kind !== null).length);
    for (const row of rows) {
      const applicationNo = row.applicationClass === 'subsequent' ? 2 : 1;
      expect(reportEventKind(row.track as 'protection' | 'residence' | 'deportation', row.fromStage, row.toStage, row.outcome, applicationNo)).toBe(row.kind);
    }
  });
});

describe('the event kind lookup', () => {
  it('keys each counted step as track|from|to|outcome|class, empty for none', () => {
    const lookup = eventKindLookup();
    expect(Object.keys(lookup)).toHaveLength(eventKindRows().length);
    for (const row of eventKindRows()) expect(lookup[eventKindKey(row)]).toBe(row.kind);
    expect(lookup['protection|P0_INTAKE|P1_FILED||first']).toBe('filed-first');
    expect(lookup['protection|P0_INTAKE|P1_FILED||subsequent']).toBe('filed-subsequent');
    expect(lookup['protection|P5_APPEAL_PENDING|P6_APPEAL_DECIDED|DISMISSED|']).toBe('review-dismissed');
  });
});

describe('the checklist step table', () => {
  it("gives every stage, kind and application number checklistStepForApplication's step", () => {
    const rows = checklistStepRows();
    for (const stage of ProtectionStages) {
      for (const kind of ProtectionKinds) {
        for (const number of [1, 2, 3, 7]) {
          const found = rows.find((row) => row.stage === stage && row.kind === kind && row.first === (number === 1));
          expect(found?.step ?? null).toBe(checklistStepForApplication({ number, stage, kind }));
        }
      }
    }
  });
});
