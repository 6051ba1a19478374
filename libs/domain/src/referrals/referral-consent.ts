import type { ServiceKind } from './referral-vocabulary.js';

/**
 * The client's consent to share their data with partners, given either for one partner
 * organisation or for every partner offering one kind of service: exactly one of `partnerId`
 * and `serviceKind` is set. APPI Art. 27: handing personal data to a third party needs the
 * person's prior consent, and for special-care data (要配慮個人情報, Art. 2(3)), which an asylum
 * file always holds, there is no opt-out route (Art. 27(2)).
 */
export interface ReferralConsentRecord {
  readonly partnerId: string | null;
  readonly serviceKind: ServiceKind | null;
  /** YYYY-MM-DD: from this day the consent covers sharing. */
  readonly givenOn: string;
  /** YYYY-MM-DD: from this day it no longer does; null while in force. */
  readonly withdrawnOn: string | null;
  /** What the client agreed to, in the caseworker's words. */
  readonly scope: string;
}

/** Where a referral would send the client's data: a partner, through one of its services. */
export interface ReferralConsentTarget {
  readonly partnerId: string;
  readonly serviceKind: ServiceKind;
}

/** A consent names a partner or a kind of service, never both nor neither. */
export function hasSingleConsentTarget(record: Pick<ReferralConsentRecord, 'partnerId' | 'serviceKind'>): boolean {
  return (record.partnerId === null) !== (record.serviceKind === null);
}

/** In force on `today`: given on or before it and not withdrawn on or before it. */
export function isConsentInForce(record: Pick<ReferralConsentRecord, 'givenOn' | 'withdrawnOn'>, today: string): boolean {
  return record.givenOn <= today && (record.withdrawnOn === null || record.withdrawnOn > today);
}

/**
 * The consent that lets the client's data go to `target` today, or null when none does (then
 * nothing may be sent). A consent naming this partner is preferred over one for the service
 * kind, because it is the more specific agreement and the one to cite in the record of provision
 * (APPI Art. 29); among equals the most recently given. A consent for another partner or another
 * kind covers nothing here, and a malformed record (both or neither target) covers nothing at all.
 */
export function consentCovering(
  consents: readonly ReferralConsentRecord[],
  target: ReferralConsentTarget,
  today: string,
): ReferralConsentRecord | null {
  const inForce = consents.filter((record) => hasSingleConsentTarget(record) && isConsentInForce(record, today));
  const latest = (records: readonly ReferralConsentRecord[]) =>
    records.reduce<ReferralConsentRecord | null>((best, record) => (best === null || record.givenOn > best.givenOn ? record : best), null);
  return (
    latest(inForce.filter((record) => record.partnerId === target.partnerId)) ??
    latest(inForce.filter((record) => record.serviceKind === target.serviceKind))
  );
}
