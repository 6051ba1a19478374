import { Injectable } from '@nestjs/common';
import { SERVICE_KIND_LABELS, URGENCY_LABELS, type SharedRow } from '#domain';
import { AppConfig } from '#platform';
import { ReferralLetterRenderer, type ReferralLetter } from '../letters/referral-letter.js';
import type { ReferralRecord } from './referral.repository.js';

/**
 * Turns a referral into its letter: the fixed wording of the renderer, the referral's own facts,
 * and the shared rows it is given (the chosen fields only). The same letter for the caseworker's
 * preview and the partner's copy.
 */
@Injectable()
export class ReferralLetters {
  constructor(
    private readonly renderer: ReferralLetterRenderer,
    private readonly config: AppConfig,
  ) {}

  async render(record: ReferralRecord, rows: readonly SharedRow[], caseworkerName: string | null, date: string): Promise<Buffer> {
    return this.renderer.render(this.letter(record, rows, caseworkerName, date));
  }

  letter(record: ReferralRecord, rows: readonly SharedRow[], caseworkerName: string | null, date: string): ReferralLetter {
    const { referral } = record;
    const locale = referral.letterLocale;
    return {
      locale,
      reference: String(referral.number),
      date,
      from: { organisation: this.config.referrals.organisationName, caseworker: caseworkerName ?? '—', contact: null },
      to: { organisation: record.organisationName ?? '', service: record.serviceName ?? '', contactPerson: record.contactPerson },
      serviceKind: SERVICE_KIND_LABELS[referral.serviceKind][locale],
      urgency: URGENCY_LABELS[referral.urgency][locale],
      reason: referral.reason,
      shared: rows.map((row) => ({ label: row.label, value: row.value })),
    };
  }
}
