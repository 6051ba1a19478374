import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { SessionService } from '#accounts';
import { ALL_QUEUES, AppConfig, RequestContext } from '#platform';
import { readSessionCookie } from '../auth/session-cookie.js';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board (the queues' jobs: waiting, delayed, failed, retry) for signed-in administrators only.
 * It is a plain Express router, outside Nest's guards, so this middleware applies the same
 * rules: an active administrator session, and for state-changing requests a same-origin Origin.
 */
export function mountQueueBoard(app: NestExpressApplication): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Yorisoi queues' } },
  });
  const sessions = app.get(SessionService);
  const config = app.get(AppConfig);
  const origin = new URL(config.http.publicUrl).origin;
  app.use(QUEUE_BOARD_PATH, (request: Request, response: Response, next: NextFunction) => {
    const refuse = (status: number, code: string, message: string) =>
      response.status(status).json({ code, message, correlationId: RequestContext.correlationId() ?? 'unknown' });
    const token = readSessionCookie(request, config);
    const check = token ? sessions.resolve(token) : Promise.resolve(undefined);
    check.then(
      (principal) => {
        if (!principal) return refuse(401, 'UNAUTHENTICATED', 'Sign in first.');
        if (principal.role !== 'admin' || principal.sessionState !== 'active') return refuse(403, 'FORBIDDEN', 'Administrators only.');
        if (!['GET', 'HEAD'].includes(request.method) && request.headers.origin !== origin) {
          return refuse(403, 'CSRF_TOKEN_INVALID', 'Cross-site request refused.');
        }
        next();
      },
      (error: unknown) => next(error),
    );
  });
  app.use(QUEUE_BOARD_PATH, adapter.getRouter() as (request: Request, response: Response, next: NextFunction) => void);
}
