import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Erases one library's personal data of files being anonymised, inside the retention transaction. */
export type ClientDataEraser = (clientIds: readonly string[], manager: EntityManager) => Promise<void>;

/**
 * Libraries that keep data about a client in their own tables (documents, referrals) register an
 * eraser here when their module starts; retention runs every eraser in the transaction that
 * anonymises the files, so a file is never left half anonymised. It keeps the dependency one way:
 * those libraries know the clients library, not the reverse.
 */
@Injectable()
export class ClientDataErasers {
  private readonly erasers = new Map<string, ClientDataEraser>();

  register(name: string, eraser: ClientDataEraser): void {
    this.erasers.set(name, eraser);
  }

  async eraseAll(clientIds: readonly string[], manager: EntityManager): Promise<void> {
    for (const eraser of this.erasers.values()) await eraser(clientIds, manager);
  }
}
