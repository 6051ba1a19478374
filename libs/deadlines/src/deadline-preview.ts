import { computeDeadline, deadlineRules, DomainError, type DeadlineFailure } from '#domain';
import { japanCalendar } from './japan-calendar.js';
import type { DeadlinePreviewView, DeadlineRuleView } from './deadline.views.js';

/** Every rule in force today and earlier versions, for the calculator and the docs. */
export function listDeadlineRules(): DeadlineRuleView[] {
  return deadlineRules.kinds.flatMap((kind) =>
    (deadlineRules.versionsOf(kind) ?? []).map((rule) => ({
      kind: rule.kind,
      version: rule.version,
      inForceFrom: rule.inForceFrom,
      title: rule.title,
      basis: rule.basis,
      confidence: rule.confidence,
      hardness: rule.hardness,
      triggerInput: rule.triggerInput,
      inputs: rule.inputs.map((input) => input.name),
      requiredInputs: rule.inputs.filter((input) => input.required).map((input) => input.name),
    })),
  );
}

/**
 * The calculator: any rule, from dates typed in. `triggerDate` stands for the rule's trigger
 * input (e.g. the day the notice was received); other inputs are passed by name. Every problem is
 * a 400 naming the fields.
 */
export function previewDeadline(kind: string, dates: Readonly<Record<string, string | undefined>>): DeadlinePreviewView {
  const versions = deadlineRules.versionsOf(kind);
  if (!versions?.length) {
    throw new DomainError('DEADLINE_INPUT_INVALID', `Unknown deadline kind "${kind}".`, {
      fields: [{ field: 'kind', problems: [`must be one of ${deadlineRules.kinds.join(', ')}`] }],
    });
  }
  const triggerInput = versions.at(-1)!.triggerInput;
  const { triggerDate, ...named } = dates;
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...named, ...(triggerDate !== undefined ? { [triggerInput]: triggerDate } : {}) })) {
    if (value !== undefined) inputs[name] = value;
  }
  const result = computeDeadline({ kind, inputs }, { calendar: japanCalendar() });
  if (!result.ok) throw failure(result, triggerInput);
  const d = result.deadline;
  return {
    kind: d.kind,
    ruleVersion: d.version,
    triggerDate: d.triggerDate,
    ...(d.opensOn ? { opensOn: d.opensOn } : {}),
    dueDate: d.dueDate,
    ...(d.conservativeDueDate ? { conservativeDueDate: d.conservativeDueDate } : {}),
    explanation: d.explanation,
    basis: d.basis,
    confidence: d.confidence,
    hardness: d.hardness,
  };
}

function failure(result: DeadlineFailure, triggerInput: string): DomainError {
  const named = (input: string) => (input === triggerInput ? 'triggerDate' : input);
  switch (result.error) {
    case 'invalid-inputs':
      return new DomainError('DEADLINE_INPUT_INVALID', 'Some dates are missing or impossible.', {
        fields: [
          ...result.missing.map((input) => ({ field: named(input), problems: ['required'] })),
          ...result.invalid.map((problem) => ({ field: named(problem.field), problems: [problem.reason] })),
        ],
      });
    case 'not-in-force':
      return new DomainError('DEADLINE_INPUT_INVALID', `This rule is in force from ${result.inForceFrom}.`, {
        fields: [{ field: 'triggerDate', problems: [`before ${result.inForceFrom}`] }],
      });
    case 'outside-calendar':
      return new DomainError('DEADLINE_INPUT_INVALID', `Holiday data covers ${result.coveredFromYear}–${result.coveredToYear} only.`, {
        fields: [{ field: 'triggerDate', problems: ['outside the years the holiday calendar covers'] }],
      });
    case 'unknown-kind':
    case 'unknown-version':
      return new DomainError('DEADLINE_INPUT_INVALID', `Unknown deadline kind "${result.kind}".`, { fields: [{ field: 'kind', problems: ['unknown'] }] });
  }
}
