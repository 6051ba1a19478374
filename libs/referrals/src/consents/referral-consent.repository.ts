import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReferralConsentEntity } from '../entities/referral-consent.entity.js';

export type NewReferralConsent = Pick<ReferralConsentEntity, 'clientId' | 'partnerId' | 'serviceKind' | 'givenOn' | 'scope' | 'recordedBy'>;

/** Data access for the client's consents to share with partners. Callers have checked the file's scope. */
@Injectable()
export class ReferralConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every consent of the file, withdrawn ones included (the record of what was agreed), newest first. */
  async listOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralConsentEntity[]> {
    return manager.getRepository(ReferralConsentEntity).find({ where: { clientId }, order: { givenOn: 'DESC', createdAt: 'DESC' } });
  }

  async findOfClient(clientId: string, consentId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReferralConsentEntity | null> {
    return manager.getRepository(ReferralConsentEntity).findOne({ where: { clientId, id: consentId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async insert(consent: NewReferralConsent, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ReferralConsentEntity).insert({ ...consent, withdrawnOn: null });
    return (result.identifiers[0] as { id: string }).id;
  }

  async withdraw(consentId: string, withdrawnOn: string, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(ReferralConsentEntity).update({ id: consentId }, { withdrawnOn, version: currentVersion + 1 });
  }

  /** Anonymisation: what the client agreed to is their own words about them; the dates stay as the record. */
  async eraseOfClients(clientIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE referral_consent SET scope = '', updated_at = now(), version = version + 1 WHERE client_id = ANY($1::uuid[])`, [clientIds]);
  }
}
