import type { WebUser } from './web-user.js';

/** One user of the load: signed in through nginx, with the files they work on. */
export interface LoadUser {
  readonly web: WebUser;
  readonly files: { readonly id: string; version: number }[];
}

export type LoadKind = 'caseload' | 'note' | 'edit';

export interface LoadRequest {
  readonly kind: LoadKind;
  readonly user: number;
  readonly startedAt: number;
  endedAt?: number;
  status?: number;
  /** A transport error between the test and nginx (none is expected: nginx stays up). */
  error?: string;
  /** Notes: the text written; edits: the file and the address written. */
  readonly note?: string;
  readonly edit?: { readonly fileId: string; readonly address: string };
}

/**
 * Users working through nginx until stopped: each loads the caseload three times, then writes
 * once (a note on one of their files, or an edit of a file's address, in turn), one request at a
 * time, as people at their desks do. Every request is recorded with its times and outcome.
 */
export class CaseloadLoad {
  readonly requests: LoadRequest[] = [];
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(private readonly users: readonly LoadUser[]) {}

  start(): void {
    this.loops = this.users.map((user, index) => this.work(user, index));
  }

  /** Stops every user after their current request and waits for them. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** Requests not answered yet. */
  inFlight(): LoadRequest[] {
    return this.requests.filter((request) => request.endedAt === undefined);
  }

  private async work(user: LoadUser, index: number): Promise<void> {
    for (let turn = 1; !this.stopped; turn++) {
      if (turn % 4 !== 0) {
        await this.send({ kind: 'caseload', user: index, startedAt: Date.now() }, () => user.web.get('/api/caseload'));
        continue;
      }
      const file = user.files[(turn / 4) % user.files.length];
      if ((turn / 4) % 2 === 1) {
        const note = `scale note ${index}-${turn}`;
        await this.send({ kind: 'note', user: index, startedAt: Date.now(), note }, () => user.web.post(`/api/clients/${file.id}/notes`, { body: note }));
        continue;
      }
      const address = `scale address ${index}-${turn}`;
      const response = await this.send({ kind: 'edit', user: index, startedAt: Date.now(), edit: { fileId: file.id, address } }, () =>
        user.web.patch(`/api/clients/${file.id}`, { version: file.version, address }),
      );
      if (response?.status === 200) {
        file.version = Number(response.body.version);
      } else {
        // A 5xx may or may not have been applied, a 409 means it was: read the version again.
        const current = await user.web.get(`/api/clients/${file.id}`).catch(() => undefined);
        if (current?.status === 200) file.version = Number(current.body.version);
      }
    }
  }

  private async send(
    request: LoadRequest,
    call: () => Promise<{ status: number; body: Record<string, unknown> }>,
  ): Promise<{ status: number; body: Record<string, unknown> } | undefined> {
    this.requests.push(request);
    try {
      const response = await call();
      request.status = response.status;
      return response;
    } catch (error) {
      request.error = error instanceof Error ? error.message : String(error);
      return undefined;
    } finally {
      request.endedAt = Date.now();
    }
  }
}
