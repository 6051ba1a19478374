import type { ApplicationFact, ScopedClient } from '#clients';
import {
  ProtectionStageLabels,
  ResidenceStageLabels,
  workAllowed,
  type ReferralEligibilityFacts,
  type ReferralSnapshot,
} from '#domain';

/** The client's latest protection application, the one whose stage describes the claim today. */
export function latestApplication(applications: readonly ApplicationFact[]): ApplicationFact | null {
  return applications.reduce<ApplicationFact | null>((latest, a) => (latest === null || a.number > latest.number ? a : latest), null);
}

/**
 * What the eligibility rules know of the file. Permission to work under supervision measures
 * (Art. 44-5) is not recorded as a fact yet, so it counts as not granted, as the file's own
 * work-allowed answer does.
 */
export function eligibilityFacts(client: ScopedClient['client'], latest: ApplicationFact | null): ReferralEligibilityFacts {
  return {
    residence: client.residence,
    deportation: client.deportation,
    art44_5PermissionGranted: false,
    protection: latest ? { stage: latest.stage, kind: latest.kind, cpGranted: latest.cpGranted } : null,
  };
}

/** Everything a referral could share, read from the file; `sharedRows` keeps only what was chosen. */
export function referralSnapshot(client: ScopedClient['client'], latest: ApplicationFact | null): ReferralSnapshot {
  const work = workAllowed(client.residence, client.deportation, false);
  return {
    familyName: client.familyName,
    givenName: client.givenName,
    nativeName: client.nativeName,
    dateOfBirth: client.dateOfBirth,
    dateOfBirthApproximate: client.dateOfBirthApproximate,
    gender: client.gender,
    nationality: client.nationality,
    languages: client.languages,
    interpreterNeeded: client.interpreterNeeded,
    interpreterLanguage: client.interpreterLanguage,
    phone: client.phone,
    email: client.email,
    address: client.address,
    procedureStage: latest ? ProtectionStageLabels[latest.stage] : null,
    residenceStatus: ResidenceStageLabels[client.residence.stage],
    workAllowed: { allowed: work.allowed, label: work.label },
    vulnerabilityFlags: client.vulnerabilityFlags,
  };
}
