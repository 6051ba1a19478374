import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserDirectory } from '#accounts';
import { ClientRepository } from './client.repository.js';
import type { AssignmentView } from './client.views.js';

/** Who works a file, as its view shows them: the primary caseworker first, then the others, each by name. */
@Injectable()
export class ClientAssignments {
  constructor(
    private readonly clients: ClientRepository,
    private readonly users: UserDirectory,
  ) {}

  /** With `manager`, read in the caller's transaction (the answer to a change it made). */
  async viewsOf(clientId: string, manager?: EntityManager): Promise<AssignmentView[]> {
    const assignments = await this.clients.assignmentsOf(clientId, manager);
    if (assignments.length === 0) return [];
    const roles = new Map(assignments.map((assignment) => [assignment.userId, assignment.role]));
    // The directory lists the names in the database's order of names, which decides the order within a role.
    const byName = [...(await this.users.displayNames([...roles.keys()], manager))].map(([userId, displayName]) => ({ userId, displayName, role: roles.get(userId)! }));
    return [...byName.filter((view) => view.role === 'primary'), ...byName.filter((view) => view.role === 'other')];
  }
}
