import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ApplicationFacts, AppointmentsService, ClientEvents, ClientsService, TimelineWriter, type AppointmentInput, type ScopedClient } from '#clients';
import { japanCalendar } from '#deadlines';
import {
  allowedReferralActions,
  applyReferralAction,
  consentCovering,
  DomainError,
  isFinalReferralStatus,
  localDate,
  localDateInTimeZone,
  referralFollowUpDue,
  sharedRows,
  type ReferralAction,
  type ReferralStatus,
  type ReferralUrgency,
  type ServiceKind,
  type ShareableField,
  type SharedRow,
} from '#domain';
import { AppConfig, Clock } from '#platform';
import type { LetterLocale } from '../entities/referral.entity.js';
import { ReferralConsentRepository } from '../consents/referral-consent.repository.js';
import { toRecord } from '../consents/referral-consents.service.js';
import { PartnerDirectoryService } from '../partners/partner-directory.service.js';
import { ReplyLinkMailer } from '../replies/reply-link-mailer.js';
import { ReplyLinks } from '../replies/reply-links.js';
import { ReferralViewBuilder } from './referral-view.builder.js';
import { latestApplication, referralSnapshot } from './referral-facts.js';
import { ReferralLetters } from './referral-letters.js';
import { referralFollowUpSource, ReferralRepository, type ReferralChanges, type ReferralRecord } from './referral.repository.js';
import type { ReferralView } from './referral.views.js';

export interface NewReferralInput {
  /** A partner's service from the directory; or, for the organisation's own service, `internalService` and `serviceKind`. */
  readonly serviceId?: string | null;
  readonly internalService?: string | null;
  readonly serviceKind?: ServiceKind | null;
  readonly reason: string;
  readonly urgency: ReferralUrgency;
  readonly sharedFields?: readonly ShareableField[];
  readonly letterLocale?: LetterLocale;
}

export interface ReferralDraftUpdateInput {
  readonly version: number;
  readonly reason?: string;
  readonly urgency?: ReferralUrgency;
  readonly sharedFields?: readonly ShareableField[];
  readonly letterLocale?: LetterLocale;
}

export interface ReferralStepInput {
  readonly version: number;
  readonly action: Exclude<ReferralAction, 'send'>;
  /** Why the partner declined (required with decline). */
  readonly reason?: string | null;
  /** How it ended (required with complete). */
  readonly outcome?: string | null;
  /** What the partner said, when the caseworker records an answer given by phone. */
  readonly note?: string | null;
}

/** Timeline kinds of each step, in the past tense of the timeline. */
const STEP_EVENTS: Readonly<Record<ReferralAction, string>> = {
  send: 'referral.sent',
  acknowledge: 'referral.acknowledged',
  accept: 'referral.accepted',
  decline: 'referral.declined',
  start: 'referral.started',
  complete: 'referral.completed',
  cancel: 'referral.cancelled',
};

/** Steps that answer the partner's letter: the follow-up is met. */
const ANSWERS: readonly ReferralAction[] = ['acknowledge', 'accept', 'decline'];

