import type { Principal } from '#accounts';
import { addDays, type LocalDate, type Prefecture, type ReferralUrgency, type ServiceKind, type ShareableField } from '#domain';
import type { PartnerDirectoryService, ReferralConsentsService, ReferralsService } from '#referrals';

interface DemoReferral {
  /** The demo partner's service it goes to: the first active one of this kind in this prefecture. */
  readonly kind: ServiceKind;
  readonly prefecture: Prefecture;
  readonly reason: string;
  readonly urgency: ReferralUrgency;
  readonly sharedFields: readonly ShareableField[];
  /** Sent (with the client's consent for the kind of service, given days ago), or left as a draft. */
  readonly send: { readonly consentDaysAgo: number } | null;
}

/** Invented referrals: one waiting for the shelter's answer, one draft the eligibility rules warn about. */
const DEMO_REFERRALS: Readonly<Record<string, readonly DemoReferral[]>> = {
  Hussaini: [
    {
      kind: 'housing',
      prefecture: 'tokyo',
      reason: 'Staying with an acquaintance until the end of the month; needs a place in a women-only shelter. Prefers a female interpreter.',
      urgency: 'this-week',
      sharedFields: ['name', 'languages', 'interpreter'],
      send: { consentDaysAgo: 1 },
    },
  ],
  Osman: [
    {
      kind: 'employment',
      prefecture: 'tokyo',
      reason: 'Asks for help finding work.',
      urgency: 'routine',
      sharedFields: ['name', 'languages'],
      send: null,
    },
  ],
};

export interface DemoReferralServices {
  readonly directory: PartnerDirectoryService;
  readonly consents: ReferralConsentsService;
  readonly referrals: ReferralsService;
}

/** The client's demo referrals, made and sent as their caseworker would, through the real services. */
export async function seedDemoReferrals(services: DemoReferralServices, worker: Principal, client: { readonly id: string; readonly familyName: string }, today: LocalDate): Promise<number> {
  const demos = DEMO_REFERRALS[client.familyName] ?? [];
  for (const demo of demos) {
    const [service] = (await services.directory.searchServices({ kind: demo.kind, prefecture: demo.prefecture, limit: 1 })).items;
    if (!service) throw new Error(`no demo ${demo.kind} partner in ${demo.prefecture}`);
    const draft = await services.referrals.create(worker, client.id, { serviceId: service.id, reason: demo.reason, urgency: demo.urgency, sharedFields: demo.sharedFields, letterLocale: 'ja' });
    if (!demo.send) continue;
    await services.consents.record(worker, client.id, { serviceKind: demo.kind, givenOn: addDays(today, -demo.send.consentDaysAgo), scope: 'Referral to a shelter partner: name, languages and interpreter only' });
    await services.referrals.send(worker, client.id, draft.id, draft.version);
  }
  return demos.length;
}
