import type { ComputedDeadline } from '#domain';
import type { NewDeadline } from './deadline.repository.js';

/** Where a computed deadline belongs: the file, the record that called for it, and who owns it. */
export type DeadlinePlacement = Pick<NewDeadline, 'clientId' | 'applicationId' | 'appointmentId' | 'triggerDate' | 'ownerId' | 'source'>;

/** The row of a new open deadline, as a rule computed it. */
export function openDeadline(computed: ComputedDeadline, placement: DeadlinePlacement): NewDeadline {
  return {
    ...placement,
    kind: computed.kind,
    ruleVersion: computed.version,
    inputs: { ...computed.inputs },
    opensOn: computed.opensOn ?? null,
    dueDate: computed.dueDate,
    computedDueDate: computed.dueDate,
    conservativeDueDate: computed.conservativeDueDate ?? null,
    hardness: computed.hardness,
    confidence: computed.confidence,
    basis: computed.basis,
    explanation: computed.explanation,
    steps: [...computed.steps],
    status: 'open',
  };
}
