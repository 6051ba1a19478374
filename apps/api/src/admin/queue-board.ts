import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { SessionService } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ALL_QUEUES, AppConfig, RequestContext } from '#platform';
import { readSessionCookie } from '../auth/session-cookie.js';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** Only these reach the board: it shows the queues and changes nothing. */
const READ_METHODS = ['GET', 'HEAD'];

/**
 * Bull Board (the queues' jobs: waiting, delayed, failed) for signed-in administrators only, and
 * read-only: pausing, emptying or obliterating the reminders queue, or removing its schedulers,
 * would silently stop every reminder, so no one may do it from here. The board's queues are in
 * read-only mode (its UI offers no actions), and because the board is a plain Express router
 * outside Nest's guards, this middleware applies the rules itself: an active administrator
 * session, and every request other than GET or HEAD refused and audited, so the board's API
 * cannot be called directly either.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: true, allowRetries: false })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Yorisoi queues' } },
  });
  const sessions = app.get(SessionService);
  const config = app.get(AppConfig);
  const audit = app.get(AuditService);
  /** Answers the request itself and returns false, or returns true to let the board answer. */
  const admit = async (request: Request, response: Response): Promise<boolean> => {
    const refuse = (status: number, code: string, message: string) => {
      response.status(status).json({ code, message, correlationId: RequestContext.correlationId() ?? 'unknown' });
      return false;
    };
    const token = readSessionCookie(request, config);
    const principal = token ? await sessions.resolve(token) : undefined;
    if (!principal) return refuse(401, 'UNAUTHENTICATED', 'Sign in first.');
    if (principal.role !== 'admin' || principal.sessionState !== 'active') return refuse(403, 'FORBIDDEN', 'Administrators only.');
    if (!READ_METHODS.includes(request.method)) {
      await audit.record({
        action: AuditAction.QueueBoardChangeRefused,
        outcome: 'denied',
        actor: { userId: principal.userId, role: principal.role },
        target: { type: 'queue-board', id: null },
        // The board's paths name queues and job ids, nothing personal.
        details: { method: request.method.slice(0, 16), path: request.path.slice(0, 200) },
      });
      return refuse(403, 'FORBIDDEN', 'The queue board is read-only.');
    }
    return true;
  };
  app.use(QUEUE_BOARD_PATH, (request: Request, response: Response, next: NextFunction) => {
    admit(request, response).then(
      (admitted) => {
        if (admitted) next();
      },
      (error: unknown) => next(error),
    );
  });
  app.use(QUEUE_BOARD_PATH, adapter.getRouter() as (request: Request, response: Response, next: NextFunction) => void);
}
