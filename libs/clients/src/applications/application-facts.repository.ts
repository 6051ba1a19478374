import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProtectionKind, ProtectionStage } from '#domain';

export interface ApplicationFact {
  readonly id: string;
  readonly clientId: string;
  readonly number: number;
  readonly kind: ProtectionKind;
  readonly stage: ProtectionStage;
  /** Complementary protection was granted by a decision in this application. */
  readonly cpGranted: boolean;
}

export interface OpenFileFact {
  readonly clientId: string;
  readonly caseNumber: string;
  readonly teamId: string;
  readonly primaryWorkerId: string | null;
}

/**
 * The read model of client files and their protection applications that other libraries
 * (documents, referrals, reports) use instead of reading this library's tables. Callers have
 * checked the caller's scope on the file (ClientsService) before asking about it.
 */
@Injectable()
export class ApplicationFacts {
  constructor(private readonly dataSource: DataSource) {}

  async belongsToClient(clientId: string, applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM protection_application WHERE id = $1 AND client_id = $2', [applicationId, clientId]);
    return rows.length > 0;
  }

  async ofClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicationFact[]> {
    return this.ofClients([clientId], manager);
  }

  async ofClients(clientIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ApplicationFact[]> {
    if (clientIds.length === 0) return [];
    const rows = await manager.query<{ id: string; client_id: string; application_no: number; kind: ProtectionKind; stage: ProtectionStage; cp_granted: boolean }[]>(
      `SELECT id, client_id, application_no, kind, stage, coalesce((state->>'cpGranted')::boolean, false) AS cp_granted
         FROM protection_application WHERE client_id = ANY($1::uuid[]) ORDER BY client_id, application_no`,
      [clientIds],
    );
    return rows.map((row) => ({ id: row.id, clientId: row.client_id, number: row.application_no, kind: row.kind, stage: row.stage, cpGranted: row.cp_granted }));
  }

  /** The open files of these teams, with their primary caseworker (a supervisor's team view). */
  async openFilesOfTeams(teamIds: readonly string[]): Promise<OpenFileFact[]> {
    if (teamIds.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string; case_number: string; team_id: string; primary_user_id: string | null }[]>(
      `SELECT id, case_number, team_id, primary_user_id FROM client WHERE team_id = ANY($1::uuid[]) AND status = 'open'`,
      [teamIds],
    );
    return rows.map((row) => ({ clientId: row.id, caseNumber: row.case_number, teamId: row.team_id, primaryWorkerId: row.primary_user_id }));
  }
}
