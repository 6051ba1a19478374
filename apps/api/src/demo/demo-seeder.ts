import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher, TeamsService, type Principal } from '#accounts';
import { ApplicationsService, AppointmentsService, ClientDeadlinesService, ClientsService, StatusService, TimelineService, type ClientIntakeInput } from '#clients';
import { DocumentsService, TranslationsService } from '#documents';
import { addDays, localDate, localDateInTimeZone, type ProtectionOutcome, type ProtectionStage } from '#domain';
import { AppConfig, Clock } from '#platform';
import { PartnerDirectoryService, ReferralConsentsService, ReferralsService } from '#referrals';
import { ReportRefreshRequests } from '#reports';
import { DemoAccountRepository } from './demo-account.repository.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from './demo-accounts.js';
import { DEMO_CLIENTS, type DemoClient } from './demo-clients.js';
import { seedDemoDocuments } from './demo-documents.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoPartners } from './demo-partners.js';
import { seedDemoReferrals } from './demo-referrals.js';

/**
 * Seeds the demo organisation into an empty database (no accounts at all), once, even when
 * several api instances start together: teams, accounts, and clients whose stories run through
 * the real services, so their deadlines and reminders are real too. The first reminders (a
 * refusal recorded yesterday) go out within moments of start-up. Never runs unless DEMO_SEED=true.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly demoAccounts: DemoAccountRepository,
    private readonly teams: TeamsService,
    private readonly hasher: PasswordHasher,
    private readonly clients: ClientsService,
    private readonly applications: ApplicationsService,
    private readonly appointments: AppointmentsService,
    private readonly timeline: TimelineService,
    private readonly status: StatusService,
    private readonly clientDeadlines: ClientDeadlinesService,
    private readonly documents: DocumentsService,
    private readonly translations: TranslationsService,
    private readonly partners: PartnerDirectoryService,
    private readonly consents: ReferralConsentsService,
    private readonly referrals: ReferralsService,
    private readonly reportRefresh: ReportRefreshRequests,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  seedIfEmpty(): Promise<boolean> {
    return this.demoAccounts.whileSeedLocked(async () => {
      if (await this.demoAccounts.anyAccountExists()) return false;
      const people = await this.seedAccounts();
      const partners = await seedDemoPartners(this.partners, localDateInTimeZone(this.clock.now(), this.config.timeZone));
      for (const client of DEMO_CLIENTS) {
        await this.seedClient(client, people).catch((error: unknown) => {
          // The demo data is ours: a refusal is a bug in it, reported with what was refused.
          const details = (error as { details?: unknown }).details;
          throw new Error(`demo client ${client.familyName}: ${(error as Error).message} ${JSON.stringify(details ?? {})}`);
        });
      }
      const history = await seedDemoHistory(
        { clients: this.clients, applications: this.applications, status: this.status, deadlines: this.clientDeadlines, timeline: this.timeline },
        people,
        localDateInTimeZone(this.clock.now(), this.config.timeZone),
      );
      // The reports show the history at once rather than at the worker's next scheduled rebuild.
      await this.reportRefresh.request();
      this.logger.log({ accounts: DEMO_ACCOUNTS.length, teams: DEMO_TEAMS.length, clients: DEMO_CLIENTS.length, history, partners }, 'seeded the demo organisation');
      return true;
    });
  }

  private async seedAccounts(): Promise<Map<string, Principal>> {
    const now = this.clock.now();
    const teamIds = new Map<string, string>();
    for (const name of DEMO_TEAMS) teamIds.set(name, (await this.teams.create(name)).id);
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const people = new Map<string, Principal>();
    await this.dataSource.transaction(async (manager) => {
      for (const account of DEMO_ACCOUNTS) {
        const member = account.member.map((team) => teamIds.get(team) as string);
        const supervises = account.supervises.map((team) => teamIds.get(team) as string);
        const { email, displayName, role, locale } = account;
        const id = await this.demoAccounts.insertActive({ email, displayName, role, locale, passwordHash, passwordChangedAt: now, memberOf: member, supervises }, manager);
        people.set(account.email, {
          userId: id,
          role: account.role,
          email: account.email,
          displayName: account.displayName,
          locale: account.locale,
          sessionId: 'demo-seed',
          sessionState: 'active',
          secondFactorEnabled: false,
          csrfToken: '',
          teamIds: member,
          supervisedTeamIds: supervises,
          breakGlassClientIds: [],
        });
      }
    });
    return people;
  }

  /** Takes the client in and plays their story through the services, as their caseworker would. */
  private async seedClient(demo: DemoClient, people: Map<string, Principal>): Promise<void> {
    const worker = people.get(demo.primary) as Principal;
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const ago = (days: number) => addDays(today, -days);
    const input: ClientIntakeInput = {
      teamId: worker.teamIds[0],
      familyName: demo.familyName,
      givenName: demo.givenName,
      nativeName: demo.nativeName ?? null,
      katakanaName: demo.katakanaName,
      gender: demo.gender,
      dateOfBirth: demo.dateOfBirth,
      nationality: demo.nationality,
      languages: demo.languages,
      interpreterNeeded: demo.interpreterLanguage !== undefined,
      interpreterLanguage: demo.interpreterLanguage ?? null,
      landingDate: demo.landedDaysAgo !== undefined ? ago(demo.landedDaysAgo) : null,
      landingPort: demo.landingPort ?? null,
      vulnerabilityFlags: (demo.flags ?? []) as ClientIntakeInput['vulnerabilityFlags'],
      consents: [{ kind: 'data-processing', givenOn: ago(1), scope: 'Case work by the NGO', withdrawnOn: null }],
      residence: {
        stage: demo.residence.stage as ClientIntakeInput['residence']['stage'],
        expiresOn: demo.residence.expiresInDays !== undefined ? addDays(today, demo.residence.expiresInDays) : null,
        workAllowed: demo.residence.workAllowed ?? null,
      },
      custody: {
        stage: demo.custody.stage as ClientIntakeInput['custody']['stage'],
        reportingIntervalMonths: demo.custody.reportingIntervalMonths ?? null,
        provisionalReleaseUntil: demo.custody.releaseEndsInDays !== undefined ? addDays(today, demo.custody.releaseEndsInDays) : null,
      },
      confirmNotDuplicate: true,
    };
    const { client } = await this.clients.intake(worker, input);
    let applicationId: string | undefined;
    for (const event of demo.story) {
      switch (event.kind) {
        case 'application':
          applicationId = (await this.applications.open(worker, client.id, { kind: event.applicationKind })).id;
          break;
        case 'step': {
          const current = await this.applications.get(worker, client.id, applicationId as string);
          const dates = Object.fromEntries(Object.entries(event.dates).map(([field, days]) => [field, ago(days)]));
          await this.applications.transition(worker, client.id, applicationId as string, {
            version: current.version,
            to: event.to as ProtectionStage,
            outcome: (event.outcome ?? null) as ProtectionOutcome | null,
            dates,
            note: event.note ?? null,
          });
          break;
        }
        case 'appointment': {
          const day = localDate(addDays(today, event.inDays));
          await this.appointments.create(worker, client.id, {
            kind: event.appointmentKind as Parameters<AppointmentsService['create']>[2]['kind'],
            startsAt: new Date(`${day}T${String(event.hour).padStart(2, '0')}:00:00+09:00`),
            place: event.place,
            interpreterLanguage: event.interpreterLanguage ?? null,
            applicationId: applicationId ?? null,
          });
          break;
        }
        case 'note':
          await this.timeline.addNote(worker, client.id, event.body);
          break;
      }
    }
    await seedDemoDocuments({ documents: this.documents, translations: this.translations }, worker, { id: client.id, familyName: demo.familyName, applicationId: applicationId ?? null }, today);
    await seedDemoReferrals({ directory: this.partners, consents: this.consents, referrals: this.referrals }, worker, { id: client.id, familyName: demo.familyName }, today);
  }
}