/**
 * Referrals of a client to partners' services (or the organisation's own): drafts with the fields
 * the caseworker chooses, sending that requires the client's consent in force for that partner
 * (APPI Art. 27), the letter, the partner's reply link, the follow-up deadline when no answer
 * comes, and each step on the client's timeline.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly consents: ReferralConsentRepository,
    private readonly directory: PartnerDirectoryService,
    private readonly links: ReplyLinks,
    private readonly letters: ReferralLetters,
    private readonly clients: ClientsService,
    private readonly applications: ApplicationFacts,
    private readonly appointments: AppointmentsService,
    private readonly events: ClientEvents,
    private readonly timeline: TimelineWriter,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
    private readonly viewBuilder: ReferralViewBuilder,
    private readonly linkMailer: ReplyLinkMailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, clientId: string): Promise<ReferralView[]> {
    const scoped = await this.clients.requireInScope(principal, clientId);
    const records = await this.referrals.listOfClient(clientId);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'referral', id: null }, details: { referrals: records.length } });
    return this.viewBuilder.build(scoped, records);
  }

  async get(principal: Principal, clientId: string, referralId: string): Promise<ReferralView> {
    const scoped = await this.clients.requireInScope(principal, clientId);
    const record = await this.require(clientId, referralId);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'referral', id: referralId } });
    const [view] = await this.viewBuilder.build(scoped, [record]);
    return view;
  }

  async create(principal: Principal, clientId: string, input: NewReferralInput): Promise<ReferralView> {
    const target = await this.targetOf(input);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.create');
      const referralId = await this.referrals.insert(
        {
          clientId,
          serviceId: target.serviceId,
          partnerId: target.partnerId,
          internalService: target.internalService,
          serviceKind: target.serviceKind,
          programme: target.programme,
          reason: input.reason.trim(),
          urgency: input.urgency,
          sharedFields: target.partnerId ? inOrder(input.sharedFields ?? []) : [],
          letterLocale: input.letterLocale ?? 'ja',
          createdBy: principal.userId,
        },
        manager,
      );
      await this.timeline.add([{ clientId, kind: 'referral.drafted', actorUserId: principal.userId, data: { referralId, serviceKind: target.serviceKind, partnerId: target.partnerId } }], manager);
      await this.audit.record({ action: AuditAction.ReferralCreated, clientId, target: { type: 'referral', id: referralId }, details: { partnerId: target.partnerId, serviceKind: target.serviceKind } }, manager);
      return referralId;
    });
    return this.viewAfterWrite(principal, clientId, id);
  }

  /** A draft's reason, urgency, fields to share or letter language; nothing else changes once sent. */
  async updateDraft(principal: Principal, clientId: string, referralId: string, input: ReferralDraftUpdateInput): Promise<ReferralView> {
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.update');
      const { referral } = await this.lockCurrent(clientId, referralId, input.version, manager);
      if (referral.status !== 'draft') {
        throw new DomainError('REFERRAL_TRANSITION_NOT_ALLOWED', 'Only a draft can be changed; this referral was already sent.', { allowedNext: allowedReferralActions(referral.status, 'caseworker') });
      }
      const changes: ReferralChanges = {};
      if (input.reason !== undefined) changes.reason = input.reason.trim();
      if (input.urgency !== undefined) changes.urgency = input.urgency;
      if (input.letterLocale !== undefined) changes.letterLocale = input.letterLocale;
      if (input.sharedFields !== undefined) {
        if (referral.partnerId === null && input.sharedFields.length > 0) throw internalShares();
        changes.sharedFields = inOrder(input.sharedFields);
      }
      const changed = (Object.keys(changes) as (keyof ReferralChanges)[]).filter((field) => JSON.stringify(changes[field]) !== JSON.stringify(referral[field]));
      if (changed.length === 0) return;
      await this.referrals.update(referralId, changes, referral.version, manager);
      await this.audit.record({ action: AuditAction.ReferralUpdated, clientId, target: { type: 'referral', id: referralId }, changedFields: changed }, manager);
    });
    return this.viewAfterWrite(principal, clientId, referralId);
  }

  /**
   * The letter as a PDF: for a draft, what would be sent today (a preview); once sent, what was
   * sent. The chosen fields only.
   */
  async letter(principal: Principal, clientId: string, referralId: string): Promise<{ pdf: Buffer; number: number }> {
    const scoped = await this.clients.requireInScope(principal, clientId);
    const record = await this.require(clientId, referralId);
    if (record.referral.partnerId === null) throw new DomainError('RECORD_NOT_FOUND', 'A referral to the organisation’s own service has no letter.');
    const rows = record.referral.sharedRows ?? (await this.rowsFromFile(scoped, record));
    const names = await this.users.displayNames([record.referral.createdBy]);
    const pdf = await this.letters.render(record, rows, names.get(record.referral.createdBy ?? '') ?? null, record.referral.sentOn ?? this.today());
    await this.audit.record({ action: AuditAction.ReferralLetterViewed, clientId, target: { type: 'referral', id: referralId }, details: { preview: record.referral.status === 'draft' } });
    return { pdf, number: record.referral.number };
  }

  /**
   * Sends a draft: to a partner only with the client's consent in force for that partner or its
   * kind of service (else 409 CONSENT_REQUIRED and nothing leaves). What is shared is frozen, the
   * partner gets an e-mail with a reply link once the transaction commits, and the follow-up
   * deadline is planned.
   */
  async send(principal: Principal, clientId: string, referralId: string, version: number): Promise<ReferralView> {
    const today = this.today();
    const mail = await this.dataSource.transaction(async (manager) => {
      const scoped = await this.clients.lockOpen(principal, clientId, manager, 'referral.send');
      const record = await this.lockCurrent(clientId, referralId, version, manager);
      const { referral } = record;
      const moved = applyReferralAction(referral.status, 'send', 'caseworker');
      if (!moved.ok) throw stepRefused(moved);
      let rows: SharedRow[] | null = null;
      let partnerEmail: string | null = null;
      if (referral.partnerId !== null) {
        const target = referral.serviceId ? await this.directory.serviceForReferral(referral.serviceId, manager) : null;
        if (!target?.active) throw new DomainError('PARTNER_SERVICE_INACTIVE', 'This partner’s service is no longer active in the directory; choose another.');
        const consents = (await this.consents.listOfClient(clientId, manager)).map(toRecord);
        if (consentCovering(consents, { partnerId: referral.partnerId, serviceKind: referral.serviceKind }, today) === null) {
          throw new DomainError('CONSENT_REQUIRED', 'The client has not consented to share their information with this partner. Record their consent first.', {
            partnerId: referral.partnerId,
            serviceKind: referral.serviceKind,
          });
        }
        rows = await this.rowsFromFile(scoped, record, manager);
        partnerEmail = target.referralEmail;
      }
      const followUpOn: string = referralFollowUpDue(localDate(today), this.config.referrals.followUpBusinessDays, japanCalendar());
      await this.referrals.update(referralId, { status: moved.status, sentOn: today, followUpOn, sharedRows: rows }, referral.version, manager);
      await this.followUp({ id: referralId, clientId, followUpOn }, 'open', principal.userId, today, manager);
      const link = partnerEmail !== null ? await this.links.issue(referralId, partnerEmail, principal.userId, manager) : null;
      await this.timeline.add(
        [{ clientId, kind: STEP_EVENTS.send, actorUserId: principal.userId, data: { referralId, serviceKind: referral.serviceKind, partnerId: referral.partnerId, fields: [...referral.sharedFields] } }],
        manager,
      );
      await this.audit.record(
        // The address is the organisation's, not the client's: kept, so a redirected letter can be traced.
        { action: AuditAction.ReferralSent, clientId, target: { type: 'referral', id: referralId }, details: { partnerId: referral.partnerId, fields: [...referral.sharedFields], sentTo: partnerEmail } },
        manager,
      );
      return link && partnerEmail ? { clientId, referralId, to: partnerEmail, link, number: referral.number, locale: referral.letterLocale } : null;
    });
    if (mail) await this.linkMailer.mail(mail);
    return this.viewAfterWrite(principal, clientId, referralId);
  }

  /** A step recorded by the caseworker: an answer the partner gave by phone, the service started or completed, or a cancellation. */
  async step(principal: Principal, clientId: string, referralId: string, input: ReferralStepInput): Promise<ReferralView> {
    const today = this.today();
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.step');
      const { referral } = await this.lockCurrent(clientId, referralId, input.version, manager);
      await this.applyStep({ id: referral.id, clientId, status: referral.status, version: referral.version, followUpOn: referral.followUpOn }, input, 'caseworker', principal.userId, today, manager);
    });
    return this.viewAfterWrite(principal, clientId, referralId);
  }

  /**
   * The appointment an accepted referral leads to (the shelter's intake, the first lesson): made
   * like any other appointment of the file, with its reminders, and linked to the referral.
   */
  async addAppointment(principal: Principal, clientId: string, referralId: string, version: number, input: AppointmentInput): Promise<ReferralView> {
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.step');
      const { referral } = await this.lockCurrent(clientId, referralId, version, manager);
      if (referral.status !== 'accepted' && referral.status !== 'in-progress') {
        throw new DomainError('REFERRAL_TRANSITION_NOT_ALLOWED', 'An appointment comes with a referral the partner accepted.', { allowedNext: allowedReferralActions(referral.status, 'caseworker') });
      }
      if (referral.appointmentId !== null) {
        throw new DomainError('REFERRAL_TRANSITION_NOT_ALLOWED', 'This referral has its appointment already; move or cancel it with the file’s appointments.', {
          allowedNext: allowedReferralActions(referral.status, 'caseworker'),
        });
      }
      const appointment = await this.appointments.create(principal, clientId, input, manager);
      await this.referrals.update(referralId, { appointmentId: appointment.id }, referral.version, manager);
      await this.audit.record({ action: AuditAction.ReferralUpdated, clientId, target: { type: 'referral', id: referralId }, changedFields: ['appointmentId'] }, manager);
    });
    return this.viewAfterWrite(principal, clientId, referralId);
  }

  /**
   * One step on a locked referral, by the caseworker or the partner: the state machine decides;
   * an answer meets the follow-up, a cancellation withdraws it, a closed referral closes its link.
   */
  async applyStep(
    referral: { id: string; clientId: string; status: ReferralStatus; version: number; followUpOn: string | null },
    input: Omit<ReferralStepInput, 'version'>,
    actor: 'caseworker' | 'partner',
    actorUserId: string | null,
    today: string,
    manager: EntityManager,
  ): Promise<ReferralStatus> {
    if ((input.action as ReferralAction) === 'send') throw new DomainError('VALIDATION_FAILED', 'Send a draft with its own request.', { fields: [{ field: 'action', problems: ['use the send request'] }] });
    const moved = applyReferralAction(referral.status, input.action, actor, { reason: input.reason ?? null, outcome: input.outcome ?? null });
    if (!moved.ok) throw stepRefused(moved);
    // The note is the partner's words with their answer (through the link, or told by phone); it
    // is shown back to the partner, so nothing of the caseworker's own may be written into it.
    if (input.note?.trim() && !ANSWERS.includes(input.action)) {
      throw new DomainError('VALIDATION_FAILED', 'A note goes with the partner’s answer (acknowledge, accept, decline) only; use the file’s notes for anything else.', {
        fields: [{ field: 'note', problems: ['only with acknowledge, accept or decline'] }],
      });
    }
    const changes: ReferralChanges = { status: moved.status };
    if (input.action === 'decline') changes.declineReason = (input.reason ?? '').trim();
    if (input.action === 'complete') changes.outcome = (input.outcome ?? '').trim();
    if (input.note?.trim()) changes.partnerNote = input.note.trim();
    if (ANSWERS.includes(input.action) && referral.status !== 'acknowledged') changes.answeredAt = this.clock.now();
    await this.referrals.update(referral.id, changes, referral.version, manager);
    if (ANSWERS.includes(input.action) && (referral.status === 'sent' || referral.status === 'acknowledged')) {
      await this.followUp(referral, 'answered', actorUserId, today, manager);
    } else if (input.action === 'cancel') {
      await this.followUp(referral, 'withdrawn', actorUserId, today, manager);
    }
    // Nothing is left for the partner to read or answer: the link closes.
    if (isFinalReferralStatus(moved.status)) await this.links.revoke([referral.id], actorUserId, manager);
    await this.timeline.add([{ clientId: referral.clientId, kind: STEP_EVENTS[input.action], actorUserId, data: { referralId: referral.id, by: actor } }], manager);
    await this.audit.record(
      {
        action: AuditAction.ReferralStep,
        clientId: referral.clientId,
        target: { type: 'referral', id: referral.id },
        ...(actor === 'partner' ? { actor: null } : {}),
        details: { action: input.action, by: actor, status: moved.status },
      },
      manager,
    );
    return moved.status;
  }

  /** The follow-up deadline: due on `followUpOn` while no answer came, met by an answer, gone with a cancellation. */
  private async followUp(
    referral: { id: string; clientId: string; followUpOn: string | null },
    state: 'open' | 'answered' | 'withdrawn',
    actorUserId: string | null,
    today: string,
    manager: EntityManager,
  ): Promise<void> {
    const desired = state === 'open' && referral.followUpOn ? [{ kind: 'referral-follow-up' as const, inputs: { followUpDate: referral.followUpOn } }] : [];
    const resolved = state === 'answered' ? [{ kind: 'referral-follow-up' as const, status: 'met' as const, on: today }] : [];
    await this.events.deadlinesCalledFor({ clientId: referral.clientId, applicationId: null, source: referralFollowUpSource(referral.id) }, { desired, resolved }, actorUserId, manager);
  }

  private async rowsFromFile(scoped: ScopedClient, record: ReferralRecord, manager?: EntityManager): Promise<SharedRow[]> {
    const latest = latestApplication(await this.applications.ofClient(scoped.client.id, manager));
    return sharedRows(referralSnapshot(scoped.client, latest), record.referral.sharedFields, record.referral.letterLocale);
  }

  private async targetOf(input: NewReferralInput) {
    const serviceId = input.serviceId ?? null;
    const internal = input.internalService?.trim() || null;
    if ((serviceId === null) === (internal === null)) {
      throw new DomainError('VALIDATION_FAILED', 'A referral goes to a partner’s service, or to one of the organisation’s own.', {
        fields: [{ field: serviceId === null ? 'serviceId' : 'internalService', problems: ['give exactly one of serviceId and internalService'] }],
      });
    }
    if (serviceId !== null) {
      const target = await this.directory.serviceForReferral(serviceId);
      if (!target) throw new DomainError('RECORD_NOT_FOUND', 'No such partner service.');
      if (!target.active) throw new DomainError('PARTNER_SERVICE_INACTIVE', 'This partner’s service is no longer active in the directory; choose another.');
      return { serviceId, partnerId: target.partnerId, internalService: null, serviceKind: target.kind, programme: target.programme };
    }
    if (!input.serviceKind) throw new DomainError('VALIDATION_FAILED', 'Say which kind of service the organisation’s own referral is for.', { fields: [{ field: 'serviceKind', problems: ['required with internalService'] }] });
    if ((input.sharedFields ?? []).length > 0) throw internalShares();
    return { serviceId: null, partnerId: null, internalService: internal, serviceKind: input.serviceKind, programme: null };
  }

  async require(clientId: string, referralId: string, manager?: EntityManager, lock = false): Promise<ReferralRecord> {
    const record = await this.referrals.findOfClient(clientId, referralId, manager, lock);
    if (!record) throw new DomainError('RECORD_NOT_FOUND', 'No such referral for this client.');
    return record;
  }

  private async lockCurrent(clientId: string, referralId: string, version: number, manager: EntityManager): Promise<ReferralRecord> {
    const record = await this.require(clientId, referralId, manager, true);
    if (record.referral.version !== version) throw new DomainError('STALE_VERSION', 'Someone changed this referral meanwhile. Reload it.', { currentVersion: record.referral.version });
    return record;
  }

  /** The view of what was just written, without a second audited read of the file. */
  async viewAfterWrite(principal: Principal, clientId: string, referralId: string): Promise<ReferralView> {
    const scoped = await this.clients.requireInScope(principal, clientId);
    const [view] = await this.viewBuilder.build(scoped, [await this.require(clientId, referralId)]);
    return view;
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
  }
}

function inOrder(fields: readonly ShareableField[]): ShareableField[] {
  return [...new Set(fields)];
}

function internalShares(): DomainError {
  return new DomainError('VALIDATION_FAILED', 'A referral inside the organisation shares nothing with a third party: no fields to choose.', {
    fields: [{ field: 'sharedFields', problems: ['must be empty for the organisation’s own service'] }],
  });
}

function stepRefused(result: { ok: false; code: 'REFERRAL_TRANSITION_NOT_ALLOWED'; allowedNext: ReferralAction[] } | { ok: false; code: 'VALIDATION_FAILED'; missing: 'reason' | 'outcome' }): DomainError {
  if (result.code === 'VALIDATION_FAILED') {
    return new DomainError('VALIDATION_FAILED', `This step needs a ${result.missing}.`, { fields: [{ field: result.missing, problems: ['required for this step'] }] });
  }
  return new DomainError('REFERRAL_TRANSITION_NOT_ALLOWED', 'This step is not possible from where the referral stands.', { allowedNext: result.allowedNext });
}
