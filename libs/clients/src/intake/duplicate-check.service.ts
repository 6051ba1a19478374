import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { DuplicateCheckThrottle, duplicateCheckRefused } from './duplicate-check.throttle.js';
import type { DuplicateCandidate } from './duplicate-candidate.views.js';
import { DuplicateFinder, type DuplicateMatches } from './duplicate-finder.js';

export type DuplicateCheckPerson = Parameters<DuplicateFinder['find']>[1];

/**
 * Duplicate checks as a user asks for them. Each check can tell whether a person is known in
 * another team, so each is throttled per user and audited with how many files matched in and
 * outside the caller's scope (the matched files' ids in recordIds, so "who looked for this person"
 * finds it; never the names searched for).
 */
@Injectable()
export class DuplicateCheckService {
  constructor(
    private readonly finder: DuplicateFinder,
    private readonly throttle: DuplicateCheckThrottle,
    private readonly audit: AuditService,
  ) {}

  /** The check a user runs before intake. Over the limit: 429 RATE_LIMITED, before any search. */
  async check(principal: Principal, person: DuplicateCheckPerson): Promise<DuplicateCandidate[]> {
    await this.take(principal, 'check');
    const matches = await this.finder.find(principal, person);
    await this.recordCheck(matches, 'check');
    return matches.candidates;
  }

  /**
   * Intake's own check. An intake answered 409 DUPLICATE_SUSPECTED creates nothing and tells as
   * much as a check, so it counts and is audited as one; once the user confirms, the file is
   * created (and its audit line says the warning was overridden).
   */
  async beforeIntake(principal: Principal, person: DuplicateCheckPerson & { readonly confirmNotDuplicate?: boolean }): Promise<DuplicateCandidate[]> {
    const matches = await this.finder.find(principal, person);
    if (matches.candidates.length === 0 || person.confirmNotDuplicate === true) return matches.candidates;
    await this.take(principal, 'intake');
    await this.recordCheck(matches, 'intake');
    throw new DomainError('DUPLICATE_SUSPECTED', 'This person may already have a file. Check the candidates, then confirm to create a new file anyway.', {
      candidates: matches.candidates.map((candidate) => ({ ...candidate })),
    });
  }

  private async take(principal: Principal, via: 'check' | 'intake'): Promise<void> {
    const decision = await this.throttle.take(principal.userId);
    if (decision.allowed) return;
    // One line per window marks the user who ran out; the refusals after it add nothing.
    if (decision.firstRefusal) {
      await this.audit.record({ action: AuditAction.ClientDuplicateCheck, outcome: 'denied', details: { via, throttled: true } });
    }
    throw duplicateCheckRefused(decision.retryAfterSeconds);
  }

  private async recordCheck(matches: DuplicateMatches, via: 'check' | 'intake'): Promise<void> {
    await this.audit.record({
      action: AuditAction.ClientDuplicateCheck,
      recordIds: [...matches.inScopeIds, ...matches.outOfScopeIds],
      details: { via, inScope: matches.inScopeIds.length, outOfScope: matches.outOfScopeIds.length },
    });
  }
}
