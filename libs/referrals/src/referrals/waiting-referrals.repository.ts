import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { clientScopeCondition } from '#clients';
import type { ReferralStatus, ReferralUrgency, ServiceKind } from '#domain';
import { SqlParams } from '#platform';

export interface WaitingReferralRow {
  readonly id: string;
  readonly number: number;
  readonly clientId: string;
  readonly caseNumber: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly status: ReferralStatus;
  readonly serviceKind: ServiceKind;
  readonly organisationName: string | null;
  readonly urgency: ReferralUrgency;
  readonly sentOn: string;
  readonly followUpOn: string | null;
}

/** The most a home page lists; a caseworker with more waiting has a different problem. */
const WAITING_LIMIT = 100;

/**
 * Read model of the home page's "my referrals waiting for an answer". One statement across two
 * owners on purpose: the referral (this library) with the file's case number and name (the
 * clients library's table, under the clients library's own scope condition), because it is read
 * on every home page and a second round trip per page doubled its time. Nothing else here reads
 * the client table.
 */
@Injectable()
export class WaitingReferralsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sentBy(principal: Principal): Promise<WaitingReferralRow[]> {
    const params = new SqlParams();
    const rows = await this.dataSource.query<
      {
        id: string;
        number: number;
        client_id: string;
        case_number: string;
        family_name: string;
        given_name: string;
        status: ReferralStatus;
        service_kind: ServiceKind;
        organisation_name: string | null;
        urgency: ReferralUrgency;
        sent_on: string;
        follow_up_on: string | null;
      }[]
    >(
      `SELECT r.id, r.number, r.client_id, c.case_number, c.family_name, c.given_name, r.status, r.service_kind, o.name AS organisation_name, r.urgency,
              r.sent_on::text AS sent_on, r.follow_up_on::text AS follow_up_on
         FROM referral r
         JOIN client c ON c.id = r.client_id
         LEFT JOIN partner_organisation o ON o.id = r.partner_id
        WHERE r.created_by = ${params.add(principal.userId)} AND r.status IN ('sent', 'acknowledged') AND c.status = 'open'
          AND ${clientScopeCondition(principal, 'c', params)}
        ORDER BY r.follow_up_on NULLS LAST, r.sent_on, r.id
        LIMIT ${WAITING_LIMIT}`,
      params.values,
    );
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      clientId: row.client_id,
      caseNumber: row.case_number,
      familyName: row.family_name,
      givenName: row.given_name,
      status: row.status,
      serviceKind: row.service_kind,
      organisationName: row.organisation_name,
      urgency: row.urgency,
      sentOn: row.sent_on,
      followUpOn: row.follow_up_on,
    }));
  }
}
