import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { ReferralEntity } from '../entities/referral.entity.js';

/** A referral with the names of where it goes, read in the same statement. */
export interface ReferralRecord {
  readonly referral: ReferralEntity;
  /** Null for a referral to the organisation's own service. */
  readonly organisationName: string | null;
  readonly serviceName: string | null;
  readonly contactPerson: string | null;
}

export type NewReferral = Pick<
  ReferralEntity,
  'clientId' | 'serviceId' | 'partnerId' | 'internalService' | 'serviceKind' | 'programme' | 'reason' | 'urgency' | 'sharedFields' | 'letterLocale' | 'createdBy'
>;

export type ReferralChanges = Partial<
  Pick<
    ReferralEntity,
    'reason' | 'urgency' | 'sharedFields' | 'letterLocale' | 'status' | 'sharedRows' | 'sentOn' | 'followUpOn' | 'answeredAt' | 'declineReason' | 'outcome' | 'partnerNote' | 'appointmentId'
  >
>;

const SELECT = `SELECT r.*, r.sent_on::text AS sent_on_text, r.follow_up_on::text AS follow_up_on_text, o.name AS organisation_name, s.name AS service_name, o.contact_person
                  FROM referral r
                  LEFT JOIN partner_service s ON s.id = r.service_id
                  LEFT JOIN partner_organisation o ON o.id = r.partner_id`;

/** The deadline source of a referral's follow-up: one `referral-follow-up` at a time per referral. */
export function referralFollowUpSource(referralId: string): string {
  return `referral:${referralId}:follow-up`;
}

/** Data access for referrals. Callers have checked the client file's scope (or hold a reply token). */
@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The file's referrals, newest first. */
  async listOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralRecord[]> {
    const rows = await manager.query<ReferralRow[]>(`${SELECT} WHERE r.client_id = $1 ORDER BY r.created_at DESC, r.id DESC`, [clientId]);
    return rows.map(toRecord);
  }

  /** One referral of the file; with `lock`, its row stays locked for the transaction. */
  async findOfClient(clientId: string, referralId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReferralRecord | null> {
    const rows = await manager.query<ReferralRow[]>(`${SELECT} WHERE r.client_id = $1 AND r.id = $2${lock ? ' FOR UPDATE OF r' : ''}`, [clientId, referralId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** A referral by id alone: for the partner's reply link, whose token names its referral. */
  async findById(referralId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReferralRecord | null> {
    const rows = await manager.query<ReferralRow[]>(`${SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [referralId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async insert(referral: NewReferral, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ReferralEntity).insert({ ...referral, status: 'draft' });
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(referralId: string, changes: ReferralChanges, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(ReferralEntity).update({ id: referralId }, { ...changes, version: currentVersion + 1 });
  }

  /** Drafts of the file to a partner, or to any partner of a kind: a withdrawn consent cancels them. */
  async draftsOfClient(clientId: string, manager: EntityManager): Promise<ReferralEntity[]> {
    return manager.getRepository(ReferralEntity).find({ where: { clientId, status: 'draft' }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Referrals of the file that went to a partner and may still be read through a reply link,
   * locked: a partner answering at the same moment waits, then finds its link closed.
   */
  async sentToPartnersOfClient(clientId: string, manager: EntityManager): Promise<ReferralEntity[]> {
    return manager.getRepository(ReferralEntity).find({ where: { clientId, partnerId: Not(IsNull()), status: Not('draft') }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The names of these partner organisations, by id. */
  async partnerNames(partnerIds: readonly string[]): Promise<Map<string, string>> {
    if (partnerIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM partner_organisation WHERE id = ANY($1::uuid[])', [[...new Set(partnerIds)]]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Anonymisation: what the referral said about the client (the reason, what was shared, the
   * partner's notes and the outcome) goes; the kind, status and dates stay for the statistics.
   */
  async eraseOfClients(clientIds: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<[{ id: string }[], number]>(
      `UPDATE referral SET reason = '', shared_rows = NULL, shared_fields = '{}', decline_reason = NULL, outcome = NULL, partner_note = NULL,
              updated_at = now(), version = version + 1
        WHERE client_id = ANY($1::uuid[]) RETURNING id`,
      [clientIds],
    );
    return rows[0].map((row) => row.id);
  }
}

interface ReferralRow {
  id: string;
  number: number;
  client_id: string;
  service_id: string | null;
  partner_id: string | null;
  internal_service: string | null;
  service_kind: ReferralEntity['serviceKind'];
  programme: ReferralEntity['programme'];
  reason: string;
  urgency: ReferralEntity['urgency'];
  shared_fields: ReferralEntity['sharedFields'];
  letter_locale: ReferralEntity['letterLocale'];
  status: ReferralEntity['status'];
  shared_rows: ReferralEntity['sharedRows'];
  sent_on_text: string | null;
  follow_up_on_text: string | null;
  answered_at: Date | null;
  decline_reason: string | null;
  outcome: string | null;
  partner_note: string | null;
  appointment_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  organisation_name: string | null;
  service_name: string | null;
  contact_person: string | null;
}

function toRecord(row: ReferralRow): ReferralRecord {
  return {
    referral: {
      id: row.id,
      number: row.number,
      clientId: row.client_id,
      serviceId: row.service_id,
      partnerId: row.partner_id,
      internalService: row.internal_service,
      serviceKind: row.service_kind,
      programme: row.programme,
      reason: row.reason,
      urgency: row.urgency,
      sharedFields: row.shared_fields,
      letterLocale: row.letter_locale,
      status: row.status,
      sharedRows: row.shared_rows,
      sentOn: row.sent_on_text,
      followUpOn: row.follow_up_on_text,
      answeredAt: row.answered_at,
      declineReason: row.decline_reason,
      outcome: row.outcome,
      partnerNote: row.partner_note,
      appointmentId: row.appointment_id,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    },
    organisationName: row.organisation_name,
    serviceName: row.service_name,
    contactPerson: row.contact_person,
  };
}
