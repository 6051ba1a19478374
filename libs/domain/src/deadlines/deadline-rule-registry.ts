import type { LocalDate } from '../calendar/local-date.js';
import { assertNever } from '../shared/assert-never.js';
import { DomainError } from '../shared/domain-error.js';
import type { DeadlineCounting, DeadlineRuleVersion } from './deadline-rule.js';

export interface DeadlineRuleRegistry {
  /** Every kind, in the order the rules were given. */
  readonly kinds: readonly string[];
  /** The versions of `kind`, oldest first; undefined for an unknown kind. */
  versionsOf(kind: string): readonly DeadlineRuleVersion[] | undefined;
  find(kind: string, version: number): DeadlineRuleVersion | undefined;
  /** The newest version whose in-force date is on or before `date`. */
  inForceOn(kind: string, date: LocalDate): DeadlineRuleVersion | undefined;
}

/**
 * Builds the registry and refuses a rule set that could give a wrong answer later: two rules
 * with the same kind and version, versions whose in-force dates do not increase, versions of
 * one kind triggered by different inputs (the version in force could then not be chosen before
 * the inputs are read), or counting that refers to an input the rule does not declare.
 */
export function createDeadlineRuleRegistry(rules: readonly DeadlineRuleVersion[]): DeadlineRuleRegistry {
  const byKind = new Map<string, DeadlineRuleVersion[]>();
  for (const rule of rules) {
    checkRule(rule);
    const versions = byKind.get(rule.kind) ?? [];
    versions.push(rule);
    byKind.set(rule.kind, versions);
  }
  for (const [kind, versions] of byKind) {
    versions.sort((a, b) => a.version - b.version);
    versions.forEach((rule, index) => {
      const previous = versions[index - 1];
      if (previous === undefined) return;
      if (previous.version === rule.version) fail('Two rules have the same kind and version', rule);
      if (previous.inForceFrom >= rule.inForceFrom) fail('A later version must come into force later', rule);
      if (previous.triggerInput !== rule.triggerInput) fail('All versions of a kind need the same trigger input', rule);
    });
    byKind.set(kind, versions);
  }

  return {
    kinds: [...byKind.keys()],
    versionsOf: (kind) => byKind.get(kind),
    find: (kind, version) => byKind.get(kind)?.find((rule) => rule.version === version),
    inForceOn: (kind, date) => byKind.get(kind)?.findLast((rule) => rule.inForceFrom <= date),
  };
}

function checkRule(rule: DeadlineRuleVersion): void {
  if (!Number.isSafeInteger(rule.version) || rule.version < 1) fail('A rule version must be a positive integer', rule);
  const names = rule.inputs.map((input) => input.name);
  if (new Set(names).size !== names.length) fail('A rule declares the same input twice', rule);
  const declared = (name: string | undefined) => name === undefined || names.includes(name);
  const required = (name: string) => rule.inputs.some((input) => input.name === name && input.required);
  if (!required(rule.triggerInput)) fail('The trigger input must be a required input', rule);
  for (const input of rule.inputs) {
    if (!declared(input.notBefore) || !declared(input.after)) fail('An input refers to an undeclared input', rule);
  }
  for (const name of countingInputs(rule.counting)) {
    if (!declared(name)) fail('The counting refers to an undeclared input', rule);
  }
}

function countingInputs(counting: DeadlineCounting): readonly string[] {
  switch (counting.type) {
    case 'period':
      return [counting.from];
    case 'earliest-period-end':
      return counting.periods.map((limit) => limit.from);
    case 'given-date':
      return [counting.date];
    case 'expiry-window':
      return [counting.expiry];
    case 'period-or-earlier-designated-date':
      return [counting.from, counting.designated];
    default:
      return assertNever(counting, 'deadline counting');
  }
}

function fail(message: string, rule: DeadlineRuleVersion): never {
  throw new DomainError('INTERNAL', message, { kind: rule.kind, version: rule.version });
}
